#include "storage/Blobs.h"

#include "core/Sha256.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Vault.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace ow::storage {
namespace {

QString isoUtc(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

QByteArray blobAd(BlobKind kind, const QString &sha) { return "blob:" + blobKindKey(kind).toUtf8() + ':' + sha.toUtf8(); }

// Hashes are compared in one spelling: what put() returns.
QString normalizedSha(const QString &sha) { return sha.trimmed().toLower(); }

core::Error notFound(const QString &sha)
{
    return core::makeError(QStringLiteral("storage.blob_not_found"),
                           QCoreApplication::translate("ow::storage", "The stored file was not found."),
                           QStringLiteral("blob %1").arg(sha.left(16)));
}

} // namespace

QString blobKindKey(BlobKind kind)
{
    switch (kind) {
    case BlobKind::Photo: return QStringLiteral("photo");
    case BlobKind::Signature: return QStringLiteral("signature");
    case BlobKind::Scan: return QStringLiteral("scan");
    case BlobKind::Document: return QStringLiteral("document");
    }
    return {};
}

std::optional<BlobKind> blobKindFromKey(QStringView key)
{
    for (BlobKind k : {BlobKind::Photo, BlobKind::Signature, BlobKind::Scan, BlobKind::Document})
        if (key == blobKindKey(k)) return k;
    return std::nullopt;
}

QString blobHash(QByteArrayView bytes)
{
    return core::sha256Hex(bytes);
}

BlobStore::BlobStore(Database &db, std::shared_ptr<const Vault> vault, AuditLog &audit, const core::Clock &clock)
    : m_db(db), m_vault(std::move(vault)), m_audit(audit), m_clock(clock)
{
}

core::Result<QString> BlobStore::insert(BlobKind kind, const QByteArray &bytes, const QString &officer,
                                        const QString &label)
{
    if (bytes.isEmpty())
        return core::makeError(QStringLiteral("storage.blob_empty"),
                               QCoreApplication::translate("ow::storage", "There is nothing to store: the file is empty."));
    const QString sha = blobHash(bytes);
    Statement existing(m_db, "SELECT kind FROM blob_store WHERE sha256 = ?1");
    existing.bind(1, sha);
    auto found = existing.step();
    if (!found) return found.error();
    if (found.value()) {
        const QString storedKind = existing.text(0);
        if (storedKind != blobKindKey(kind))
            return core::makeError(
                QStringLiteral("storage.blob_kind_conflict"),
                QCoreApplication::translate("ow::storage", "The same file is already stored as another kind."),
                QStringLiteral("blob %1 stored as %2, put as %3").arg(sha.left(16), storedKind, blobKindKey(kind)));
        return sha;  // stored once: nothing new to write or audit
    }
    Statement st(m_db, "INSERT INTO blob_store(kind, sha256, size, created_at, data_enc, label) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, blobKindKey(kind)).bind(2, sha).bind(3, qint64(bytes.size())).bind(4, isoUtc(m_clock.now()));
    st.bind(5, m_vault->seal(bytes, blobAd(kind, sha))).bind(6, label);
    if (auto r = st.exec(); !r) return r.error();
    if (auto r = m_audit.append({officer, audit::kBlobStore, sha,
                                 QStringLiteral("%1, %2 bytes%3")
                                     .arg(blobKindKey(kind))
                                     .arg(bytes.size())
                                     .arg(label.isEmpty() ? QString() : QStringLiteral(", ") + label)});
        !r)
        return r.error();
    return sha;
}

core::Status BlobStore::link(const QString &sha256, const QString &caseNumber, const QString &officer)
{
    const QString sha = normalizedSha(sha256);
    const QString number = caseNumber.trimmed().toUpper();
    Statement blob(m_db, "SELECT id, kind FROM blob_store WHERE sha256 = ?1");
    blob.bind(1, sha);
    auto b = blob.step();
    if (!b) return b.error();
    if (!b.value()) return notFound(sha);
    const qint64 blobId = blob.int64(0);
    const QString kind = blob.text(1);
    Statement kase(m_db, "SELECT id FROM case_record WHERE case_number = ?1");
    kase.bind(1, number);
    auto c = kase.step();
    if (!c) return c.error();
    if (!c.value())
        return core::makeError(QStringLiteral("storage.case_not_found"),
                               QCoreApplication::translate("ow::storage", "Case %1 was not found.").arg(number));
    const qint64 caseId = kase.int64(0);
    Statement ins(m_db, "INSERT INTO blob_case(blob_id, case_id, attached_at, officer) VALUES (?1, ?2, ?3, ?4) "
                        "ON CONFLICT DO NOTHING");
    ins.bind(1, blobId).bind(2, caseId).bind(3, isoUtc(m_clock.now())).bind(4, officer);
    if (auto r = ins.exec(); !r) return r;
    if (sqlite3_changes(m_db.handle()) == 0) return {};  // already linked
    return m_audit.append({officer, audit::kBlobAttach, number, QStringLiteral("%1 %2").arg(kind, sha)});
}

core::Result<QString> BlobStore::put(BlobKind kind, const QByteArray &bytes, const QString &officer,
                                     const QString &label)
{
    Transaction tx(m_db);
    if (!tx.begun()) return tx.begun().error();
    auto sha = insert(kind, bytes, officer, label);
    if (!sha) return sha;
    if (auto st = tx.commit(); !st) return st.error();
    return sha;
}

core::Status BlobStore::attach(const QString &sha256, const QString &caseNumber, const QString &officer)
{
    Transaction tx(m_db);
    if (!tx.begun()) return tx.begun();
    if (auto st = link(sha256, caseNumber, officer); !st) return st;
    return tx.commit();
}

core::Result<QString> BlobStore::putAttached(BlobKind kind, const QByteArray &bytes, const QStringList &caseNumbers,
                                             const QString &officer, const QString &label)
{
    Transaction tx(m_db);
    if (!tx.begun()) return tx.begun().error();
    auto sha = insert(kind, bytes, officer, label);
    if (!sha) return sha;
    for (const QString &number : caseNumbers)
        if (auto st = link(sha.value(), number, officer); !st) return st.error();
    if (auto st = tx.commit(); !st) return st.error();
    return sha;
}

core::Result<QByteArray> BlobStore::get(const QString &sha256)
{
    const QString sha = normalizedSha(sha256);
    Statement st(m_db, "SELECT kind, data_enc FROM blob_store WHERE sha256 = ?1");
    st.bind(1, sha);
    auto r = st.step();
    if (!r) return r.error();
    if (!r.value()) return notFound(sha);
    const auto kind = blobKindFromKey(st.text(0));
    if (!kind)
        return core::makeError(QStringLiteral("storage.blob_corrupt"),
                               QCoreApplication::translate("ow::storage", "The stored file is damaged."),
                               QStringLiteral("blob %1 has unknown kind '%2'").arg(sha.left(16), st.text(0)));
    auto plain = m_vault->open(st.blob(1), blobAd(*kind, sha));
    if (!plain) return plain.error();
    if (blobHash(plain.value()) != sha)
        return core::makeError(QStringLiteral("storage.blob_corrupt"),
                               QCoreApplication::translate("ow::storage", "The stored file is damaged."),
                               QStringLiteral("blob %1: content hash differs").arg(sha.left(16)));
    return plain;
}

core::Result<std::optional<BlobInfo>> BlobStore::info(const QString &sha256)
{
    Statement st(m_db, "SELECT sha256, kind, size, label, created_at FROM blob_store WHERE sha256 = ?1");
    st.bind(1, normalizedSha(sha256));
    auto r = st.step();
    if (!r) return r.error();
    if (!r.value()) return std::optional<BlobInfo>();
    BlobInfo b;
    b.sha256 = st.text(0);
    b.kind = blobKindFromKey(st.text(1)).value_or(BlobKind::Scan);
    b.size = st.int64(2);
    b.label = st.text(3);
    b.createdAt = QDateTime::fromString(st.text(4), Qt::ISODateWithMs).toUTC();
    return std::optional<BlobInfo>(b);
}

core::Result<QList<BlobInfo>> BlobStore::listForCase(const QString &caseNumber)
{
    Statement st(m_db, "SELECT b.sha256, b.kind, b.size, b.label, b.created_at FROM blob_case l "
                       "JOIN case_record c ON c.id = l.case_id JOIN blob_store b ON b.id = l.blob_id "
                       "WHERE c.case_number = ?1 ORDER BY l.attached_at, b.id");
    st.bind(1, caseNumber.trimmed().toUpper());
    QList<BlobInfo> out;
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (!r.value()) break;
        BlobInfo b;
        b.sha256 = st.text(0);
        b.kind = blobKindFromKey(st.text(1)).value_or(BlobKind::Scan);
        b.size = st.int64(2);
        b.label = st.text(3);
        b.createdAt = QDateTime::fromString(st.text(4), Qt::ISODateWithMs).toUTC();
        out << b;
    }
    return out;
}

core::Result<QStringList> BlobStore::casesOf(const QString &sha256)
{
    Statement st(m_db, "SELECT c.case_number FROM blob_store b JOIN blob_case l ON l.blob_id = b.id "
                       "JOIN case_record c ON c.id = l.case_id WHERE b.sha256 = ?1 ORDER BY c.case_number");
    st.bind(1, normalizedSha(sha256));
    QStringList out;
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (!r.value()) break;
        out << st.text(0);
    }
    return out;
}

} // namespace ow::storage
