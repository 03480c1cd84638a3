#include "storage/Statement.h"

#include "storage/Database.h"

#include <sqlite3.h>

namespace ow::storage {

Statement::Statement(Database &db, const char *sql) : m_db(db)
{
    auto st = db.cachedStatement(sql);
    if (st) m_stmt = st.value();
    else m_error = st.error();
}

Statement::~Statement()
{
    if (!m_stmt) return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

Statement &Statement::bind(int i, const QString &text)
{
    if (m_stmt) {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(int i, const QByteArray &blob)
{
    if (m_stmt) {
        if (blob.isNull()) sqlite3_bind_null(m_stmt, i);
        else sqlite3_bind_blob(m_stmt, i, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(int i, qint64 value)
{
    if (m_stmt) sqlite3_bind_int64(m_stmt, i, value);
    return *this;
}

Statement &Statement::bindNull(int i)
{
    if (m_stmt) sqlite3_bind_null(m_stmt, i);
    return *this;
}

core::Result<bool> Statement::step()
{
    if (!m_stmt) return m_error;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return m_db.lastError(QString::fromUtf8(sqlite3_sql(m_stmt)).left(60).simplified());
}

core::Status Statement::exec()
{
    for (;;) {
        auto r = step();
        if (!r) return r.error();
        if (!r.value()) return {};
    }
}

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
}

QByteArray Statement::blob(int col) const
{
    const void *p = sqlite3_column_blob(m_stmt, col);
    if (!p) return {};
    return QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_stmt, col));
}

qint64 Statement::int64(int col) const { return sqlite3_column_int64(m_stmt, col); }

bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

Transaction::Transaction(Database &db) : m_db(db) { m_begun = db.exec(QStringLiteral("BEGIN IMMEDIATE")); }

Transaction::~Transaction()
{
    if (m_begun && !m_done) (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

core::Status Transaction::commit()
{
    if (!m_begun) return m_begun;
    auto st = m_db.exec(QStringLiteral("COMMIT"));
    m_done = st.ok();
    return st;
}

} // namespace ow::storage
