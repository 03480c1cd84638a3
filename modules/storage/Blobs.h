#pragma once
// Photos, signatures, scans and archived printouts at rest (table blob_store). A blob is
// content-addressed by the SHA-256 of its plaintext: the same bytes are stored once however often
// they are put, and the hash is how a case, the sync and the central service name them. The
// bytes are sealed by the profile's Vault with associated data binding the hash and the kind
// ("blob:<kind>:<sha256>"), so a copied database file reveals no image or document, and a sealed
// value moved to another row no longer opens. A blob belongs to any number of cases (blob_case).

#include "core/Clock.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ow::storage {

class AuditLog;
class Database;
class Vault;

enum class BlobKind { Photo, Signature, Scan, Document };

// Stable keys: "photo", "signature", "scan", "document".
[[nodiscard]] QString blobKindKey(BlobKind kind);
[[nodiscard]] std::optional<BlobKind> blobKindFromKey(QStringView key);

// What a list shows of a blob: no content, no decryption.
struct BlobInfo {
    QString sha256;  // lower-case hex of the plaintext's SHA-256
    BlobKind kind = BlobKind::Photo;
    qint64 size = 0;  // plaintext bytes
    QString label;    // what it is ("case-receipt", ...); never personal data
    QDateTime createdAt;  // UTC
};

// Lower-case hex SHA-256 of `bytes`: the name put() gives them.
[[nodiscard]] QString blobHash(QByteArrayView bytes);

class BlobStore {
public:
    BlobStore(Database &db, std::shared_ptr<const Vault> vault, AuditLog &audit,
              const core::Clock &clock = core::Clock::system());

    // Stores `bytes` sealed and returns their hash. When a blob with these bytes exists already,
    // nothing is written or audited and its hash is returned; a new blob is audited (blob.store,
    // subject the hash, detail kind and size) in the same transaction. `label` must not hold
    // personal data (it stays readable for lists). Errors: storage.blob_empty for no bytes,
    // storage.blob_kind_conflict when the same bytes were stored as another kind.
    core::Result<QString> put(BlobKind kind, const QByteArray &bytes, const QString &officer,
                              const QString &label = {});
    // Links the blob `sha256` to the case `caseNumber`, audited (blob.attach, subject the case
    // number, detail kind and hash). Linking twice is a no-op, not audited again. Errors:
    // storage.blob_not_found, storage.case_not_found.
    core::Status attach(const QString &sha256, const QString &caseNumber, const QString &officer);
    // put() and attach() to every case of `caseNumbers` in one transaction: all of it is stored,
    // or none of it.
    core::Result<QString> putAttached(BlobKind kind, const QByteArray &bytes, const QStringList &caseNumbers,
                                      const QString &officer, const QString &label = {});

    // The plaintext of blob `sha256`, checked against its hash. Not audited: the screen or
    // command that shows it to a person records that view. Errors: storage.blob_not_found,
    // storage.blob_corrupt (opened but the hash differs), or the Vault's error when the sealed
    // value does not open (tampered, moved, or another profile's key).
    core::Result<QByteArray> get(const QString &sha256);
    // The blob's description without its content; nullopt when there is no such blob.
    core::Result<std::optional<BlobInfo>> info(const QString &sha256);
    // The blobs linked to `caseNumber`, oldest link first; empty for an unknown case.
    core::Result<QList<BlobInfo>> listForCase(const QString &caseNumber);
    // Case numbers a blob is linked to, in case-number order.
    core::Result<QStringList> casesOf(const QString &sha256);

private:
    core::Result<QString> insert(BlobKind kind, const QByteArray &bytes, const QString &officer, const QString &label);
    core::Status link(const QString &sha256, const QString &caseNumber, const QString &officer);

    Database &m_db;
    std::shared_ptr<const Vault> m_vault;
    AuditLog &m_audit;
    const core::Clock &m_clock;
};

} // namespace ow::storage
