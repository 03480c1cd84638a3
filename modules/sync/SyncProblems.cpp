#include "sync/SyncProblems.h"

#include "core/CaseStatus.h"
#include "storage/AuditLog.h"
#include "storage/Cases.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/Logging.h"

#include <QCoreApplication>
#include <QMap>

namespace ow::sync {
namespace {

QString statusName(const QString &key)
{
    const auto s = core::caseStatusFromKey(key);
    return s ? core::caseStatusDisplayName(*s) : key;
}

struct LocalCase {
    bool found = false;
    QString status;
    int version = 0;
};

core::Result<LocalCase> localCase(storage::Database &db, const QString &number)
{
    storage::Statement st(db, "SELECT status, version FROM case_record WHERE case_number = ?1");
    st.bind(1, number);
    auto r = st.step();
    if (!r) return r.error();
    if (!r.value()) return LocalCase{};
    return LocalCase{true, st.text(0), int(st.int64(1))};
}

// Fills the officer's words from the facts.
void describe(SyncProblem &p)
{
    const bool isCase = p.entity == u"case";
    if (!isCase)
        p.counterDid = QCoreApplication::translate("ow::sync", "A text message for case %1 was sent from this counter.").arg(p.key);
    else if (p.localStatus.isEmpty())
        p.counterDid = QCoreApplication::translate("ow::sync", "The case is not on this workstation.");
    else
        p.counterDid = QCoreApplication::translate("ow::sync", "Here: %1 (version %2)").arg(statusName(p.localStatus)).arg(p.localVersion);
    if (!p.serverStatus.isEmpty())
        p.centreSays = QCoreApplication::translate("ow::sync", "Central service: %1 (version %2)")
                           .arg(statusName(p.serverStatus))
                           .arg(p.serverVersion);
    else if (p.kind == u"rejected")
        p.centreSays = QCoreApplication::translate("ow::sync", "Central service: refused the change");
    else
        p.centreSays = QCoreApplication::translate("ow::sync", "Central service: changed the case (version %1)").arg(p.serverVersion);
    // The service's own words for a rejection; ours for a conflict (its words are for logs).
    if (p.kind == u"conflict" && isCase)
        p.reason = QCoreApplication::translate("ow::sync", "The back office changed this case after this counter last had "
                                                           "it, so the change made here was not applied.");
    else if (p.reason.isEmpty())
        p.reason = QCoreApplication::translate("ow::sync", "The central service did not give a reason.");
}

} // namespace

QJsonObject SyncProblem::toJson() const
{
    return QJsonObject{{"entity", entity},         {"key", key},
                       {"kind", kind},             {"localStatus", localStatus},
                       {"localVersion", localVersion}, {"serverStatus", serverStatus},
                       {"serverVersion", serverVersion}, {"counterDid", counterDid},
                       {"centreSays", centreSays}, {"reason", reason},
                       {"since", since}};
}

core::Result<QList<SyncProblem>> listSyncProblems(storage::Database &db)
{
    QMap<QPair<QString, QString>, SyncProblem> byKey;
    {
        // Oldest first, so the newest answer of an entity is the one that stays.
        storage::Statement st(db, "SELECT entity, entity_key, state, server_version, server_status, reason, answered_at "
                                  "FROM outbox WHERE state IN ('conflict', 'rejected') ORDER BY id");
        for (;;) {
            auto r = st.step();
            if (!r) return r.error();
            if (!r.value()) break;
            SyncProblem &p = byKey[{st.text(0), st.text(1)}];
            p.entity = st.text(0);
            p.key = st.text(1);
            // A conflict outweighs a rejection of the same case: the centre's status is the news.
            if (p.kind != u"conflict") p.kind = st.text(2);
            if (int(st.int64(3)) >= p.serverVersion && !st.text(4).isEmpty()) {
                p.serverVersion = int(st.int64(3));
                p.serverStatus = st.text(4);
            } else if (p.serverStatus.isEmpty()) {
                p.serverVersion = qMax(p.serverVersion, int(st.int64(3)));
            }
            if (st.text(2) == u"rejected" && !st.text(5).isEmpty()) p.reason = st.text(5);
            p.since = qMax(p.since, st.text(6));
        }
    }
    {
        storage::Statement st(db, "SELECT case_number, server_status, server_version, received_at FROM sync_status_conflict "
                                  "WHERE state = 'open'");
        for (;;) {
            auto r = st.step();
            if (!r) return r.error();
            if (!r.value()) break;
            SyncProblem &p = byKey[{QStringLiteral("case"), st.text(0)}];
            p.entity = QStringLiteral("case");
            p.key = st.text(0);
            p.kind = QStringLiteral("conflict");
            if (int(st.int64(2)) >= p.serverVersion) {
                p.serverVersion = int(st.int64(2));
                p.serverStatus = st.text(1);
            }
            p.since = qMax(p.since, st.text(3));
        }
    }
    QList<SyncProblem> out;
    for (SyncProblem p : std::as_const(byKey)) {
        if (p.entity == u"case") {
            auto local = localCase(db, p.key);
            if (!local) return local.error();
            if (local->found) {
                p.localStatus = local->status;
                p.localVersion = local->version;
            }
        }
        describe(p);
        out << p;
    }
    std::stable_sort(out.begin(), out.end(), [](const SyncProblem &a, const SyncProblem &b) { return a.since > b.since; });
    return out;
}

core::Result<qint64> countSyncProblems(storage::Database &db)
{
    storage::Statement st(db, "SELECT count(*) FROM (SELECT entity, entity_key FROM outbox WHERE state IN ('conflict', 'rejected') "
                              "UNION SELECT 'case', case_number FROM sync_status_conflict WHERE state = 'open')");
    auto r = st.step();
    if (!r) return r.error();
    return st.int64(0);
}

core::Status takeCentralVersion(storage::Database &db, storage::AuditLog &audit, const QString &entity, const QString &key,
                                const QString &officer, const core::Clock &clock)
{
    storage::Transaction tx(db);
    if (!tx.begun()) return tx.begun();
    // Read inside the write lock: what is settled is what the officer saw, or newer.
    auto all = listSyncProblems(db);
    if (!all) return all.error();
    const auto it = std::find_if(all->cbegin(), all->cend(),
                                 [&](const SyncProblem &p) { return p.entity == entity && p.key == key; });
    if (it == all->cend())
        return core::makeError(QStringLiteral("sync.no_problem"),
                               QCoreApplication::translate("ow::sync", "There is nothing to settle for %1 any more.").arg(key));
    const SyncProblem p = *it;
    const QString now = clock.now().toUTC().toString(Qt::ISODateWithMs);
    {
        storage::Statement st(db, "UPDATE outbox SET state = 'resolved', answered_at = coalesce(answered_at, ?3) "
                                  "WHERE entity = ?1 AND entity_key = ?2 AND (state IN ('conflict', 'rejected') "
                                  "OR (state = 'pending' AND entity = 'case'))");
        st.bind(1, entity).bind(2, key).bind(3, now);
        if (auto s = st.exec(); !s) return s;
    }
    if (entity == u"case") {
        storage::Statement st(db, "UPDATE sync_status_conflict SET state = 'resolved', resolved_at = ?2, resolved_by = ?3 "
                                  "WHERE case_number = ?1 AND state = 'open'");
        st.bind(1, key).bind(2, now).bind(3, officer);
        if (auto s = st.exec(); !s) return s;
        const auto status = core::caseStatusFromKey(p.serverStatus);
        if (status && !p.localStatus.isEmpty()) {
            // The centre's version even when the local one counted further: the next change made
            // here starts from what the centre has.
            storage::CaseStore cases(db, nullptr, audit, QStringLiteral("00"), false, clock);
            if (auto s = cases.applyCentralStatus(key, *status, p.serverVersion, officer, false); !s) return s;
        }
    }
    if (auto s = audit.append({officer, storage::audit::kSyncResolve, key,
                               QStringLiteral("%1 %2: took central %3 v%4").arg(entity, p.kind, p.serverStatus).arg(p.serverVersion)});
        !s)
        return s;
    qCInfo(lcSync).noquote() << "sync problem settled by taking the central version:" << entity << key;
    return tx.commit();
}

} // namespace ow::sync
