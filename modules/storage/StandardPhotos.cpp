#include "storage/StandardPhotos.h"

#include "core/IdNumber.h"
#include "storage/AuditLog.h"
#include "storage/Blobs.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace ow::storage {

namespace {
QString isoUtc(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
} // namespace

StandardPhotoStore::StandardPhotoStore(Database &db, std::shared_ptr<const Vault> vault, AuditLog &audit,
                                       const core::Clock &clock)
    : m_db(db), m_vault(std::move(vault)), m_audit(audit), m_clock(clock)
{
}

// The same normalisation as the case search: a valid number in its canonical text (upper-case X).
QByteArray StandardPhotoStore::personKey(const QString &idNumber) const
{
    const auto parsed = core::IdNumber::parse(idNumber.trimmed(), m_clock.today());
    return m_vault->blindIndex("id", parsed ? parsed.value().text() : idNumber.trimmed().toUpper());
}

core::Result<StoredPhoto> StandardPhotoStore::record(const QString &idNumber, const QByteArray &jpeg,
                                                     const QString &spec, const QString &officer)
{
    if (idNumber.trimmed().isEmpty())
        return core::makeError(QStringLiteral("storage.photo_id"),
                               QCoreApplication::translate("ow::storage", "A photo can only be kept with an identified person."));
    BlobStore blobs(m_db, m_vault, m_audit, m_clock);
    auto sha = blobs.put(BlobKind::Photo, jpeg, officer, QStringLiteral("standard-photo:%1").arg(spec));
    if (!sha) return sha.error();
    StoredPhoto p{sha.value(), spec, m_clock.now().toUTC(), officer};
    Transaction tx(m_db);
    if (!tx.begun()) return tx.begun().error();
    Statement ins(m_db, "INSERT INTO standard_photo(id_hash, blob_sha, spec, taken_at, officer) VALUES (?1, ?2, ?3, ?4, ?5)");
    ins.bind(1, personKey(idNumber)).bind(2, p.sha256).bind(3, spec).bind(4, isoUtc(p.takenAt)).bind(5, officer);
    if (auto st = ins.exec(); !st) return st.error();
    if (auto st = m_audit.append({officer, QString::fromLatin1(audit::kPhotoStore), core::IdNumber::mask(idNumber),
                                  QStringLiteral("%1 %2").arg(spec, p.sha256)});
        !st)
        return st.error();
    if (auto st = tx.commit(); !st) return st.error();
    return p;
}

core::Result<std::optional<StoredPhoto>> StandardPhotoStore::latestValid(const QString &idNumber, int validMonths,
                                                                         const QString &spec)
{
    const QString since = isoUtc(m_clock.now().toUTC().addMonths(-std::max(0, validMonths)));
    Statement st(m_db, "SELECT blob_sha, spec, taken_at, officer FROM standard_photo "
                       "WHERE id_hash = ?1 AND taken_at >= ?2 AND (?3 = '' OR spec = ?3) "
                       "ORDER BY taken_at DESC, id DESC LIMIT 1");
    st.bind(1, personKey(idNumber)).bind(2, since).bind(3, spec);
    auto r = st.step();
    if (!r) return r.error();
    if (!r.value()) return std::optional<StoredPhoto>{};
    StoredPhoto p{st.text(0), st.text(1), QDateTime::fromString(st.text(2), Qt::ISODateWithMs), st.text(3)};
    p.takenAt.setTimeZone(QTimeZone::utc());
    return std::optional<StoredPhoto>(p);
}

core::Result<QByteArray> StandardPhotoStore::jpeg(const QString &sha256)
{
    BlobStore blobs(m_db, m_vault, m_audit, m_clock);
    return blobs.get(sha256);
}

} // namespace ow::storage
