#include "storage/Database.h"

#include "storage/Logging.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace ow::storage {
namespace {

core::Error sqlError(sqlite3 *db, const QString &what)
{
    const QString detail = QStringLiteral("%1: %2 (%3)").arg(what, QString::fromUtf8(sqlite3_errmsg(db))).arg(sqlite3_extended_errcode(db));
    const int code = sqlite3_errcode(db);
    if (code == SQLITE_FULL)
        return core::makeError(QStringLiteral("storage.full"), QCoreApplication::translate("ow::storage", "The disk is full: free some space, then try again."), detail);
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        return core::makeError(QStringLiteral("storage.corrupt"),
                               QCoreApplication::translate("ow::storage", "The local database is damaged. Call technical support; do not delete it."), detail);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return core::makeError(QStringLiteral("storage.busy"),
                               QCoreApplication::translate("ow::storage",
                                                           "The local database is busy in another OneWindow program. "
                                                           "Try again in a moment."),
                               detail);
    if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN || code == SQLITE_PERM)
        return core::makeError(QStringLiteral("storage.access"),
                               QCoreApplication::translate("ow::storage", "The local database cannot be opened for writing. Check the data folder's permissions."), detail);
    return core::makeError(QStringLiteral("storage.sql"), QCoreApplication::translate("ow::storage", "The local database reported an error."), detail);
}

} // namespace

int Database::currentSchemaVersion() { return migrations().isEmpty() ? 0 : migrations().last().version; }

core::Result<Database> Database::open(const QString &path)
{
    sqlite3 *db = nullptr;
    const QByteArray file = path.toUtf8();
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(file.constData(), &db, flags, nullptr) != SQLITE_OK) {
        core::Error e = sqlError(db, QStringLiteral("open %1").arg(path));
        sqlite3_close(db);
        return e;
    }
    sqlite3_busy_timeout(db, 5000);
    Database d(db, path);
    // WAL keeps readers off the writer's back; FULL makes a committed case survive a power cut.
    const bool memory = path == u":memory:";
    // 32 MiB of page cache per connection (SQLite's default is 2 MiB): a million cases with their
    // indexes would otherwise thrash the cache on every insert and look-up.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL", "PRAGMA cache_size = -32768"}) {
        if (auto st = d.exec(QString::fromLatin1(pragma)); !st) return st.error();
    }
    if (!memory) {
        if (auto st = d.exec(QStringLiteral("PRAGMA journal_mode = WAL")); !st) return st.error();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (auto st = d.migrate(); !st) return st.error();
    return d;
}

Database::Database(sqlite3 *db, QString path)
    : m_db(db), m_path(std::move(path)), m_cache(std::make_unique<QHash<const char *, sqlite3_stmt *>>())
{
}

Database::Database(Database &&other) noexcept
    : m_db(other.m_db), m_path(std::move(other.m_path)), m_cache(std::move(other.m_cache))
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        finalizeAll();
        if (m_db) sqlite3_close_v2(m_db);
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
        other.m_db = nullptr;
    }
    return *this;
}

Database::~Database()
{
    finalizeAll();
    if (m_db) sqlite3_close_v2(m_db);
}

void Database::finalizeAll()
{
    if (!m_cache) return;
    for (sqlite3_stmt *st : std::as_const(*m_cache)) sqlite3_finalize(st);
    m_cache->clear();
}

bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

qint64 Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

core::Error Database::lastError(const QString &what) const { return sqlError(m_db, what); }

core::Result<sqlite3_stmt *> Database::cachedStatement(const char *sql)
{
    // Keyed by the literal's address: every call site passes a string literal.
    if (sqlite3_stmt *st = m_cache->value(sql, nullptr)) return st;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK)
        return sqlError(m_db, QStringLiteral("prepare %1").arg(QString::fromUtf8(sql).left(60).simplified()));
    m_cache->insert(sql, st);
    return st;
}

int Database::schemaVersion() const
{
    sqlite3_stmt *st = nullptr;
    int v = -1;
    if (sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return v;
}

core::Status Database::exec(const QString &sql)
{
    char *msg = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &msg) != SQLITE_OK) {
        sqlite3_free(msg);
        return sqlError(m_db, sql.left(60).simplified());
    }
    return {};
}

core::Status Database::migrate()
{
    const int want = currentSchemaVersion();
    auto tooNew = [&](int have) {
        return core::makeError(QStringLiteral("storage.newer_schema"),
                               QCoreApplication::translate("ow::storage",
                                                           "This database was written by a newer version of OneWindow "
                                                           "(schema %1; this version knows up to %2). Install the newer "
                                                           "version; the database was left untouched.")
                                   .arg(have)
                                   .arg(want),
                               QStringLiteral("user_version %1 > %2 in %3").arg(have).arg(want).arg(m_path));
    };
    const int seen = schemaVersion();
    if (seen > want) return tooNew(seen);
    if (seen == want) return {};
    // Another process (the client and the CLI, two logins) may be migrating at the same moment:
    // take the write lock first, then decide from the version as it is under the lock.
    if (auto st = exec(QStringLiteral("BEGIN IMMEDIATE")); !st) return st;
    const int have = schemaVersion();
    if (have > want) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return tooNew(have);
    }
    for (const Migration &m : migrations()) {
        if (m.version <= have) continue;
        auto st = exec(QString::fromUtf8(m.sql));
        if (st) st = exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        if (!st) {
            (void)exec(QStringLiteral("ROLLBACK"));
            return st;
        }
        qCInfo(lcStorage) << "migrated" << QFileInfo(m_path).fileName() << "to schema" << m.version;
    }
    return exec(QStringLiteral("COMMIT"));
}

core::Status Database::checkIntegrity()
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA integrity_check", -1, &st, nullptr) != SQLITE_OK)
        return sqlError(m_db, QStringLiteral("integrity_check"));
    QString first;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const QString line = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        if (first.isEmpty()) first = line;
    }
    sqlite3_finalize(st);
    if (first != u"ok")
        return core::makeError(QStringLiteral("storage.corrupt"),
                               QCoreApplication::translate("ow::storage", "The local database is damaged. Call technical support; do not delete it."), first);
    return {};
}

} // namespace ow::storage
