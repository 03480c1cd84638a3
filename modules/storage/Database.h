#pragma once
// One SQLite connection (one per thread). The SQLite C API is used directly rather than QtSql:
// it gives exact control over pragmas, WAL checkpoints and prepared-statement reuse, which the
// encrypted look-up path needs to stay fast at a million cases.

#include "core/Result.h"

#include <QString>

struct sqlite3;

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

private:
    Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    core::Status migrate();

    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace ow::storage
