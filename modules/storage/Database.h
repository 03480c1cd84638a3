#pragma once
// One SQLite connection (one per thread). The SQLite C API is used directly rather than QtSql:
// it gives exact control over pragmas, WAL checkpoints and prepared-statement reuse, which the
// encrypted look-up path needs to stay fast at a million cases.

#include "core/Result.h"

#include <QHash>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace ow::storage {

class Database {
public:
    // Schema version this build writes. A database with a higher user_version was written by a
    // newer OneWindow and is refused, never "upgraded" backwards.
    static int currentSchemaVersion();

    // `path` ":memory:" gives a private in-memory database (tests).
    static core::Result<Database> open(const QString &path);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    [[nodiscard]] sqlite3 *handle() const { return m_db; }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] QString path() const { return m_path; }

    // Runs statements without results (DDL, pragmas).
    core::Status exec(const QString &sql);
    // PRAGMA integrity_check; the error names the first problem SQLite reports.
    core::Status checkIntegrity();
    // True inside BEGIN ... COMMIT.
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] qint64 lastInsertId() const;

    // The connection's error now, as an officer-readable Error (`what`: what was being done).
    [[nodiscard]] core::Error lastError(const QString &what) const;
    // Prepared once per connection and reused (see Statement).
    core::Result<sqlite3_stmt *> cachedStatement(const char *sql);

private:
    Database(sqlite3 *db, QString path);
    core::Status migrate();
    void finalizeAll();

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unique_ptr<QHash<const char *, sqlite3_stmt *>> m_cache;
};

} // namespace ow::storage
