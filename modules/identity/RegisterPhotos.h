#pragma once
// Register photos for face instead of a forgotten card (刷脸办): the officer types the ID number,
// a RegisterPhotoSource gives the person's register photo and particulars, the live face is
// verified against it, and the visit continues with a card-like identity. Sources are called
// from a worker thread (they may read files or, later, the network), never on the GUI thread.
// The central source (the register behind the sync service) comes with the sync issue; this file
// has the local one: a folder of fixtures, for practice, tests, and offline house calls that
// fetched the photos of the day's appointments beforehand.

#include "core/IdCard.h"
#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace ow::identity {

class RegisterPhotoSource {
public:
    virtual ~RegisterPhotoSource() = default;
    // For the officer: where the photo came from ("local register folder", "central register").
    [[nodiscard]] virtual QString name() const = 0;
    // The person of `idNumber` (an already validated 18-character number) as the register knows
    // them: idNumber, name, gender, birthDate, nationCode, address and the photo; no card
    // validity (there is no card). Errors: register.not_found, register.unreadable, or the
    // source's own (network) errors.
    [[nodiscard]] virtual core::Result<core::IdCard> lookup(const QString &idNumber) const = 0;
};

// Folders of `<id>.jpg` (or .png) register photos, each with an optional `<id>.json` of
// particulars {"name", "nationCode", "address"}; gender and birth date come from the number. The
// first folder holding the number wins. The app's folder is the setting identity/registerPhotoDir,
// by default <data>/<profile>/register-photos; practice adds a bundled set after it.
class LocalRegisterPhotoSource final : public RegisterPhotoSource {
public:
    explicit LocalRegisterPhotoSource(QStringList dirs);
    explicit LocalRegisterPhotoSource(const QString &dir) : LocalRegisterPhotoSource(QStringList{dir}) {}
    [[nodiscard]] QString name() const override;
    [[nodiscard]] core::Result<core::IdCard> lookup(const QString &idNumber) const override;
    [[nodiscard]] const QStringList &dirs() const { return m_dirs; }

private:
    QStringList m_dirs;
};

} // namespace ow::identity
