#pragma once
// Register photos for face instead of a forgotten card (刷脸办): the officer types the ID number,
// a RegisterPhotoSource gives the person's register photo and particulars, the live face is
// verified against it, and the visit continues with a card-like identity. Sources are called
// from a worker thread (they may read files or, later, the network), never on the GUI thread.
// This file has the local source (a folder of fixtures, for practice, tests, and offline house
// calls that fetched the photos of the day's appointments beforehand) and the chain that asks
// several sources in turn; the central register (sync::CentralRegister) is wrapped by the app.

#include "core/IdCard.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace ow::identity {

// One source asked during a lookup, for the audit log and the officer: which source (its key and
// its name), and what it answered (empty code: it had the person; else the error's code and message).
struct RegisterLookupStep {
    QString key;
    QString source;
    QString code;
    QString message;
};

class RegisterPhotoSource {
public:
    virtual ~RegisterPhotoSource() = default;
    // For the officer: where the photo came from ("local register folder", "central register").
    [[nodiscard]] virtual QString name() const = 0;
    // For the audit log: a stable, untranslated key ("local", "central").
    [[nodiscard]] virtual QString key() const = 0;
    // The person of `idNumber` (an already validated 18-character number) as the register knows
    // them: idNumber, name, gender, birthDate, nationCode, address and the photo; no card
    // validity (there is no card). Errors: register.not_found, register.unreadable, or the
    // source's own (network) errors.
    [[nodiscard]] virtual core::Result<core::IdCard> lookup(const QString &idNumber) const = 0;
    // The same, appending to `steps` every source asked on the way (one for a single source).
    virtual core::Result<core::IdCard> lookupTraced(const QString &idNumber, QList<RegisterLookupStep> *steps) const;
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
    [[nodiscard]] QString key() const override { return QStringLiteral("local"); }
    [[nodiscard]] core::Result<core::IdCard> lookup(const QString &idNumber) const override;
    [[nodiscard]] const QStringList &dirs() const { return m_dirs; }

private:
    QStringList m_dirs;
};

// Asks its sources in order and gives the first person found: the central register first, then
// the local folders, so a house call without network still finds the photos fetched beforehand.
// When every source fails: register.not_found if every one said so, else the first other error
// (e.g. sync.refused), its message naming what each source answered.
class ChainRegisterPhotoSource final : public RegisterPhotoSource {
public:
    explicit ChainRegisterPhotoSource(QList<std::shared_ptr<const RegisterPhotoSource>> sources);
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString key() const override;
    [[nodiscard]] core::Result<core::IdCard> lookup(const QString &idNumber) const override;
    core::Result<core::IdCard> lookupTraced(const QString &idNumber, QList<RegisterLookupStep> *steps) const override;

private:
    QList<std::shared_ptr<const RegisterPhotoSource>> m_sources;
};

} // namespace ow::identity
