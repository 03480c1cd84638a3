#include "CentralStore.h"

#include "core/CaseStatus.h"
#include "sync/Wire.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

namespace ow::central {
namespace {

QString nowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

// One statement with positional parameters; false (and `error`) when it fails.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &args, QString *error = nullptr)
{
    // PostgreSQL prepares only queries and DML, not DDL or pragmas: those run unprepared.
    if (args.isEmpty()) {
        if (!q.exec(sql)) {
            if (error) *error = q.lastError().text() + QStringLiteral(" [") + sql.left(60) + QLatin1Char(']');
            return false;
        }
        return true;
    }
    if (!q.prepare(sql)) {
        if (error) *error = q.lastError().text();
        return false;
    }
    for (const QVariant &a : args) q.addBindValue(a);
    if (!q.exec()) {
        if (error) *error = q.lastError().text() + QStringLiteral(" [") + sql.left(60) + QLatin1Char(']');
        return false;
    }
    return true;
}

// "(?, ?, ?), (?, ?, ?), ..." for `rows` rows of `columns` values.
QString placeholders(qsizetype rows, int columns)
{
    QStringList one(columns, QStringLiteral("?"));
    const QString row = QLatin1Char('(') + one.join(QStringLiteral(", ")) + QLatin1Char(')');
    return QStringList(rows, row).join(QStringLiteral(", "));
}

// Rows per multi-row statement: one round trip for a hundred blobs, where PostgreSQL would take
// one per row; few enough distinct statements for the prepared cache.
constexpr qsizetype kRowsPerStatement = 100;

} // namespace

QJsonObject OpResult::toJson() const
{
    QJsonObject o{{"opId", opId}, {"result", result}, {"serverVersion", serverVersion}};
    if (!serverStatus.isEmpty()) o.insert(QStringLiteral("serverStatus"), serverStatus);
    if (!code.isEmpty()) o.insert(QStringLiteral("code"), code);
    if (!reason.isEmpty()) o.insert(QStringLiteral("reason"), reason);
    return o;
}

CentralStore::CentralStore(QString connection, Dialect dialect) : m_connection(std::move(connection)), m_dialect(dialect) {}

CentralStore::CentralStore(CentralStore &&o) noexcept
    : m_connection(std::move(o.m_connection)), m_dialect(o.m_dialect), m_prepared(std::move(o.m_prepared))
{
    o.m_connection.clear();
}

CentralStore::~CentralStore()
{
    m_prepared.clear();  // statements go before their connection
    if (m_connection.isEmpty()) return;
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isOpen()) d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase CentralStore::db() const { return QSqlDatabase::database(m_connection, false); }

QSqlQuery *CentralStore::exec(const QString &sql, const QVariantList &args, QString *error)
{
    std::shared_ptr<QSqlQuery> &q = m_prepared[sql];
    if (!q) {
        auto fresh = std::make_shared<QSqlQuery>(db());
        fresh->setForwardOnly(true);
        if (!fresh->prepare(sql)) {
            if (error) *error = fresh->lastError().text();
            m_prepared.remove(sql);
            return nullptr;
        }
        q = fresh;
    }
    for (qsizetype i = 0; i < args.size(); ++i) q->bindValue(int(i), args[i]);
    if (!q->exec()) {
        if (error) *error = q->lastError().text() + QStringLiteral(" [") + sql.left(60) + QLatin1Char(']');
        return nullptr;
    }
    return q.get();
}

std::optional<CentralStore> CentralStore::open(const QString &url, QString *error)
{
    const QString name = QStringLiteral("central-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Dialect dialect = Dialect::Sqlite;
    if (url.startsWith(u"postgres://") || url.startsWith(u"postgresql://")) {
        const QUrl u(url);
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        d.setHostName(u.host());
        d.setPort(u.port(5432));
        d.setUserName(u.userName());
        d.setPassword(u.password());
        d.setDatabaseName(u.path().mid(1));
        dialect = Dialect::Postgres;
    } else {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(url);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    CentralStore store(name, dialect);
    QSqlDatabase d = store.db();
    if (!d.open()) {
        if (error) *error = d.lastError().text();
        return std::nullopt;
    }
    if (!store.migrate(error)) return std::nullopt;
    return std::optional<CentralStore>(std::move(store));
}

bool CentralStore::migrate(QString *error)
{
    QSqlQuery q(db());
    if (m_dialect == Dialect::Sqlite) {
        // WAL: the admin CLI reads while the server writes.
        if (!run(q, QStringLiteral("PRAGMA journal_mode=WAL"), {}, error)) return false;
        if (!run(q, QStringLiteral("PRAGMA synchronous=FULL"), {}, error)) return false;
    } else {
        // "relation already exists, skipping" on every start is noise.
        if (!run(q, QStringLiteral("SET client_min_messages TO warning"), {}, error)) return false;
    }
    // Every table in the subset of SQL that SQLite and PostgreSQL both take. Sequences come from
    // the `counter` table rather than AUTOINCREMENT/SERIAL, which differ between the two.
    static const char *const ddl[] = {
        "CREATE TABLE IF NOT EXISTS counter (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS applied_op (op_id TEXT PRIMARY KEY, workstation TEXT NOT NULL, "
        "entity TEXT NOT NULL, entity_key TEXT NOT NULL, result TEXT NOT NULL, server_version INTEGER NOT NULL, "
        "applied_at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS central_case (case_number TEXT PRIMARY KEY, version INTEGER NOT NULL, "
        "status TEXT NOT NULL, payload TEXT NOT NULL, payload_sha256 TEXT NOT NULL, workstation TEXT NOT NULL, "
        "updated_at TEXT NOT NULL, status_seq BIGINT NOT NULL, status_by TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX IF NOT EXISTS central_case_status_seq ON central_case(status_seq)",
        "CREATE TABLE IF NOT EXISTS notification (op_id TEXT PRIMARY KEY, case_number TEXT NOT NULL, "
        "payload TEXT NOT NULL, payload_sha256 TEXT NOT NULL, state TEXT NOT NULL, created_at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS entity_op (op_id TEXT PRIMARY KEY, entity TEXT NOT NULL, entity_key TEXT NOT NULL, "
        "payload TEXT NOT NULL, payload_sha256 TEXT NOT NULL, created_at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS blob (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL, stored_at TEXT NOT NULL)",
        // Small blobs live in pack files (one per batch upload) rather than a file each.
        "CREATE TABLE IF NOT EXISTS blob_pack (sha256 TEXT PRIMARY KEY, pack TEXT NOT NULL, pack_offset BIGINT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS enrolment (code_hash TEXT PRIMARY KEY, workstation TEXT NOT NULL, "
        "expires_at TEXT NOT NULL, used_at TEXT)",
        "CREATE TABLE IF NOT EXISTS appointment (seq BIGINT PRIMARY KEY, id TEXT NOT NULL UNIQUE, body TEXT NOT NULL, "
        "created_at TEXT NOT NULL)",
    };
    for (const char *sql : ddl)
        if (!run(q, QString::fromLatin1(sql), {}, error)) return false;
    // Data folders made before the column existed (dev machines): added once; the error when it
    // is there already is expected.
    QSqlQuery probe(db());
    if (!probe.exec(QStringLiteral("SELECT status_by FROM central_case LIMIT 1")))
        if (!run(q, QStringLiteral("ALTER TABLE central_case ADD COLUMN status_by TEXT NOT NULL DEFAULT ''"), {}, error)) return false;
    return run(q, QStringLiteral("INSERT INTO counter(name, value) VALUES ('seq', 0) ON CONFLICT (name) DO NOTHING"), {}, error);
}

qint64 CentralStore::nextSeq()
{
    if (m_seqNext > 0 && m_seqNext <= m_seqLast) return m_seqNext++;
    return reserveSeq(1);
}

bool CentralStore::lookUp(const QString &sqlWithIn, const QStringList &values, const std::function<void(const QSqlQuery &)> &row,
                          QString *error)
{
    for (qsizetype first = 0; first < values.size(); first += kRowsPerStatement) {
        const QStringList part = values.mid(first, kRowsPerStatement);
        QVariantList args;
        for (const QString &v : part) args << v;
        QSqlQuery *q = exec(sqlWithIn.arg(QStringList(part.size(), QStringLiteral("?")).join(QStringLiteral(", "))), args, error);
        if (!q) return false;
        while (q->next()) row(*q);
        q->finish();
    }
    return true;
}

qint64 CentralStore::reserveSeq(qint64 count)
{
    // The row is made by migrate(). 0 when the counter cannot move (a full disk): an old value
    // must not be handed out twice. The first of `count` numbers is returned; the rest are
    // handed out by nextSeq() until the transaction ends (push() reserves one per operation, so
    // a batch costs two statements for its sequence, not two per case).
    if (!exec(QStringLiteral("UPDATE counter SET value = value + ? WHERE name = ?"), {count, QStringLiteral("seq")})) return 0;
    QSqlQuery *q = exec(QStringLiteral("SELECT value FROM counter WHERE name = ?"), {QStringLiteral("seq")});
    const qint64 last = q && q->next() ? q->value(0).toLongLong() : 0;
    if (q) q->finish();
    if (last == 0) return 0;
    m_seqNext = last - count + 2;
    m_seqLast = last;
    return last - count + 1;
}

std::optional<QList<OpResult>> CentralStore::push(const QString &workstation, const QJsonArray &ops, QString *error)
{
    QSqlDatabase d = db();
    if (!d.transaction()) {
        if (error) *error = d.lastError().text();
        return std::nullopt;
    }
    QList<OpResult> results;
    // Sequence numbers for the whole batch at once; unused ones leave gaps, which cursors allow.
    const qint64 first = reserveSeq(qMax<qsizetype>(1, ops.size()));
    if (first == 0) {
        if (error) *error = QStringLiteral("cannot advance the status sequence: %1").arg(d.lastError().text());
        d.rollback();
        return std::nullopt;
    }
    m_seqNext = first;
    auto endBlock = qScopeGuard([this] { m_seqNext = m_seqLast = 0; });
    // What the batch needs to know, read a hundred rows per statement rather than one statement
    // per operation (a round trip each on PostgreSQL): the op ids answered before and the cases
    // the batch touches. Both are kept up to date in memory as the batch is applied.
    QStringList opIds, keys;
    for (const QJsonValue &v : ops) {
        opIds << v.toObject().value(u"opId").toString();
        if (v.toObject().value(u"entity").toString() == u"case") keys << v.toObject().value(u"entityKey").toString();
    }
    QHash<QString, std::pair<QString, int>> seenOps;  // op id -> (what it came to, server version)
    CaseStates cases;
    if (!lookUp(QStringLiteral("SELECT op_id, result, server_version FROM applied_op WHERE op_id IN (%1)"), opIds,
                [&](const QSqlQuery &q) { seenOps.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toInt()}); }, error) ||
        !lookUp(QStringLiteral("SELECT case_number, version, status FROM central_case WHERE case_number IN (%1)"), keys,
                [&](const QSqlQuery &q) { cases.insert(q.value(0).toString(), {q.value(1).toInt(), q.value(2).toString()}); }, error)) {
        d.rollback();
        return std::nullopt;
    }
    QVariantList answered;  // applied_op rows, written together at the end
    for (const QJsonValue &v : ops) {
        const QJsonObject op = v.toObject();
        OpResult r;
        r.opId = op.value(u"opId").toString();
        const QString entity = op.value(u"entity").toString();
        const QString key = op.value(u"entityKey").toString();
        const QString payload = op.value(u"payload").toString();
        const QString sha = op.value(u"payloadSha256").toString();
        auto reject = [&](const char *code, const QString &why) {
            r.result = QStringLiteral("rejected");
            r.code = QString::fromLatin1(code);
            r.reason = why;
        };
        QSqlQuery q(d);
        if (r.opId.isEmpty() || entity.isEmpty() || key.isEmpty()) {
            reject("malformed", QStringLiteral("the operation lacks its id, entity or key"));
            results << r;
            continue;  // nothing to remember it by
        }
        if (const auto seen = seenOps.constFind(r.opId); seen != seenOps.cend()) {
            // Seen before: whatever it came to then stands; the client only learns it again.
            r.result = QStringLiteral("duplicate");
            r.serverVersion = seen->second;
            r.code = seen->first;
            results << r;
            continue;
        }
        if (sync::sha256Hex(payload.toUtf8()) != sha) {
            reject("payload_hash", QStringLiteral("the payload does not match its SHA-256"));
        } else if (entity == u"case") {
            auto applied = applyCase(workstation, op, payload, sha, cases, error);
            if (!applied) {
                d.rollback();
                return std::nullopt;
            }
            r = *applied;
        } else if (entity == u"notification") {
            if (!run(q, QStringLiteral("INSERT INTO notification(op_id, case_number, payload, payload_sha256, state, created_at) "
                                       "VALUES (?, ?, ?, ?, 'queued', ?)"),
                     {r.opId, key, payload, sha, nowIso()}, error)) {
                d.rollback();
                return std::nullopt;
            }
            r.result = QStringLiteral("applied");
        } else {
            if (!run(q, QStringLiteral("INSERT INTO entity_op(op_id, entity, entity_key, payload, payload_sha256, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                     {r.opId, entity, key, payload, sha, nowIso()}, error)) {
                d.rollback();
                return std::nullopt;
            }
            r.result = QStringLiteral("applied");
        }
        // Conflicts and rejections are remembered too: sent again, the op gets the same answer.
        const QString remembered = r.result == u"applied" ? r.result : r.result + QLatin1Char(':') + r.code;
        seenOps.insert(r.opId, {remembered, r.serverVersion});  // the same op twice in one batch
        answered << r.opId << workstation << entity << key << remembered << r.serverVersion << nowIso();
        results << r;
    }
    for (qsizetype at = 0; at < answered.size(); at += 7 * kRowsPerStatement) {
        const QVariantList part = answered.mid(at, 7 * kRowsPerStatement);
        if (!exec(QStringLiteral("INSERT INTO applied_op(op_id, workstation, entity, entity_key, result, server_version, "
                                 "applied_at) VALUES %1")
                      .arg(placeholders(part.size() / 7, 7)),
                  part, error)) {
            d.rollback();
            return std::nullopt;
        }
    }
    if (!d.commit()) {
        if (error) *error = d.lastError().text();
        d.rollback();
        return std::nullopt;
    }
    return results;
}

std::optional<OpResult> CentralStore::applyCase(const QString &workstation, const QJsonObject &op, const QString &payload,
                                                const QString &payloadSha, CaseStates &cases, QString *error)
{
    OpResult r;
    r.opId = op.value(u"opId").toString();
    const QString key = op.value(u"entityKey").toString();
    const int base = op.value(u"baseVersion").toInt();
    const QJsonObject change = op.value(u"change").toObject();
    const QString kind = change.value(u"op").toString(QStringLiteral("create"));
    const auto known = cases.constFind(key);
    const bool exists = known != cases.cend();
    const int version = exists ? known->first : 0;
    const QString status = exists ? known->second : QString();
    auto conflict = [&](const QString &why) {
        r.result = QStringLiteral("conflict");
        r.code = QStringLiteral("version");
        r.serverVersion = version;
        r.serverStatus = status;
        r.reason = why;
        return r;
    };
    const QJsonObject snapshot = QJsonDocument::fromJson(payload.toUtf8()).object();
    if (snapshot.value(u"caseNumber").toString() != key) {
        r.result = QStringLiteral("rejected");
        r.code = QStringLiteral("case_number");
        r.reason = QStringLiteral("the case sent is not case %1").arg(key);
        return r;
    }
    int newVersion = version;
    QString newStatus = status;
    if (kind == u"create") {
        if (exists) return conflict(QStringLiteral("case %1 exists already on the central service").arg(key));
        newVersion = 1;
        newStatus = change.value(u"status").toString(snapshot.value(u"status").toString());
    } else if (kind == u"transition") {
        if (!exists) return conflict(QStringLiteral("case %1 is not on the central service").arg(key));
        // The server owns the workflow once a case is submitted: a change made from an older
        // version than the server's is shown to an officer, never applied over the newer one.
        if (version != base)
            return conflict(QStringLiteral("case %1 was changed at the central service (now %2, version %3)")
                                .arg(key, status)
                                .arg(version));
        newVersion = base + 1;
        newStatus = change.value(u"status").toString();
    } else if (kind == u"urgent") {
        if (!exists) return conflict(QStringLiteral("case %1 is not on the central service").arg(key));
        // Priority is not workflow: applied whatever the version (see CaseStore::setUrgent).
    } else {
        r.result = QStringLiteral("rejected");
        r.code = QStringLiteral("unknown_op");
        r.reason = QStringLiteral("unknown change \"%1\"").arg(kind);
        return r;
    }
    const qint64 seq = nextSeq();
    if (seq == 0) {
        if (error) *error = QStringLiteral("cannot advance the status sequence: %1").arg(db().lastError().text());
        return std::nullopt;
    }
    const bool written =
        exists ? exec(QStringLiteral("UPDATE central_case SET version = ?, status = ?, payload = ?, payload_sha256 = ?, "
                                     "workstation = ?, updated_at = ?, status_seq = ?, status_by = ? WHERE case_number = ?"),
                      {newVersion, newStatus, payload, payloadSha, workstation, nowIso(), seq, workstation, key}, error) != nullptr
               : exec(QStringLiteral("INSERT INTO central_case(case_number, version, status, payload, payload_sha256, workstation, "
                                     "updated_at, status_seq, status_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {key, newVersion, newStatus, payload, payloadSha, workstation, nowIso(), seq, workstation}, error) != nullptr;
    if (!written) return std::nullopt;
    cases.insert(key, {newVersion, newStatus});
    r.result = QStringLiteral("applied");
    r.serverVersion = newVersion;
    r.serverStatus = newStatus;
    return r;
}

bool CentralStore::recordBlob(const QString &sha256, qint64 size)
{
    QSqlQuery q(db());
    return run(q, QStringLiteral("INSERT INTO blob(sha256, size, stored_at) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING"),
               {sha256, size, nowIso()});
}


bool CentralStore::recordPackedBlobs(const QString &pack, const QList<PackedBlob> &blobs)
{
    QSqlDatabase d = db();
    if (!d.transaction()) return false;
    const QString now = nowIso();
    for (qsizetype first = 0; first < blobs.size(); first += kRowsPerStatement) {
        const QList<PackedBlob> part = blobs.mid(first, kRowsPerStatement);
        QVariantList places, rows;
        for (const PackedBlob &b : part) {
            places << b.sha256 << pack << b.offset;
            rows << b.sha256 << b.size << now;
        }
        const bool ok =
            exec(QStringLiteral("INSERT INTO blob_pack(sha256, pack, pack_offset) VALUES %1 ON CONFLICT (sha256) DO NOTHING")
                     .arg(placeholders(part.size(), 3)),
                 places) &&
            exec(QStringLiteral("INSERT INTO blob(sha256, size, stored_at) VALUES %1 ON CONFLICT (sha256) DO NOTHING")
                     .arg(placeholders(part.size(), 3)),
                 rows);
        if (!ok) {
            d.rollback();
            return false;
        }
    }
    return d.commit();
}

QSet<QString> CentralStore::heldBlobs(const QStringList &sha256s)
{
    QSet<QString> held;
    for (qsizetype first = 0; first < sha256s.size(); first += kRowsPerStatement) {
        const QStringList part = sha256s.mid(first, kRowsPerStatement);
        QVariantList args;
        for (const QString &sha : part) args << sha;
        QSqlQuery *q = exec(QStringLiteral("SELECT sha256 FROM blob WHERE sha256 IN (%1)")
                                .arg(QStringList(part.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
                            args);
        if (!q) continue;  // then the batch is written again: harmless, ON CONFLICT keeps the first
        while (q->next()) held.insert(q->value(0).toString());
        q->finish();
    }
    return held;
}

QList<std::pair<QString, CentralStore::PackedBlob>> CentralStore::allBlobs(QStringList *packs)
{
    QList<std::pair<QString, PackedBlob>> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    run(q, QStringLiteral("SELECT b.sha256, b.size, p.pack, p.pack_offset FROM blob b LEFT JOIN blob_pack p ON p.sha256 = b.sha256 "
                          "ORDER BY b.sha256"),
        {});
    while (q.next()) {
        out.append({q.value(0).toString(), PackedBlob{q.value(0).toString(), q.value(3).toLongLong(), q.value(1).toLongLong()}});
        if (packs) *packs << q.value(2).toString();
    }
    return out;
}

std::optional<std::pair<QString, CentralStore::PackedBlob>> CentralStore::packedBlob(const QString &sha256)
{
    QSqlQuery q(db());
    run(q, QStringLiteral("SELECT p.pack, p.pack_offset, b.size FROM blob_pack p JOIN blob b ON b.sha256 = p.sha256 "
                          "WHERE p.sha256 = ?"),
        {sha256});
    if (!q.next()) return std::nullopt;
    return std::make_pair(q.value(0).toString(), PackedBlob{sha256, q.value(1).toLongLong(), q.value(2).toLongLong()});
}

QJsonObject CentralStore::pull(const QString &stream, qint64 cursor, int limit, const QString &workstation)
{
    QSqlQuery q(db());
    QJsonArray items;
    qint64 last = cursor;
    if (stream == u"case-status") {
        // A workstation's own pushes are not sent back to it (it has them): only what the back
        // office or another workstation changed last. The cursor passes the skipped ones too.
        run(q, QStringLiteral("SELECT status_seq, case_number, status, version, status_by FROM central_case WHERE status_seq > ? "
                              "ORDER BY status_seq LIMIT ?"),
            {cursor, limit + 1});
        for (int scanned = 0; q.next(); ++scanned) {
            if (scanned == limit) break;  // the row past the page: there is more
            last = q.value(0).toLongLong();
            if (!workstation.isEmpty() && q.value(4).toString() == workstation) continue;
            items.append(QJsonObject{{"caseNumber", q.value(1).toString()}, {"status", q.value(2).toString()},
                                     {"version", q.value(3).toInt()}});
        }
    } else if (stream == u"appointments") {
        run(q, QStringLiteral("SELECT seq, body FROM appointment WHERE seq > ? ORDER BY seq LIMIT ?"), {cursor, limit + 1});
        while (q.next() && items.size() < limit) {
            last = q.value(0).toLongLong();
            items.append(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        }
    }
    const bool more = q.isActive() && q.isValid();
    return QJsonObject{{"stream", stream}, {"items", items}, {"cursor", QString::number(last)}, {"more", more}};
}

std::optional<OpResult> CentralStore::moveCaseStatus(const QString &caseNumber, const QString &status, QString *error)
{
    if (!core::caseStatusFromKey(status)) {
        QStringList keys;
        for (core::CaseStatus s : core::allCaseStatuses()) keys << core::caseStatusKey(s);
        if (error) *error = QStringLiteral("unknown status %1 (one of %2)").arg(status, keys.join(u", "));
        return std::nullopt;
    }
    QSqlDatabase d = db();
    d.transaction();
    QSqlQuery q(d);
    run(q, QStringLiteral("SELECT version FROM central_case WHERE case_number = ?"), {caseNumber});
    if (!q.next()) {
        d.rollback();
        if (error) *error = QStringLiteral("case %1 is not on the central service").arg(caseNumber);
        return std::nullopt;
    }
    const int version = q.value(0).toInt() + 1;
    const qint64 seq = nextSeq();
    if (!run(q, QStringLiteral("UPDATE central_case SET status = ?, version = ?, updated_at = ?, status_seq = ?, "
                               "status_by = ? WHERE case_number = ?"),
             {status, version, nowIso(), seq, QStringLiteral("back-office"), caseNumber}, error)) {
        d.rollback();
        return std::nullopt;
    }
    d.commit();
    OpResult r;
    r.result = QStringLiteral("applied");
    r.serverVersion = version;
    r.serverStatus = status;
    return r;
}

bool CentralStore::addAppointment(const QJsonObject &appointment, QString *error)
{
    QSqlDatabase d = db();
    d.transaction();
    const qint64 seq = nextSeq();
    QJsonObject a = appointment;
    if (a.value(u"id").toString().isEmpty()) a.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    QSqlQuery q(d);
    if (!run(q, QStringLiteral("INSERT INTO appointment(seq, id, body, created_at) VALUES (?, ?, ?, ?)"),
             {seq, a.value(u"id").toString(), QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)), nowIso()},
             error)) {
        d.rollback();
        return false;
    }
    return d.commit();
}

bool CentralStore::addEnrolmentCode(const QString &codeHash, const QString &workstation, const QString &expiresAt)
{
    QSqlQuery q(db());
    return run(q, QStringLiteral("INSERT INTO enrolment(code_hash, workstation, expires_at) VALUES (?, ?, ?)"),
               {codeHash, workstation, expiresAt});
}

std::optional<QString> CentralStore::useEnrolmentCode(const QString &codeHash, const QString &now)
{
    QSqlQuery q(db());
    run(q, QStringLiteral("SELECT workstation FROM enrolment WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?"),
        {codeHash, now});
    if (!q.next()) return std::nullopt;
    const QString ws = q.value(0).toString();
    run(q, QStringLiteral("UPDATE enrolment SET used_at = ? WHERE code_hash = ?"), {now, codeHash});
    return ws;
}

QJsonObject CentralStore::counts()
{
    QJsonObject o;
    QSqlQuery q(db());
    for (const char *t : {"central_case", "notification", "entity_op", "blob", "applied_op", "appointment", "enrolment"}) {
        run(q, QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(t)), {});
        o.insert(QString::fromLatin1(t), q.next() ? q.value(0).toLongLong() : -1);
    }
    return o;
}

QJsonArray CentralStore::listCases(int limit)
{
    QJsonArray a;
    QSqlQuery q(db());
    run(q, QStringLiteral("SELECT case_number, status, version, payload_sha256, workstation, updated_at FROM central_case "
                          "ORDER BY case_number LIMIT ?"),
        {limit});
    while (q.next())
        a.append(QJsonObject{{"caseNumber", q.value(0).toString()}, {"status", q.value(1).toString()},
                             {"version", q.value(2).toInt()}, {"payloadSha256", q.value(3).toString()},
                             {"workstation", q.value(4).toString()}, {"updatedAt", q.value(5).toString()}});
    return a;
}

QJsonArray CentralStore::listNotifications(int limit)
{
    QJsonArray a;
    QSqlQuery q(db());
    run(q, QStringLiteral("SELECT op_id, case_number, state, payload_sha256 FROM notification ORDER BY op_id LIMIT ?"),
        {limit});
    while (q.next())
        a.append(QJsonObject{{"opId", q.value(0).toString()}, {"caseNumber", q.value(1).toString()},
                             {"state", q.value(2).toString()}, {"payloadSha256", q.value(3).toString()}});
    return a;
}

QJsonObject CentralStore::caseHashes()
{
    QJsonObject o;
    QSqlQuery q(db());
    run(q, QStringLiteral("SELECT case_number, payload_sha256 FROM central_case"), {});
    while (q.next()) o.insert(q.value(0).toString(), q.value(1).toString());
    return o;
}

} // namespace ow::central
