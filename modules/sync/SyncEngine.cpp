#include "sync/SyncEngine.h"

#include "core/CaseStatus.h"
#include "storage/Vault.h"
#include "storage/Blobs.h"
#include "storage/Cases.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/Statement.h"
#include "sync/InboxApplier.h"
#include "sync/Logging.h"
#include "sync/SyncProblems.h"
#include "sync/Wire.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>
#include <QUrl>

#include <future>

namespace ow::sync {
namespace {

QString iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

const QStringList &pullStreams()
{
    static const QStringList s{"case-status", "appointments", "catalog", "calendar", "officers"};
    return s;
}

core::Status setState(storage::Database &db, const QString &key, const QString &value)
{
    storage::Statement st(db, "INSERT INTO sync_state(key, value) VALUES (?1, ?2) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    return st.exec();
}

QString state(storage::Database &db, const QString &key)
{
    storage::Statement st(db, "SELECT value FROM sync_state WHERE key = ?1");
    st.bind(1, key);
    auto r = st.step();
    return r && r.value() ? st.text(0) : QString();
}

std::optional<QJsonObject> jsonBody(const HttpReply &r)
{
    QJsonParseError e{};
    const QJsonDocument d = QJsonDocument::fromJson(r.body, &e);
    if (e.error != QJsonParseError::NoError || !d.isObject()) return std::nullopt;
    return d.object();
}

core::Error badAnswer(const HttpReply &r)
{
    return core::makeError(QStringLiteral("sync.bad_answer"),
                           QCoreApplication::translate("ow::sync", "The central service gave an answer this workstation does not understand."),
                           QString::fromUtf8(r.body.left(200)));
}

} // namespace

QJsonObject SyncStatus::toJson() const
{
    return QJsonObject{{"configured", configured},
                       {"lastSuccess", lastSuccess.isValid() ? iso(lastSuccess) : QJsonValue()},
                       {"lastAttempt", lastAttempt.isValid() ? iso(lastAttempt) : QJsonValue()},
                       {"pending", pending},
                       {"conflicts", conflicts},
                       {"rejected", rejected},
                       {"failuresInRow", failuresInRow},
                       {"lastFailureCode", lastFailureCode},
                       {"lastFailure", lastFailure},
                       {"lastConflict", lastConflict},
                       {"statusConflicts", statusConflicts},
                       {"problems", problems},
                       {"lastApplyProblem", lastApplyProblem}};
}

QJsonObject SyncReport::toJson() const
{
    QJsonObject o{{"ok", ok()},           {"applied", applied},         {"duplicates", duplicates},
                  {"conflicts", conflicts}, {"rejected", rejected},     {"blobsUploaded", blobsUploaded},
                  {"blobBytes", blobBytes}, {"pulled", pulled},         {"bytesSent", bytesSent},
                  {"bytesReceived", bytesReceived}, {"passes", passes}, {"blobMs", blobMs}, {"pushMs", pushMs}, {"pullMs", pullMs}, {"problems", QJsonArray::fromStringList(problems)},
                  {"statusApplied", statusApplied}, {"statusConflicts", statusConflicts},
                  {"officersChanged", officersChanged}, {"calendarYears", calendarYears},
                  {"catalogVersion", catalogVersion}};
    if (failure) {
        o.insert(QStringLiteral("code"), failure->code);
        o.insert(QStringLiteral("error"), failure->message);
        o.insert(QStringLiteral("detail"), failure->detail);
    }
    return o;
}

core::Result<SyncStatus> readSyncStatus(storage::Database &db, bool configured)
{
    SyncStatus s;
    s.configured = configured;
    storage::Statement counts(db, "SELECT sum(state = 'pending'), sum(state = 'conflict'), sum(state = 'rejected') FROM outbox");
    auto r = counts.step();
    if (!r) return r.error();
    s.pending = counts.int64(0);
    s.conflicts = counts.int64(1);
    s.rejected = counts.int64(2);
    s.lastSuccess = QDateTime::fromString(state(db, QStringLiteral("lastSuccess")), Qt::ISODateWithMs);
    s.lastAttempt = QDateTime::fromString(state(db, QStringLiteral("lastAttempt")), Qt::ISODateWithMs);
    s.failuresInRow = state(db, QStringLiteral("failuresInRow")).toInt();
    s.lastFailureCode = state(db, QStringLiteral("lastFailureCode"));
    s.lastFailure = state(db, QStringLiteral("lastFailure"));
    s.lastConflict = state(db, QStringLiteral("lastConflict"));
    s.lastApplyProblem = state(db, QStringLiteral("lastApplyProblem"));
    storage::Statement held(db, "SELECT count(*) FROM sync_status_conflict WHERE state = 'open'");
    if (auto h = held.step(); !h) return h.error();
    s.statusConflicts = held.int64(0);
    auto problems = countSyncProblems(db);
    if (!problems) return problems.error();
    s.problems = problems.value();
    return s;
}

QJsonObject caseSnapshot(const storage::CaseRecord &c, const QStringList &blobHashes)
{
    return QJsonObject{{"caseNumber", c.caseNumber},
                       {"status", core::caseStatusKey(c.status)},
                       {"matterCode", c.matterCode},
                       {"catalogVersion", c.catalogVersion},
                       {"officer", c.officer},
                       {"createdAt", iso(c.createdAt)},
                       {"updatedAt", iso(c.updatedAt)},
                       {"version", c.version},
                       {"urgent", c.urgent},
                       {"deadline", c.deadline.isValid() ? c.deadline.toString(Qt::ISODate) : QJsonValue()},
                       {"applicantName", c.applicantName},
                       {"idNumber", c.idNumber},
                       {"address", c.address},
                       {"phone", c.phone},
                       {"payload", c.payload},
                       {"blobs", QJsonArray::fromStringList(blobHashes)}};
}

std::chrono::milliseconds backoffDelay(int failuresInRow, const SyncSettings &s, quint32 random)
{
    const int exponent = qBound(0, failuresInRow - 1, 20);
    const qint64 full = qMin<qint64>(qint64(s.backoffBaseMs) << exponent, s.backoffMaxMs);
    const qint64 half = full / 2;
    return std::chrono::milliseconds(half + (half > 0 ? qint64(random % quint64(half + 1)) : 0));
}

SyncEngine::SyncEngine(storage::Database &db, std::shared_ptr<const storage::Vault> vault, storage::AuditLog &audit,
                       SyncSettings settings, const core::Clock &clock)
    : m_db(db), m_vault(std::move(vault)), m_audit(audit), m_settings(std::move(settings)), m_clock(clock),
      m_transport(m_settings)
{
}

SyncEngine::~SyncEngine() = default;

SyncReport SyncEngine::runOnce()
{
    SyncReport report;
    report.passes = 1;
    (void)setState(m_db, QStringLiteral("lastAttempt"), iso(m_clock.now()));
    if (auto st = m_transport.preflight(); !st) report.failure = st.error();
    QElapsedTimer phase;
    phase.start();
    if (!report.failure) report.failure = uploadBlobs(report);
    report.blobMs = phase.restart();
    if (!report.failure) report.failure = pushOutbox(report);
    report.pushMs = phase.restart();
    if (!report.failure) report.failure = pull(report);
    // What earlier passes pulled but could not apply (a stop mid-way) is applied too.
    if (!report.failure) report.failure = applyInbox(report);
    report.pullMs = phase.elapsed();
    // A pass stopped on purpose (logout) is not a failure to show at the next login.
    if (!report.failure || report.failure->code != u"sync.cancelled") recordOutcome(report);
    return report;
}

SyncReport SyncEngine::runUntilDone(int passes)
{
    SyncReport total;
    for (int i = 0; i < passes; ++i) {
        SyncReport r = runOnce();
        total.applied += r.applied;
        total.duplicates += r.duplicates;
        total.conflicts += r.conflicts;
        total.rejected += r.rejected;
        total.blobsUploaded += r.blobsUploaded;
        total.blobBytes += r.blobBytes;
        total.pulled += r.pulled;
        total.statusApplied += r.statusApplied;
        total.statusConflicts += r.statusConflicts;
        total.officersChanged += r.officersChanged;
        total.calendarYears += r.calendarYears;
        if (!r.catalogVersion.isEmpty()) total.catalogVersion = r.catalogVersion;
        total.bytesSent += r.bytesSent;
        total.bytesReceived += r.bytesReceived;
        total.passes += 1;
        total.blobMs += r.blobMs;
        total.pushMs += r.pushMs;
        total.pullMs += r.pullMs;
        total.problems += r.problems;
        total.failure = r.failure;
        if (r.ok()) break;
        // Settings or certificates will not mend by waiting; a stop is a stop.
        const QString code = r.failure->code;
        if (code == u"sync.cancelled" || code == u"sync.not_configured" || code == u"sync.not_enrolled" || code == u"sync.certificate_expired" ||
            code == u"sync.untrusted_server" || code == u"sync.client_certificate" || code == u"sync.clock")
            break;
        if (i + 1 < passes) {
            const int failures = state(m_db, QStringLiteral("failuresInRow")).toInt();
            const auto wait = backoffDelay(failures, m_settings, QRandomGenerator::global()->generate());
            qCInfo(lcSync) << "sync failed (" << code << "), next try in" << wait.count() << "ms";
            QThread::msleep(ulong(wait.count()));
        }
    }
    return total;
}

void SyncEngine::recordOutcome(const SyncReport &report)
{
    storage::Transaction tx(m_db);
    if (report.failure) {
        qCWarning(lcSync) << "sync failed:" << report.failure->code << report.failure->detail;
        (void)setState(m_db, QStringLiteral("failuresInRow"),
                       QString::number(state(m_db, QStringLiteral("failuresInRow")).toInt() + 1));
        (void)setState(m_db, QStringLiteral("lastFailureCode"), report.failure->code);
        (void)setState(m_db, QStringLiteral("lastFailure"), report.failure->message);
    } else {
        (void)setState(m_db, QStringLiteral("lastSuccess"), iso(m_clock.now()));
        (void)setState(m_db, QStringLiteral("failuresInRow"), QStringLiteral("0"));
        (void)setState(m_db, QStringLiteral("lastFailureCode"), QString());
        (void)setState(m_db, QStringLiteral("lastFailure"), QString());
    }
    if (!report.problems.isEmpty()) (void)setState(m_db, QStringLiteral("lastConflict"), report.problems.last());
    (void)tx.commit();
}

namespace {

// One round of small-blob uploads: up to parallelUploads batch requests, and the large blobs met
// on the way (uploaded resumably afterwards).
struct BlobWave {
    QList<HttpRequest> requests;
    QList<QSet<QString>> hashes;  // per request
    QHash<QString, qint64> sizes;
    QStringList large;
    QString last;  // keyset position: the next wave starts after it
    bool empty = true;
    std::optional<core::Error> error;
};

// Reads, opens and frames the blobs after `after` that the service lacks. Runs on a helper thread
// while the previous wave is on the wire, so the decrypting and hashing here overlap the upload
// and the service's work instead of adding to them; the caller keeps the database to this thread
// meanwhile.
BlobWave prepareWave(storage::Database &db, const std::shared_ptr<const storage::Vault> &vault, storage::AuditLog &audit,
                     const core::Clock &clock, const SyncSettings &settings, const QString &after)
{
    BlobWave w;
    storage::BlobStore blobs(db, vault, audit, clock);
    const int batches = qMax(1, settings.parallelUploads);
    storage::Statement st(db, "SELECT sha256, max(size) FROM blob_store WHERE sha256 > ?1 AND sha256 NOT IN "
                              "(SELECT sha256 FROM sync_blob) GROUP BY sha256 ORDER BY sha256 LIMIT ?2");
    st.bind(1, after).bind(2, 4096);
    for (auto r = st.step(); r && r.value(); r = st.step()) {
        const QString sha = st.text(0);
        const qint64 size = st.int64(1);
        w.empty = false;
        if (size > settings.blobChunk) {
            w.large << sha;
            w.last = sha;
            continue;
        }
        const bool full = !w.requests.isEmpty() && w.requests.last().body.size() + size + 72 > settings.blobBatchBytes;
        if (full && w.requests.size() == batches) break;
        auto bytes = blobs.get(sha);
        if (!bytes) {
            w.error = bytes.error();
            return w;
        }
        if (w.requests.isEmpty() || full) {
            w.requests.append({"POST", QStringLiteral("/v1/blobs"), {}, false});
            w.requests.last().body.reserve(settings.blobBatchBytes + 4096);
            w.hashes.append(QSet<QString>());
        }
        QByteArray &body = w.requests.last().body;
        body += sha.toLatin1();
        const quint64 len = quint64(bytes->size());
        for (int i = 7; i >= 0; --i) body.append(char((len >> (8 * i)) & 0xFF));
        body += bytes.value();
        w.hashes.last().insert(sha);
        w.sizes.insert(sha, bytes->size());
        w.last = sha;
    }
    return w;
}

} // namespace

std::optional<core::Error> SyncEngine::markUploaded(const QStringList &hashes)
{
    storage::Transaction tx(m_db);
    const QString now = iso(m_clock.now());
    for (const QString &sha : hashes) {
        storage::Statement st(m_db, "INSERT OR IGNORE INTO sync_blob(sha256, uploaded_at) VALUES (?1, ?2)");
        st.bind(1, sha).bind(2, now);
        if (auto s = st.exec(); !s) return s.error();
    }
    if (auto s = tx.commit(); !s) return s.error();
    return std::nullopt;
}

std::optional<core::Error> SyncEngine::uploadBlobs(SyncReport &report)
{
    // Scans from the start until a scan finds nothing: a blob stored meanwhile (a case accepted
    // during the sync) is caught before its case is pushed.
    for (;;) {
        BlobWave wave = prepareWave(m_db, m_vault, m_audit, m_clock, m_settings, QString());
        if (wave.error) return wave.error;
        if (wave.empty) return std::nullopt;
        while (!wave.empty) {
            // The next wave is read while this one is on the wire.
            auto next = std::async(std::launch::async, prepareWave, std::ref(m_db), std::cref(m_vault), std::ref(m_audit),
                                   std::cref(m_clock), std::cref(m_settings), wave.last);
            const QList<HttpReply> replies = wave.requests.isEmpty() ? QList<HttpReply>() : m_transport.perform(wave.requests);
            BlobWave following = next.get();
            QStringList done;
            for (qsizetype k = 0; k < replies.size(); ++k) {
                const HttpReply &r = replies[k];
                report.bytesSent += r.bytesSent;
                report.bytesReceived += r.bytesReceived;
                if (!r.answered() || r.status != 200) return Transport::describe(r);
                auto o = jsonBody(r);
                if (!o) return badAnswer(r);
                for (const QJsonValue &v : o->value(u"results").toArray()) {
                    const QJsonObject res = v.toObject();
                    const QString sha = res.value(u"sha256").toString();
                    if (!wave.hashes[k].contains(sha)) continue;
                    if (!res.value(u"complete").toBool())
                        return core::makeError(QStringLiteral("sync.blob_refused"),
                                               QCoreApplication::translate("ow::sync", "The central service refused a photo or scan (%1).")
                                                   .arg(res.value(u"code").toString()),
                                               sha);
                    done << sha;
                    report.blobsUploaded += 1;
                    report.blobBytes += wave.sizes.value(sha);
                }
            }
            if (auto e = markUploaded(done)) return e;
            for (qsizetype first = 0; first < wave.large.size(); first += qMax(1, m_settings.parallelUploads))
                if (auto e = uploadLarge(wave.large.mid(first, qMax(1, m_settings.parallelUploads)), report)) return e;
            if (following.error) return following.error;
            wave = std::move(following);
        }
    }
}

std::optional<core::Error> SyncEngine::uploadLarge(const QStringList &todo, SyncReport &report)
{
    storage::BlobStore blobs(m_db, m_vault, m_audit, m_clock);
    struct Upload {
        QString sha;
        QByteArray bytes;
        qint64 offset = 0;
        bool done = false;
    };
    // Every upload starts with a PUT at offset 0, without asking first: the server answers 409
    // with the bytes it holds when an earlier upload was cut short (then the upload goes on from
    // there) and "complete" at once when it has the blob, so one request suffices for a blob the
    // service has however often the sync was interrupted.
    QList<Upload> ups;
    for (const QString &sha : todo) {
        auto bytes = blobs.get(sha);
        if (!bytes) return bytes.error();
        ups.append({sha, bytes.value()});
    }
    for (;;) {
        QList<HttpRequest> puts;
        QList<int> which;
        for (int i = 0; i < ups.size(); ++i) {
            if (ups[i].done) continue;
            const qint64 total = ups[i].bytes.size();
            const QByteArray chunk = ups[i].bytes.mid(ups[i].offset, m_settings.blobChunk);
            puts.append({"PUT", QStringLiteral("/v1/blobs/%1?offset=%2&total=%3").arg(ups[i].sha).arg(ups[i].offset).arg(total),
                         chunk, false});
            which << i;
        }
        if (puts.isEmpty()) break;
        const QList<HttpReply> replies = m_transport.perform(puts);
        for (int k = 0; k < replies.size(); ++k) {
            const HttpReply &r = replies[k];
            Upload &u = ups[which[k]];
            report.bytesSent += r.bytesSent;
            report.bytesReceived += r.bytesReceived;
            if (!r.answered()) return Transport::describe(r);
            auto o = jsonBody(r);
            if ((r.status == 200 || r.status == 409) && o) {
                // 409: the server holds another amount than we thought; go on from there.
                u.offset = o->value(u"received").toInteger();
                u.done = o->value(u"complete").toBool();
                if (u.done) {
                    report.blobsUploaded += 1;
                    report.blobBytes += u.bytes.size();
                }
                continue;
            }
            return Transport::describe(r);
        }
    }
    return markUploaded(todo);
}

namespace {

struct PushRow {
    qint64 id = 0;
    QString opId, entity, key;
    int baseVersion = 0;
};

// One push request: the next pending outbox operations after outbox row `afterId`, with the
// payloads as stored now. Built on a helper thread while the previous batch is at the service.
struct PushBatch {
    QList<PushRow> rows;
    QByteArray body;  // gzip of the request JSON, made here rather than on the sending thread
    std::optional<core::Error> error;
};

PushBatch preparePush(storage::Database &db, const std::shared_ptr<const storage::Vault> &vault, storage::AuditLog &audit,
                      const core::Clock &clock, int batchSize, qint64 afterId)
{
    PushBatch b;
    storage::CaseStore cases(db, vault, audit, QStringLiteral("00"), false, clock);
    storage::BlobStore blobs(db, vault, audit, clock);
    {
        storage::Statement st(db, "SELECT id, op_id, entity, entity_key, base_version FROM outbox "
                                  "WHERE state = 'pending' AND id > ?1 ORDER BY id LIMIT ?2");
        st.bind(1, afterId).bind(2, batchSize);
        for (auto r = st.step(); r && r.value(); r = st.step())
            b.rows.append({st.int64(0), st.text(1), st.text(2), st.text(3), int(st.int64(4))});
    }
    QJsonArray ops;
    for (const PushRow &row : std::as_const(b.rows)) {
        auto change = storage::openOutboxOperation(db, *vault, row.opId);
        if (!change) {
            b.error = change.error();
            return b;
        }
        QByteArray payload;
        QJsonObject sent = change.value();
        if (row.entity == u"case") {
            // The case as stored now, whole and decrypted: the service keeps the newest.
            auto c = cases.findByNumber(row.key);
            if (!c || !c.value()) {
                b.error = !c ? c.error()
                             : core::makeError(QStringLiteral("sync.case_missing"),
                                               QCoreApplication::translate("ow::sync", "Case %1 is queued for the central service but is not stored "
                                                                                       "on this workstation.")
                                                   .arg(row.key));
                return b;
            }
            auto linked = blobs.listForCase(row.key);
            if (!linked) {
                b.error = linked.error();
                return b;
            }
            QStringList hashes;
            for (const auto &bl : linked.value()) hashes << bl.sha256;
            payload = compact(caseSnapshot(*c.value(), hashes));
            // What changed, without the personal data the snapshot carries anyway.
            sent = QJsonObject{{"op", change->value(u"op").toString(QStringLiteral("create"))}, {"status", change->value(u"status")}};
        } else {
            payload = compact(change.value());
            sent = QJsonObject{{"op", change->value(u"op")}};
        }
        ops.append(QJsonObject{{"opId", row.opId},
                               {"entity", row.entity},
                               {"entityKey", row.key},
                               {"baseVersion", row.baseVersion},
                               {"change", sent},
                               {"payload", QString::fromUtf8(payload)},
                               {"payloadSha256", sha256Hex(payload)}});
    }
    b.body = gzip(compact(QJsonObject{{"protocol", kProtocolVersion}, {"ops", ops}}));
    return b;
}

std::optional<core::Error> recordAnswers(storage::Database &db, const core::Clock &clock, const QList<PushRow> &rows,
                                         const QJsonObject &answer, SyncReport &report);

} // namespace

std::optional<core::Error> SyncEngine::pushOutbox(SyncReport &report)
{
    PushBatch batch = preparePush(m_db, m_vault, m_audit, m_clock, m_settings.batchSize, 0);
    for (;;) {
        if (batch.error) return batch.error;
        if (batch.rows.isEmpty()) return std::nullopt;
        const QList<PushRow> rows = batch.rows;
        // The next batch is built while this one is at the service; the database stays with
        // the helper until it is done.
        auto next = std::async(std::launch::async, preparePush, std::ref(m_db), std::cref(m_vault), std::ref(m_audit),
                               std::cref(m_clock), m_settings.batchSize, rows.last().id);
        HttpRequest push{"POST", QStringLiteral("/v1/push"), batch.body, false};
        push.bodyGzipped = true;
        const HttpReply r = m_transport.perform(push);
        batch = next.get();
        report.bytesSent += r.bytesSent;
        report.bytesReceived += r.bytesReceived;
        {
            // Counted whether or not an answer came: attempts tell an officer how long an
            // operation has been going without one.
            storage::Transaction tx(m_db);
            for (const PushRow &row : rows) {
                storage::Statement st(m_db, "UPDATE outbox SET attempts = attempts + 1 WHERE op_id = ?1");
                st.bind(1, row.opId);
                if (auto s = st.exec(); !s) return s.error();
            }
            auto answer = r.answered() && r.status == 200 ? jsonBody(r) : std::nullopt;
            if (!answer || !answer->value(u"results").isArray()) {
                (void)tx.commit();
                return r.answered() && r.status == 200 ? badAnswer(r) : Transport::describe(r);
            }
            if (auto e = recordAnswers(m_db, m_clock, rows, *answer, report)) return e;
            if (auto s = tx.commit(); !s) return s.error();
        }
    }
}

namespace {

std::optional<core::Error> recordAnswers(storage::Database &db, const core::Clock &clock, const QList<PushRow> &rows,
                                         const QJsonObject &answer, SyncReport &report)
{
    int answered = 0;
    QHash<QString, const PushRow *> byOpId;
    byOpId.reserve(rows.size());
    for (const PushRow &row : rows) byOpId.insert(row.opId, &row);
    for (const QJsonValue &v : answer.value(u"results").toArray()) {
        const QJsonObject res = v.toObject();
        QString result = res.value(u"result").toString();
        const QString code = res.value(u"code").toString();
        const QString opId = res.value(u"opId").toString();
        const PushRow *row = byOpId.value(opId);
        if (!row) continue;
        // A duplicate repeats what the op came to the first time.
        QString finalState = QStringLiteral("sent");
        if (result == u"conflict" || (result == u"duplicate" && code.startsWith(u"conflict")))
            finalState = QStringLiteral("conflict");
        else if (result == u"rejected" || (result == u"duplicate" && code.startsWith(u"rejected")))
            finalState = QStringLiteral("rejected");
        else if (result != u"applied" && result != u"duplicate")
            continue;  // an answer this version does not know: leave the op pending
        if (result == u"applied") report.applied += 1;
        else if (result == u"duplicate") report.duplicates += 1;
        if (finalState == u"conflict") {
            report.conflicts += 1;
            report.problems << QCoreApplication::translate("ow::sync", "Case %1 was changed at the central service (now %2): open it and check it "
                                  "before changing it again.")
                                   .arg(row->key, core::caseStatusFromKey(res.value(u"serverStatus").toString())
                                                      ? core::caseStatusDisplayName(*core::caseStatusFromKey(
                                                            res.value(u"serverStatus").toString()))
                                                      : res.value(u"serverStatus").toString());
        } else if (finalState == u"rejected") {
            report.rejected += 1;
            report.problems << QCoreApplication::translate("ow::sync", "The central service rejected %1 because: %2")
                                   .arg(row->key, res.value(u"reason").toString(code));
        }
        storage::Statement st(db, "UPDATE outbox SET state = ?1, result = ?2, server_version = ?3, reason = ?4, "
                                  "answered_at = ?5, server_status = ?7 WHERE op_id = ?6 AND state = 'pending'");
        st.bind(1, finalState).bind(2, result).bind(3, res.value(u"serverVersion").toInt());
        st.bind(4, res.value(u"reason").toString()).bind(5, iso(clock.now())).bind(6, opId);
        st.bind(7, res.value(u"serverStatus").toString());
        if (auto s = st.exec(); !s) return s.error();
        ++answered;
    }
    // An answer that settles nothing is not understood: better to stop and say so than to go
    // on as if the batch had gone through.
    if (answered == 0 && !rows.isEmpty())
        return core::makeError(QStringLiteral("sync.bad_answer"),
                               QCoreApplication::translate("ow::sync", "The central service gave an answer this workstation does not understand."),
                               QStringLiteral("push answer settles none of %1 operations").arg(rows.size()));
    return std::nullopt;
}

} // namespace

std::optional<core::Error> SyncEngine::applyInbox(SyncReport &report)
{
    InboxApplier applier(m_db, m_audit, QFileInfo(m_db.path()).absolutePath(), m_clock);
    auto done = applier.apply();
    if (!done) return done.error();
    report.statusApplied += done->statusApplied;
    report.statusConflicts += done->statusConflicts;
    report.officersChanged += done->officersCreated + done->officersUpdated;
    report.calendarYears += done->calendarYears;
    if (!done->catalogVersion.isEmpty()) report.catalogVersion = done->catalogVersion;
    for (const QString &p : done->problems) report.problems << p;
    if (done->statusConflicts > 0)
        report.problems << QCoreApplication::translate("ow::sync", "The back office moved %n case(s) with a change made "
                                                                   "here not yet accepted (%1): settle them in Sync problems.",
                                                       nullptr, done->statusConflicts)
                               .arg(done->heldBack.join(QStringLiteral(", ")));
    return std::nullopt;
}

QString SyncEngine::inboxBody(const QString &stream, const QByteArray &json) const
{
    // Appointments carry citizens' names, ID numbers and phones: sealed at rest like every other
    // personal datum (casework's appointment book opens them). The other streams hold none.
    if (stream != u"appointments") return QString::fromUtf8(json);
    return QStringLiteral("sealed:") +
           QString::fromLatin1(m_vault->seal(json, QByteArray("inbox:") + stream.toUtf8()).toBase64());
}

std::optional<core::Error> SyncEngine::pull(SyncReport &report)
{
    for (const QString &stream : pullStreams()) {
        for (int page = 0; page < 1000; ++page) {
            QString cursor;
            {
                storage::Statement st(m_db, "SELECT cursor FROM sync_cursor WHERE stream = ?1");
                st.bind(1, stream);
                auto r = st.step();
                if (r && r.value()) cursor = st.text(0);
            }
            const HttpReply r = m_transport.perform(HttpRequest{
                "GET", QStringLiteral("/v1/pull/%1?cursor=%2&limit=500").arg(stream, QString::fromLatin1(QUrl::toPercentEncoding(cursor))),
                {}, false});
            report.bytesReceived += r.bytesReceived;
            if (!r.answered() || r.status != 200) return Transport::describe(r);
            auto o = jsonBody(r);
            if (!o) return badAnswer(r);
            const QJsonArray items = o->value(u"items").toArray();
            storage::Transaction tx(m_db);
            for (const QJsonValue &item : items) {
                storage::Statement st(m_db, "INSERT INTO sync_inbox(stream, body, received_at) VALUES (?1, ?2, ?3)");
                st.bind(1, stream).bind(2, inboxBody(stream, compact(item.toObject()))).bind(3, iso(m_clock.now()));
                if (auto s = st.exec(); !s) return s.error();
            }
            storage::Statement cur(m_db, "INSERT INTO sync_cursor(stream, cursor, updated_at) VALUES (?1, ?2, ?3) "
                                         "ON CONFLICT(stream) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at");
            cur.bind(1, stream).bind(2, o->value(u"cursor").toString()).bind(3, iso(m_clock.now()));
            if (auto s = cur.exec(); !s) return s.error();
            if (auto s = tx.commit(); !s) return s.error();
            report.pulled += int(items.size());
            if (!o->value(u"more").toBool()) break;
        }
    }
    return std::nullopt;
}

} // namespace ow::sync
