#pragma once
// A prepared statement borrowed from its connection's cache: bind, step, read columns.
// Reset (and its bindings cleared) when it goes out of scope, ready for the next use.

#include "core/Result.h"

#include <QByteArray>
#include <QString>

struct sqlite3_stmt;

namespace ow::storage {

class Database;

class Statement {
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    [[nodiscard]] bool prepared() const { return m_stmt != nullptr; }
    [[nodiscard]] const core::Error &prepareError() const { return m_error; }

    // Parameters are 1-based, as in SQL.
    Statement &bind(int i, const QString &text);
    Statement &bind(int i, const QByteArray &blob);
    Statement &bind(int i, qint64 value);
    Statement &bind(int i, int value) { return bind(i, qint64(value)); }
    Statement &bindNull(int i);

    // One step: true when a row is available, false when done.
    core::Result<bool> step();
    // Runs to completion (statements without result rows).
    core::Status exec();

    [[nodiscard]] QString text(int col) const;
    [[nodiscard]] QByteArray blob(int col) const;
    [[nodiscard]] qint64 int64(int col) const;
    [[nodiscard]] bool isNull(int col) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    core::Error m_error;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() succeeded. Writes that belong together
// (a case, its outbox row, its audit row) share one.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] const core::Status &begun() const { return m_begun; }
    core::Status commit();

private:
    Database &m_db;
    core::Status m_begun;
    bool m_done = false;
};

} // namespace ow::storage
