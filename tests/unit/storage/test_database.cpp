#include "TestSupport.h"

#include "storage/Database.h"

#include <QFile>

#include <sqlite3.h>

using ow::storage::Database;

namespace {

QString pragma(const Database &db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db.handle(), sql, -1, &st, nullptr) == SQLITE_OK);
    QString v;
    if (sqlite3_step(st) == SQLITE_ROW) v = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return v;
}

} // namespace

TEST_CASE("A new database is migrated to the current schema with WAL, foreign keys and FULL sync")
{
    ow::test::TempDir tmp;
    auto db = Database::open(tmp.file("a.db"));
    REQUIRE(db.ok());
    CHECK(db->schemaVersion() == Database::currentSchemaVersion());
    CHECK(Database::currentSchemaVersion() >= 1);
    CHECK(pragma(*db, "PRAGMA journal_mode") == QStringLiteral("wal"));
    CHECK(pragma(*db, "PRAGMA foreign_keys") == QStringLiteral("1"));
    CHECK(pragma(*db, "PRAGMA synchronous") == QStringLiteral("2"));
    CHECK(pragma(*db, "SELECT value FROM meta WHERE key = 'created_by'") == QStringLiteral("onewindow"));
    CHECK(db.value().checkIntegrity().ok());
    CHECK_FALSE(QFile(tmp.file("a.db")).permissions().testFlag(QFileDevice::ReadOther));
}

TEST_CASE("Opening again does not migrate twice")
{
    ow::test::TempDir tmp;
    { REQUIRE(Database::open(tmp.file("a.db")).ok()); }
    auto db = Database::open(tmp.file("a.db"));
    REQUIRE(db.ok());
    CHECK(pragma(*db, "SELECT count(*) FROM meta WHERE key = 'created_by'") == QStringLiteral("1"));
}

TEST_CASE("In-memory databases are private and migrated")
{
    auto a = Database::open(QStringLiteral(":memory:"));
    REQUIRE(a.ok());
    CHECK(a->schemaVersion() == Database::currentSchemaVersion());
}

TEST_CASE("A database written by a newer version is refused and left untouched")
{
    ow::test::TempDir tmp;
    {
        auto db = Database::open(tmp.file("a.db"));
        REQUIRE(db.ok());
        REQUIRE(db.value().exec(QStringLiteral("PRAGMA user_version = 999")).ok());
    }
    auto again = Database::open(tmp.file("a.db"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("storage.newer_schema"));
    CHECK(again.error().message.contains(QStringLiteral("newer version")));
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(tmp.file("a.db").toUtf8().constData(), &raw) == SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &st, nullptr);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(sqlite3_column_int(st, 0) == 999);
    sqlite3_finalize(st);
    sqlite3_close(raw);
}

TEST_CASE("A file that is not a database is reported as damaged, in words")
{
    ow::test::TempDir tmp;
    QFile f(tmp.file("junk.db"));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    auto db = Database::open(tmp.file("junk.db"));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == QStringLiteral("storage.corrupt"));
    CHECK(db.error().message.contains(QStringLiteral("damaged")));
}
