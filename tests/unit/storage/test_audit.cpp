// The hash-chained audit log: appends chain up, commit or roll back with the caller's
// transaction, and every way an attacker with the database file can edit the log is caught at
// the first broken row.

#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtEndian>

#include <sqlite3.h>

using ow::storage::AuditEntry;
using ow::storage::AuditLog;
using ow::storage::AuditRow;
using ow::storage::AuditVerification;
using ow::storage::Database;

namespace {

const QDateTime kStart(QDate(2026, 11, 21), QTime(5, 12, 0, 123), Qt::UTC);

// A second connection to the same file, as an attacker with a copy of sqlite3 would have.
class RawDb {
public:
    explicit RawDb(const QString &path)
    {
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &m_db) == SQLITE_OK);
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawDb() { sqlite3_close(m_db); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    // True when the statements ran; `error` gets SQLite's message otherwise.
    bool tryExec(const QString &sql, QString *error = nullptr)
    {
        char *msg = nullptr;
        const bool ok = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &msg) == SQLITE_OK;
        if (error && msg) *error = QString::fromUtf8(msg);
        sqlite3_free(msg);
        return ok;
    }
    void exec(const QString &sql)
    {
        QString error;
        const bool ok = tryExec(sql, &error);
        INFO(sql.toStdString() << ": " << error.toStdString());
        REQUIRE(ok);
    }
    QString text(const QString &sql)
    {
        sqlite3_stmt *st = nullptr;
        REQUIRE(sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK);
        QString v;
        if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
            v = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return v;
    }
    QByteArray blob(const QString &sql)
    {
        sqlite3_stmt *st = nullptr;
        REQUIRE(sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK);
        QByteArray v;
        if (sqlite3_step(st) == SQLITE_ROW)
            v = QByteArray(static_cast<const char *>(sqlite3_column_blob(st, 0)), sqlite3_column_bytes(st, 0));
        sqlite3_finalize(st);
        return v;
    }
    void dropTriggers() { exec(QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;")); }

private:
    sqlite3 *m_db = nullptr;
};

AuditEntry entry(int i)
{
    return AuditEntry{QStringLiteral("0%1").arg(100 + i), QString::fromLatin1(ow::storage::audit::kCaseView),
                      QStringLiteral("1101**********%1").arg(1000 + i), QStringLiteral("row %1").arg(i)};
}

// Verifies through a connection of its own, as the CLI does.
AuditVerification verifyFile(const QString &path)
{
    auto db = Database::open(path);
    REQUIRE(db.ok());
    auto v = AuditLog::verify(db.value());
    REQUIRE(v.ok());
    return v.value();
}

// Independent of the implementation: Qt's SHA-256, the layout written out from AuditLog.h.
QByteArray expectedHash(const QByteArray &prev, qint64 seq, const QString &at, const QStringList &fields)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prev);
    auto add = [&](const QByteArray &utf8) {
        char len[4];
        qToBigEndian(quint32(utf8.size()), len);
        h.addData(QByteArrayView(len, 4));
        h.addData(utf8);
    };
    add(QByteArray::number(seq));
    add(at.toUtf8());
    for (const QString &f : fields) add(f.toUtf8());
    return h.result();
}

QString hexLiteral(const QByteArray &bytes) { return QStringLiteral("X'%1'").arg(QString::fromLatin1(bytes.toHex())); }

} // namespace

TEST_CASE("An empty audit log verifies with no rows")
{
    auto db = Database::open(QStringLiteral(":memory:"));
    REQUIRE(db.ok());
    auto v = AuditLog::verify(db.value());
    REQUIRE(v.ok());
    CHECK(v->ok);
    CHECK(v->rows == 0);
    CHECK(v->firstBrokenSeq == 0);
    CHECK(v->problem.isEmpty());
}

