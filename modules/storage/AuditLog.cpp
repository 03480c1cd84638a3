#include "storage/AuditLog.h"

#include "storage/Database.h"
#include "storage/Logging.h"
#include "storage/Statement.h"

#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <optional>

namespace ow::storage {
namespace {

constexpr qsizetype kHashBytes = crypto_hash_sha256_BYTES;  // 32
const char *const kHeadKey = "audit_head";

// One spelling of time for every row: the hash covers this text, so it must never depend on the
// locale or on how Qt happens to print a QDateTime.
QString formatAt(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")) : QString();
}

QDateTime parseAt(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

void hashField(crypto_hash_sha256_state &state, const QByteArray &utf8)
{
    uchar length[4];
    qToBigEndian(quint32(utf8.size()), length);
    crypto_hash_sha256_update(&state, length, sizeof length);
    crypto_hash_sha256_update(&state, reinterpret_cast<const uchar *>(utf8.constData()), quint64(utf8.size()));
}

// The hash over the row's text exactly as stored. verify() uses the stored `at` text rather than a
// re-formatted QDateTime, so even an edit that parses to the same instant breaks the row.
QByteArray hashOf(const QByteArray &prevHash, qint64 seq, const QString &at, const AuditRow &row)
{
    // Idempotent and thread-safe; SHA-256 does not strictly need it, but libsodium asks for it first.
    [[maybe_unused]] static const bool ready = sodium_init() >= 0;
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    crypto_hash_sha256_update(&state, reinterpret_cast<const uchar *>(prevHash.constData()), quint64(prevHash.size()));
    hashField(state, QByteArray::number(seq));
    for (const QString *field : {&at, &row.officer, &row.workstation, &row.profile, &row.action, &row.subject, &row.detail})
        hashField(state, field->toUtf8());
    QByteArray out(kHashBytes, Qt::Uninitialized);
    crypto_hash_sha256_final(&state, reinterpret_cast<uchar *>(out.data()));
    return out;
}

QByteArray zeroHash() { return QByteArray(kHashBytes, '\0'); }

// The chain head as kept in meta: "<seq>:<hex hash>".
struct Head {
    qint64 seq = 0;
    QByteArray hash;
};

QString formatHead(qint64 seq, const QByteArray &hash)
{
    return QStringLiteral("%1:%2").arg(seq).arg(QString::fromLatin1(hash.toHex()));
}

std::optional<Head> parseHead(const QString &value)
{
    const qsizetype colon = value.indexOf(u':');
    if (colon <= 0) return std::nullopt;
    bool ok = false;
    const qint64 seq = value.left(colon).toLongLong(&ok);
    const QByteArray hex = value.mid(colon + 1).toLatin1();
    // fromHex skips characters that are not hex digits, so check the round trip too.
    const QByteArray hash = QByteArray::fromHex(hex);
    if (!ok || seq <= 0 || hash.size() != kHashBytes || hash.toHex() != hex.toLower()) return std::nullopt;
    return Head{seq, hash};
}

// What meta holds under audit_head: nothing (nullopt), or the text (possibly unreadable).
core::Result<std::optional<QString>> readHeadText(Database &db)
{
    Statement st(db, "SELECT value FROM meta WHERE key = ?1");
    st.bind(1, QString::fromLatin1(kHeadKey));
    auto row = st.step();
    if (!row) return row.error();
    if (!row.value()) return std::optional<QString>();
    return std::optional<QString>(st.text(0));
}

AuditRow readRow(const Statement &st)
{
    AuditRow r;
    r.seq = st.int64(0);
    r.at = parseAt(st.text(1));
    r.officer = st.text(2);
    r.workstation = st.text(3);
    r.profile = st.text(4);
    r.action = st.text(5);
    r.subject = st.text(6);
    r.detail = st.text(7);
    r.prevHash = st.blob(8);
    r.hash = st.blob(9);
    return r;
}

// A read transaction for verify(), so the rows and the head come from one snapshot and a
// concurrent append cannot look like tampering. Joins the caller's transaction when one is open.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database &db) : m_db(db)
    {
        if (!db.inTransaction()) {
            m_begun = db.exec(QStringLiteral("BEGIN"));
            m_own = m_begun.ok();
        }
    }
    ~ReadSnapshot()
    {
        if (m_own) (void)m_db.exec(QStringLiteral("ROLLBACK"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    [[nodiscard]] const core::Status &begun() const { return m_begun; }

private:
    Database &m_db;
    core::Status m_begun;
    bool m_own = false;
};

AuditVerification broken(qint64 rows, qint64 seq, QString problem)
{
    return AuditVerification{false, rows, seq, std::move(problem)};
}

} // namespace

AuditLog::AuditLog(Database &db, QString workstation, QString profile, const core::Clock &clock)
    : m_db(db), m_workstation(std::move(workstation)), m_profile(std::move(profile)), m_clock(clock)
{
}

core::Status AuditLog::append(const AuditEntry &entry)
{
    auto write = [&]() -> core::Status {
        // The head in meta, not the newest row, says where the chain continues: continuing from
        // the newest row would quietly re-seal a log whose tail was deleted. Whatever is found,
        // the new row never makes a broken chain verify again.
        auto headText = readHeadText(m_db);
        if (!headText) return headText.error();
        const std::optional<Head> head = headText.value() ? parseHead(*headText.value()) : std::nullopt;

        qint64 lastSeq = 0;
        QByteArray lastHash;
        {
            Statement last(m_db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
            auto hasLast = last.step();
            if (!hasLast) return hasLast.error();
            if (hasLast.value()) {
                lastSeq = last.int64(0);
                lastHash = last.blob(1);
            }
        }

        if ((head && (head->seq != lastSeq || head->hash != lastHash)) || (!head && (lastSeq > 0 || headText.value())))
            qCWarning(lcStorage) << "audit chain head does not match the newest row; run: onewindow-cli audit verify";

        AuditRow row;
        row.seq = std::max(head ? head->seq : 0, lastSeq) + 1;
        const QString at = formatAt(m_clock.now());
        row.officer = entry.officer;
        row.workstation = m_workstation;
        row.profile = m_profile;
        row.action = entry.action;
        row.subject = entry.subject;
        row.detail = entry.detail;
        row.prevHash = head ? head->hash : zeroHash();
        row.hash = hashOf(row.prevHash, row.seq, at, row);

        Statement insert(m_db, "INSERT INTO audit_log(seq, at, officer, workstation, profile, action, subject, detail, "
                               "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        insert.bind(1, row.seq).bind(2, at).bind(3, row.officer).bind(4, row.workstation).bind(5, row.profile);
        insert.bind(6, row.action).bind(7, row.subject).bind(8, row.detail).bind(9, row.prevHash).bind(10, row.hash);
        if (auto st = insert.exec(); !st) return st;

        Statement setHead(m_db, "INSERT INTO meta(key, value) VALUES (?1, ?2) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        setHead.bind(1, QString::fromLatin1(kHeadKey)).bind(2, formatHead(row.seq, row.hash));
        return setHead.exec();
    };

    if (m_db.inTransaction()) {
        // Inside the caller's transaction: a savepoint keeps the row and the head together even
        // if the caller goes on to commit after this append failed half-way.
        if (auto st = m_db.exec(QStringLiteral("SAVEPOINT ow_audit_append")); !st) return st;
        auto st = write();
        if (!st) (void)m_db.exec(QStringLiteral("ROLLBACK TO ow_audit_append"));
        if (auto released = m_db.exec(QStringLiteral("RELEASE ow_audit_append")); !released && st) return released;
        return st;
    }
    Transaction tx(m_db);
    if (!tx.begun()) return tx.begun();
    if (auto st = write(); !st) return st;
    return tx.commit();
}

core::Result<AuditVerification> AuditLog::verify(Database &db)
{
    ReadSnapshot snapshot(db);
    if (!snapshot.begun()) return snapshot.begun().error();

    auto headText = readHeadText(db);
    if (!headText) return headText.error();

    Statement st(db, "SELECT seq, at, officer, workstation, profile, action, subject, detail, prev_hash, hash "
                     "FROM audit_log ORDER BY seq");
    qint64 rows = 0;
    qint64 prevSeq = 0;
    QByteArray prevHash = zeroHash();
    for (;;) {
        auto more = st.step();
        if (!more) return more.error();
        if (!more.value()) break;
        ++rows;
        const AuditRow row = readRow(st);
        const qint64 expected = prevSeq + 1;
        if (row.seq > expected) {
            return broken(rows, expected,
                          prevSeq == 0 ? QStringLiteral("row %1 is missing: the log starts at row %2").arg(expected).arg(row.seq)
                                       : QStringLiteral("row %1 is missing: the log jumps from row %2 to row %3")
                                             .arg(expected)
                                             .arg(prevSeq)
                                             .arg(row.seq));
        }
        if (row.seq < expected) {  // only possible before row 1: a forged row numbered 0 or below
            return broken(rows, row.seq, QStringLiteral("row %1 does not belong to the log: rows are numbered from 1").arg(row.seq));
        }
        if (row.prevHash != prevHash) {
            return broken(rows, row.seq,
                          prevSeq == 0 ? QStringLiteral("row %1 does not start the chain: its previous-row hash is not zero").arg(row.seq)
                                       : QStringLiteral("row %1 does not follow row %2: its previous-row hash does not match "
                                                        "(rows removed, inserted or reordered)")
                                             .arg(row.seq)
                                             .arg(prevSeq));
        }
        if (row.hash != hashOf(row.prevHash, row.seq, st.text(1), row)) {
            return broken(rows, row.seq,
                          QStringLiteral("row %1 was changed: its contents do not match its hash").arg(row.seq));
        }
        prevSeq = row.seq;
        prevHash = row.hash;
    }

    // The rows chain up; the head says whether the chain still ends where the last append left it.
    const qint64 lastSeq = prevSeq;
    if (!headText.value()) {
        if (lastSeq == 0) return AuditVerification{true, 0, 0, {}};
        return broken(rows, lastSeq,
                      QStringLiteral("the chain head is missing from meta, so row %1 cannot be confirmed as the newest "
                                     "(rows after it may have been removed)")
                          .arg(lastSeq));
    }
    const std::optional<Head> head = parseHead(*headText.value());
    if (!head) {
        return broken(rows, std::max<qint64>(lastSeq, 1),
                      QStringLiteral("the chain head in meta is unreadable (\"%1\")").arg(headText.value()->left(80)));
    }
    if (head->seq > lastSeq) {
        return broken(rows, lastSeq + 1,
                      lastSeq == 0 ? QStringLiteral("the log is empty but the chain head names row %1: rows were removed").arg(head->seq)
                                   : QStringLiteral("row %1 is missing: the log ends at row %2 but the chain head names row %3")
                                         .arg(lastSeq + 1)
                                         .arg(lastSeq)
                                         .arg(head->seq));
    }
    if (head->seq < lastSeq) {
        return broken(rows, head->seq + 1,
                      QStringLiteral("row %1 was added outside OneWindow: the chain head ends at row %2").arg(head->seq + 1).arg(head->seq));
    }
    if (head->hash != prevHash) {
        return broken(rows, lastSeq, QStringLiteral("row %1 does not match the chain head in meta").arg(lastSeq));
    }
    return AuditVerification{true, rows, 0, {}};
}

core::Result<QList<AuditRow>> AuditLog::recent(Database &db, int limit)
{
    Statement st(db, "SELECT seq, at, officer, workstation, profile, action, subject, detail, prev_hash, hash "
                     "FROM audit_log ORDER BY seq DESC LIMIT ?1");
    st.bind(1, qint64(std::max(limit, 0)));
    QList<AuditRow> rows;
    for (;;) {
        auto more = st.step();
        if (!more) return more.error();
        if (!more.value()) break;
        rows.append(readRow(st));
    }
    return rows;
}

QByteArray AuditLog::rowHash(const QByteArray &prevHash, const AuditRow &row)
{
    return hashOf(prevHash, row.seq, formatAt(row.at), row);
}

} // namespace ow::storage
