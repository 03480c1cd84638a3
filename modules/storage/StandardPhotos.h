#pragma once
// Standard ID photos kept with the person (一照通用): one photo taken for one matter is offered
// again on later visits while it is valid (the app's setting identity/photoValidMonths). The JPEG
// is a sealed blob (BlobStore, kind Photo); the table standard_photo links it to the blind index
// of the person's ID number (Vault::blindIndex "id", as case_record.id_hash), its specification
// and when it was taken. Nothing in clear names the person.

#include "core/Clock.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace ow::storage {

class AuditLog;
class Database;
class Vault;

struct StoredPhoto {
    QString sha256;      // the blob
    QString spec;        // "id-card", "exit-entry"
    QDateTime takenAt;   // UTC
    QString officer;
};

class StandardPhotoStore {
public:
    StandardPhotoStore(Database &db, std::shared_ptr<const Vault> vault, AuditLog &audit,
                       const core::Clock &clock = core::Clock::system());

    // Stores `jpeg` sealed and links it to `idNumber`, audited (photo.store, subject the masked
    // number, detail spec and hash). The blob is written first (content-addressed: writing it
    // again is a no-op), then the link and its audit row together. Error storage.photo_id for an
    // empty ID number; BlobStore's errors.
    core::Result<StoredPhoto> record(const QString &idNumber, const QByteArray &jpeg, const QString &spec,
                                     const QString &officer);
    // The newest photo of `idNumber` taken within the last `validMonths` months (of `spec` when
    // given), or nullopt. Not audited: listing shows no photo.
    core::Result<std::optional<StoredPhoto>> latestValid(const QString &idNumber, int validMonths,
                                                         const QString &spec = {});
    // The JPEG of a stored photo. Not audited here: the screen that shows it records the view.
    core::Result<QByteArray> jpeg(const QString &sha256);

private:
    [[nodiscard]] QByteArray personKey(const QString &idNumber) const;

    Database &m_db;
    std::shared_ptr<const Vault> m_vault;
    AuditLog &m_audit;
    const core::Clock &m_clock;
};

} // namespace ow::storage