TEST_CASE("Appended rows are chained, stamped in UTC with milliseconds, and the head follows them")
{
    ow::test::TempDir tmp;
    auto db = Database::open(tmp.file("a.db"));
    REQUIRE(db.ok());
    // A local time east of UTC: the row must still be stamped in UTC.
    ow::core::FixedClock clock(kStart.toTimeZone(QTimeZone(8 * 3600)));
    AuditLog log(db.value(), QStringLiteral("WS-01"), QStringLiteral("counter"), clock);
    for (int i = 1; i <= 3; ++i) {
        REQUIRE(log.append(entry(i)).ok());
        clock.advanceSecs(1);
    }

    auto rows = AuditLog::recent(db.value(), 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    const AuditRow &newest = rows->at(0);
    const AuditRow &first = rows->at(2);
    CHECK(newest.seq == 3);
    CHECK(first.seq == 1);
    CHECK(first.prevHash == QByteArray(32, '\0'));
    CHECK(rows->at(1).prevHash == first.hash);
    CHECK(newest.prevHash == rows->at(1).hash);
    CHECK(first.at == kStart);
    CHECK(first.at.timeSpec() == Qt::UTC);
    CHECK(first.officer == QStringLiteral("0101"));
    CHECK(first.workstation == QStringLiteral("WS-01"));
    CHECK(first.profile == QStringLiteral("counter"));
    CHECK(first.action == QStringLiteral("case.view"));
    CHECK(first.subject == QStringLiteral("1101**********1001"));
    CHECK(first.detail == QStringLiteral("row 1"));
    CHECK(AuditLog::recent(db.value(), 1)->size() == 1);

    RawDb raw(tmp.file("a.db"));
    CHECK(raw.text("SELECT at FROM audit_log WHERE seq = 1") == QStringLiteral("2026-11-21T05:12:00.123Z"));
    CHECK(raw.text("SELECT at FROM audit_log WHERE seq = 3") == QStringLiteral("2026-11-21T05:12:02.123Z"));
    CHECK(raw.text("SELECT value FROM meta WHERE key = 'audit_head'") ==
          QStringLiteral("3:") + QString::fromLatin1(newest.hash.toHex()));

    auto v = AuditLog::verify(db.value());
    REQUIRE(v.ok());
    CHECK(v->ok);
    CHECK(v->rows == 3);
}

TEST_CASE("rowHash is SHA-256 over the previous hash and the length-prefixed fields")
{
    AuditRow row;
    row.seq = 17;
    row.at = kStart;
    row.officer = QStringLiteral("010203");
    row.workstation = QStringLiteral("WS-01");
    row.profile = QStringLiteral("counter");
    row.action = QStringLiteral("id.reveal");
    row.subject = QStringLiteral("1101**********0011");
    row.detail = QStringLiteral("户政 窗口 3");  // UTF-8 lengths are bytes, not characters
    const QByteArray prev = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

    const QByteArray expected = expectedHash(prev, 17, QStringLiteral("2026-11-21T05:12:00.123Z"),
                                             {row.officer, row.workstation, row.profile, row.action, row.subject, row.detail});
    CHECK(AuditLog::rowHash(prev, row).size() == 32);
    CHECK(AuditLog::rowHash(prev, row).toHex() == expected.toHex());
    // The same instant given in another zone hashes the same: the stored form is UTC.
    row.at = kStart.toTimeZone(QTimeZone(-5 * 3600));
    CHECK(AuditLog::rowHash(prev, row).toHex() == expected.toHex());
    // Moving a byte from one field to the next changes the hash (the lengths are covered).
    row.workstation = QStringLiteral("WS-0");
    row.profile = QStringLiteral("1counter");
    CHECK(AuditLog::rowHash(prev, row) != expected);

    // And the rows append() writes carry exactly that hash.
    auto db = Database::open(QStringLiteral(":memory:"));
    REQUIRE(db.ok());
    ow::core::FixedClock clock(kStart);
    AuditLog log(db.value(), QStringLiteral("WS-01"), QStringLiteral("counter"), clock);
    REQUIRE(log.append(entry(1)).ok());
    REQUIRE(log.append(entry(2)).ok());
    auto rows = AuditLog::recent(db.value(), 2);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    for (const AuditRow &r : rows.value()) {
        INFO("row " << r.seq);
        CHECK(r.hash == expectedHash(r.prevHash, r.seq, QStringLiteral("2026-11-21T05:12:00.123Z"),
                                     {r.officer, r.workstation, r.profile, r.action, r.subject, r.detail}));
        CHECK(AuditLog::rowHash(r.prevHash, r) == r.hash);
    }
}

TEST_CASE("An append inside a transaction commits with it, and a rollback leaves no audit row")
{
    ow::test::TempDir tmp;
    auto db = Database::open(tmp.file("a.db"));
    REQUIRE(db.ok());
    ow::core::FixedClock clock(kStart);
    AuditLog log(db.value(), QStringLiteral("WS-01"), QStringLiteral("counter"), clock);
    REQUIRE(log.append(entry(1)).ok());  // a transaction of its own
    CHECK_FALSE(db->inTransaction());

    {
        ow::storage::Transaction tx(db.value());
        REQUIRE(tx.begun().ok());
        REQUIRE(db.value().exec(QStringLiteral("INSERT INTO case_sequence(day, next) VALUES ('2026-11-21', 2)")).ok());
        REQUIRE(log.append(entry(2)).ok());
        CHECK(db->inTransaction());  // joined, not committed behind the caller's back
        REQUIRE(tx.commit().ok());
    }
    RawDb raw(tmp.file("a.db"));
    CHECK(raw.text("SELECT count(*) FROM audit_log") == QStringLiteral("2"));
    const QString headAfterCommit = raw.text("SELECT value FROM meta WHERE key = 'audit_head'");
    CHECK(headAfterCommit.startsWith(QStringLiteral("2:")));

    {
        ow::storage::Transaction tx(db.value());
        REQUIRE(tx.begun().ok());
        REQUIRE(db.value().exec(QStringLiteral("INSERT INTO case_sequence(day, next) VALUES ('2026-11-22', 2)")).ok());
        REQUIRE(log.append(entry(3)).ok());
        // No commit: the change and its audit row go together.
    }
    CHECK(raw.text("SELECT count(*) FROM audit_log") == QStringLiteral("2"));
    CHECK(raw.text("SELECT count(*) FROM case_sequence") == QStringLiteral("1"));
    CHECK(raw.text("SELECT value FROM meta WHERE key = 'audit_head'") == headAfterCommit);
    auto v = verifyFile(tmp.file("a.db"));
    CHECK(v.ok);
    CHECK(v.rows == 2);

    // The chain goes on from the committed head.
    REQUIRE(log.append(entry(4)).ok());
    CHECK(raw.text("SELECT detail FROM audit_log WHERE seq = 3") == QStringLiteral("row 4"));
    v = verifyFile(tmp.file("a.db"));
    CHECK(v.ok);
    CHECK(v.rows == 3);
}

TEST_CASE("The triggers refuse UPDATE and DELETE on the audit log")
{
    ow::test::TempDir tmp;
    auto db = Database::open(tmp.file("a.db"));
    REQUIRE(db.ok());
    AuditLog log(db.value(), QStringLiteral("WS-01"), QStringLiteral("counter"));
    REQUIRE(log.append(entry(1)).ok());
    REQUIRE(log.append(entry(2)).ok());

    auto update = db.value().exec(QStringLiteral("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 1"));
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().detail.contains(QStringLiteral("append-only")));
    auto remove = db.value().exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2"));
    REQUIRE_FALSE(remove.ok());
    CHECK(remove.error().detail.contains(QStringLiteral("append-only")));

    // Another ordinary connection is refused just the same.
    RawDb raw(tmp.file("a.db"));
    QString error;
    CHECK_FALSE(raw.tryExec(QStringLiteral("UPDATE audit_log SET officer = '-'"), &error));
    CHECK(error.contains(QStringLiteral("append-only")));
    CHECK_FALSE(raw.tryExec(QStringLiteral("DELETE FROM audit_log"), &error));
    CHECK(raw.text("SELECT count(*) FROM audit_log") == QStringLiteral("2"));
    CHECK(raw.text("SELECT detail FROM audit_log WHERE seq = 1") == QStringLiteral("row 1"));
    CHECK(verifyFile(tmp.file("a.db")).ok);
}

TEST_CASE("Tampering with the audit log is caught at the first broken row")
{
    ow::test::TempDir tmp;
    const QString path = tmp.file("a.db");
    auto db = Database::open(path);
    REQUIRE(db.ok());
    ow::core::FixedClock clock(kStart);
    AuditLog log(db.value(), QStringLiteral("WS-01"), QStringLiteral("counter"), clock);
    for (int i = 1; i <= 10; ++i) {
        REQUIRE(log.append(entry(i)).ok());
        clock.advanceSecs(60);
    }
    REQUIRE(verifyFile(path).ok);

    RawDb raw(path);
    raw.dropTriggers();
    qint64 expectedSeq = 0;
    QString expectedWords;

    SECTION("a field of a middle row edited")
    {
        raw.exec(QStringLiteral("UPDATE audit_log SET subject = '1101**********9999' WHERE seq = 5"));
        expectedSeq = 5;
        expectedWords = QStringLiteral("changed");
    }
    SECTION("the time of a middle row rewritten as the same instant in another zone")
    {
        raw.exec(QStringLiteral("UPDATE audit_log SET at = '2026-11-21T13:16:00.123+08:00' WHERE seq = 5"));
        REQUIRE(AuditLog::recent(db.value(), 10)->at(5).at == kStart.addSecs(4 * 60));
        expectedSeq = 5;
        expectedWords = QStringLiteral("changed");
    }
    SECTION("a middle row edited and its own hash recomputed: the next row no longer follows it")
    {
        auto rows = AuditLog::recent(db.value(), 10);
        REQUIRE(rows.ok());
        AuditRow row = rows->at(5);  // seq 5
        REQUIRE(row.seq == 5);
        row.detail = QStringLiteral("forged");
        raw.exec(QStringLiteral("UPDATE audit_log SET detail = 'forged', hash = %1 WHERE seq = 5")
                     .arg(hexLiteral(AuditLog::rowHash(row.prevHash, row))));
        expectedSeq = 6;
        expectedWords = QStringLiteral("does not follow row 5");
    }
    SECTION("a middle row deleted")
    {
        raw.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
        expectedSeq = 5;
        expectedWords = QStringLiteral("row 5 is missing");
    }
    SECTION("the first row deleted")
    {
        raw.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1"));
        expectedSeq = 1;
        expectedWords = QStringLiteral("row 1 is missing");
    }
    SECTION("the last row deleted")
    {
        raw.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 10"));
        expectedSeq = 10;
        expectedWords = QStringLiteral("row 10 is missing");
    }
    SECTION("the last three rows deleted")
    {
        raw.exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= 8"));
        expectedSeq = 8;
        expectedWords = QStringLiteral("row 8 is missing");
    }
    SECTION("every row deleted")
    {
        raw.exec(QStringLiteral("DELETE FROM audit_log"));
        expectedSeq = 1;
        expectedWords = QStringLiteral("empty");
    }
    SECTION("the contents of two rows swapped")
    {
        raw.exec(QStringLiteral(
            "CREATE TEMP TABLE pair AS SELECT * FROM audit_log WHERE seq IN (3, 7);"
            "UPDATE audit_log SET (at, officer, workstation, profile, action, subject, detail, prev_hash, hash) = "
            "  (SELECT at, officer, workstation, profile, action, subject, detail, prev_hash, hash FROM pair "
            "   WHERE pair.seq = CASE audit_log.seq WHEN 3 THEN 7 ELSE 3 END) "
            "WHERE seq IN (3, 7);"));
        REQUIRE(raw.text("SELECT detail FROM audit_log WHERE seq = 3") == QStringLiteral("row 7"));
        expectedSeq = 3;
        expectedWords = QStringLiteral("does not follow row 2");
    }
    SECTION("two neighbouring rows swapped, the first row included")
    {
        raw.exec(QStringLiteral(
            "CREATE TEMP TABLE pair AS SELECT * FROM audit_log WHERE seq IN (1, 2);"
            "UPDATE audit_log SET (at, officer, workstation, profile, action, subject, detail, prev_hash, hash) = "
            "  (SELECT at, officer, workstation, profile, action, subject, detail, prev_hash, hash FROM pair "
            "   WHERE pair.seq = CASE audit_log.seq WHEN 1 THEN 2 ELSE 1 END) "
            "WHERE seq IN (1, 2);"));
        expectedSeq = 1;
        expectedWords = QStringLiteral("does not start the chain");
    }
    SECTION("a forged row appended with a correct link and hash")
    {
        AuditRow forged;
        forged.seq = 11;
        forged.at = kStart.addSecs(3600);
        forged.officer = QStringLiteral("0101");
        forged.workstation = QStringLiteral("WS-01");
        forged.profile = QStringLiteral("counter");
        forged.action = QStringLiteral("login");
        forged.subject = QStringLiteral("-");
        forged.detail = QStringLiteral("alibi");
        forged.prevHash = raw.blob(QStringLiteral("SELECT hash FROM audit_log WHERE seq = 10"));
        REQUIRE(forged.prevHash.size() == 32);
        const QByteArray hash = AuditLog::rowHash(forged.prevHash, forged);
        raw.exec(QStringLiteral("INSERT INTO audit_log VALUES (11, '2026-11-21T06:12:00.123Z', '0101', 'WS-01', "
                                "'counter', 'login', '-', 'alibi', %1, %2)")
                     .arg(hexLiteral(forged.prevHash), hexLiteral(hash)));
        expectedSeq = 11;
        expectedWords = QStringLiteral("added outside OneWindow");
    }
    SECTION("a forged row inserted before the first")
    {
        raw.exec(QStringLiteral("INSERT INTO audit_log VALUES (0, '2026-11-21T05:00:00.000Z', '0101', 'WS-01', "
                                "'counter', 'login', '-', 'alibi', %1, %1)")
                     .arg(hexLiteral(QByteArray(32, '\0'))));
        expectedSeq = 0;
        expectedWords = QStringLiteral("row 0");
    }
    SECTION("a forged row inserted after a gap")
    {
        raw.exec(QStringLiteral("INSERT INTO audit_log VALUES (20, '2026-11-21T06:12:00.123Z', '0101', 'WS-01', "
                                "'counter', 'login', '-', 'alibi', %1, %1)")
                     .arg(hexLiteral(QByteArray(32, '\x01'))));
        expectedSeq = 11;
        expectedWords = QStringLiteral("jumps from row 10 to row 20");
    }
    SECTION("the chain head's hash edited")
    {
        raw.exec(QStringLiteral("UPDATE meta SET value = '10:%1' WHERE key = 'audit_head'")
                     .arg(QString::fromLatin1(QByteArray(32, '\x42').toHex())));
        expectedSeq = 10;
        expectedWords = QStringLiteral("chain head");
    }
    SECTION("the chain head moved back one row, as if row 10 were never written")
    {
        const QByteArray nine = raw.blob(QStringLiteral("SELECT hash FROM audit_log WHERE seq = 9"));
        raw.exec(QStringLiteral("UPDATE meta SET value = '9:%1' WHERE key = 'audit_head'").arg(QString::fromLatin1(nine.toHex())));
        expectedSeq = 10;
        expectedWords = QStringLiteral("added outside OneWindow");
    }
    SECTION("the chain head deleted")
    {
        raw.exec(QStringLiteral("DELETE FROM meta WHERE key = 'audit_head'"));
        expectedSeq = 10;
        expectedWords = QStringLiteral("missing from meta");
    }
    SECTION("the chain head made unreadable")
    {
        raw.exec(QStringLiteral("UPDATE meta SET value = 'none' WHERE key = 'audit_head'"));
        expectedSeq = 10;
        expectedWords = QStringLiteral("unreadable");
    }

    const AuditVerification v = verifyFile(path);
    INFO(v.problem.toStdString());
    CHECK_FALSE(v.ok);
    CHECK(v.firstBrokenSeq == expectedSeq);
    CHECK(v.problem.contains(expectedWords));

    // OneWindow goes on auditing, but never re-seals a broken chain.
    REQUIRE(log.append(entry(99)).ok());
    const AuditVerification after = verifyFile(path);
    INFO(after.problem.toStdString());
    CHECK_FALSE(after.ok);
    CHECK(after.firstBrokenSeq <= std::max<qint64>(expectedSeq, 1) + 1);
}
