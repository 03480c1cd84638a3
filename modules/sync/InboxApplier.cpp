#include "sync/InboxApplier.h"

#include "catalog/CatalogStore.h"
#include "core/CaseStatus.h"
#include "core/WorkingCalendar.h"
#include "storage/AuditLog.h"
#include "storage/Cases.h"
#include "storage/Database.h"
#include "storage/Officers.h"
#include "storage/Statement.h"
#include "sync/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryFile>

namespace ow::sync {
namespace {

QString iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

struct Item {
    qint64 id = 0;
    QJsonObject body;
};

// The items of one stream, oldest first. These streams carry no personal data: never sealed.
core::Result<QList<Item>> items(storage::Database &db, const QString &stream)
{
    storage::Statement st(db, "SELECT id, body FROM sync_inbox WHERE stream = ?1 ORDER BY id");
    st.bind(1, stream);
    QList<Item> out;
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (!r.value()) break;
        out.append({st.int64(0), QJsonDocument::fromJson(st.text(1).toUtf8()).object()});
    }
    return out;
}

} // namespace

QJsonObject InboxApplied::toJson() const
{
    return QJsonObject{{"statusApplied", statusApplied},     {"statusConflicts", statusConflicts},
                       {"statusIgnored", statusIgnored},     {"catalogVersion", catalogVersion},
                       {"calendarYears", calendarYears},     {"officersCreated", officersCreated},
                       {"officersUpdated", officersUpdated}, {"problems", QJsonArray::fromStringList(problems)}};
}

InboxApplier::InboxApplier(storage::Database &db, storage::AuditLog &audit, QString dataDir, const core::Clock &clock)
    : m_db(db), m_audit(audit), m_dataDir(std::move(dataDir)), m_clock(clock)
{
}

QString InboxApplier::calendarDir(const QString &dataDir) { return QDir(dataDir).filePath(QStringLiteral("calendar")); }

core::Result<InboxApplied> InboxApplier::apply()
{
    InboxApplied out;
    if (auto st = applyCaseStatus(out); !st) return st.error();
    if (auto st = applyCatalog(out); !st) return st.error();
    if (auto st = applyCalendar(out); !st) return st.error();
    if (auto st = applyOfficers(out); !st) return st.error();
    return out;
}

core::Status InboxApplier::dropItem(qint64 id)
{
    storage::Statement del(m_db, "DELETE FROM sync_inbox WHERE id = ?1");
    del.bind(1, id);
    return del.exec();
}

core::Status InboxApplier::recordProblem(InboxApplied &out, const QString &problem)
{
    qCWarning(lcSync).noquote() << "pulled item not applied:" << problem;
    out.problems << problem;
    storage::Statement st(m_db, "INSERT INTO sync_state(key, value) VALUES ('lastApplyProblem', ?1) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, problem);
    return st.exec();
}

core::Status InboxApplier::applyCaseStatus(InboxApplied &out)
{
    auto list = items(m_db, QStringLiteral("case-status"));
    if (!list) return list.error();
    if (list->isEmpty()) return {};
    // CaseStore::applyCentralStatus touches no sealed field: no vault is needed.
    storage::CaseStore cases(m_db, nullptr, m_audit, QStringLiteral("00"), false, m_clock);
    storage::Transaction tx(m_db);
    if (!tx.begun()) return tx.begun();
    for (const Item &item : list.value()) {
        const QString number = item.body.value(u"caseNumber").toString().trimmed().toUpper();
        const auto status = core::caseStatusFromKey(item.body.value(u"status").toString());
        const int version = item.body.value(u"version").toInt();
        if (auto st = dropItem(item.id); !st) return st;
        if (number.isEmpty() || !status || version < 1) {
            ++out.statusIgnored;
            continue;
        }
        storage::Statement local(m_db, "SELECT status, version FROM case_record WHERE case_number = ?1");
        local.bind(1, number);
        auto found = local.step();
        if (!found) return found.error();
        if (!found.value()) {  // another workstation's case
            ++out.statusIgnored;
            continue;
        }
        const QString localStatus = local.text(0);
        const int localVersion = int(local.int64(1));
        storage::Statement open(m_db, "SELECT count(*) FROM outbox WHERE entity = 'case' AND entity_key = ?1 "
                                      "AND state IN ('pending', 'conflict')");
        open.bind(1, number);
        if (auto r = open.step(); !r) return r.error();
        const bool unsettled = open.int64(0) > 0;
        // With a change made here unsettled, the same version number with another status is the
        // centre's competing move (both sides counted from the same base), not old news.
        const bool news = version > localVersion ||
                          (unsettled && version == localVersion && localStatus != core::caseStatusKey(*status));
        if (!news) {
            ++out.statusIgnored;
            continue;
        }
        if (unsettled) {
            // A change made here is not settled: the officer decides, nothing is overwritten.
            storage::Statement c(m_db, "INSERT INTO sync_status_conflict(case_number, local_status, local_version, "
                                       "server_status, server_version, state, received_at) VALUES (?1, ?2, ?3, ?4, ?5, 'open', ?6) "
                                       "ON CONFLICT(case_number) DO UPDATE SET local_status = excluded.local_status, "
                                       "local_version = excluded.local_version, server_status = excluded.server_status, "
                                       "server_version = excluded.server_version, state = 'open', "
                                       "received_at = excluded.received_at, resolved_at = NULL, resolved_by = NULL");
            c.bind(1, number).bind(2, localStatus).bind(3, localVersion).bind(4, core::caseStatusKey(*status));
            c.bind(5, version).bind(6, iso(m_clock.now()));
            if (auto st = c.exec(); !st) return st;
            ++out.statusConflicts;
            out.heldBack << number;
            continue;
        }
        if (auto st = cases.applyCentralStatus(number, *status, version); !st) return st;
        ++out.statusApplied;
    }
    return tx.commit();
}

core::Status InboxApplier::applyCatalog(InboxApplied &out)
{
    auto list = items(m_db, QStringLiteral("catalog"));
    if (!list) return list.error();
    if (list->isEmpty()) return {};
    // Only the newest document counts: an older one would be refused as older anyway.
    const Item &newest = list->last();
    QTemporaryFile file(QDir(m_dataDir).filePath(QStringLiteral("incoming-catalog-XXXXXX.json")));
    QString problem;
    bool keep = false;
    if (!QDir().mkpath(m_dataDir) || !file.open() ||
        file.write(QJsonDocument(newest.body).toJson(QJsonDocument::Compact)) < 0 || !file.flush()) {
        keep = true;  // the disk, not the catalog: try again at the next pass
        qCWarning(lcSync).noquote() << "cannot write the pulled catalog:" << file.errorString();
    } else {
        catalog::CatalogStore store(QDir(m_dataDir).filePath(QStringLiteral("catalog")));
        auto installed = store.install(file.fileName());
        if (installed) {
            if (!installed->unchanged) {
                out.catalogVersion = installed->version;
                (void)m_audit.append({QStringLiteral("central"), storage::audit::kCatalogInstall, installed->version,
                                      QStringLiteral("from %1, %2 matters").arg(installed->previousVersion).arg(installed->matters)});
                qCInfo(lcSync).noquote() << "catalog" << installed->version << "installed from the central service";
            }
        } else if (installed.error().code == u"catalog.write" || installed.error().code == u"catalog.read") {
            keep = true;
            qCWarning(lcSync).noquote() << "catalog install failed, will retry:" << installed.error().describe();
        } else {
            problem = QCoreApplication::translate("ow::sync", "The service catalog sent by the central service was not "
                                                              "installed; the one in use stays. Tell the administrator: %1")
                          .arg(installed.error().message);
        }
    }
    if (keep) return {};
    QList<qint64> ids;
    for (const Item &item : list.value()) ids << item.id;
    return settle(ids, out, problem);
}

core::Status InboxApplier::settle(const QList<qint64> &ids, InboxApplied &out, const QString &problem)
{
    storage::Transaction tx(m_db);
    if (!tx.begun()) return tx.begun();
    for (qint64 id : ids)
        if (auto st = dropItem(id); !st) return st;
    if (!problem.isEmpty())
        if (auto st = recordProblem(out, problem); !st) return st;
    return tx.commit();
}

core::Status InboxApplier::applyCalendar(InboxApplied &out)
{
    auto list = items(m_db, QStringLiteral("calendar"));
    if (!list) return list.error();
    if (list->isEmpty()) return {};
    const QJsonObject doc = list->last().body;
    // One year as in resources/calendar, or {"years": [year, ...]}.
    QJsonArray years = doc.value(u"years").toArray();
    if (years.isEmpty() && doc.contains(u"year")) years.append(doc);
    QString problem;
    QList<QPair<int, QByteArray>> files;
    if (years.isEmpty())
        problem = QCoreApplication::translate("ow::sync", "The holiday calendar sent by the central service has no year in it.");
    for (const QJsonValue &y : std::as_const(years)) {
        const QByteArray bytes = QJsonDocument(y.toObject()).toJson();
        core::WorkingCalendar check;
        if (auto st = check.addYear(bytes); !st) {
            problem = QCoreApplication::translate("ow::sync", "The holiday calendar sent by the central service was not "
                                                              "installed; deadlines still count with the one in use. %1")
                          .arg(st.error().message);
            break;
        }
        files.append({y.toObject().value(u"year").toInt(), bytes});
    }
    if (problem.isEmpty()) {
        const QString dir = calendarDir(m_dataDir);
        for (const auto &[year, bytes] : std::as_const(files)) {
            QSaveFile f(QDir(dir).filePath(QStringLiteral("cn-%1.json").arg(year)));
            if (!QDir().mkpath(dir) || !f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
                qCWarning(lcSync).noquote() << "cannot write the holiday calendar, will retry:" << f.errorString();
                return {};
            }
            ++out.calendarYears;
        }
        qCInfo(lcSync) << "holiday calendar installed from the central service:" << out.calendarYears << "year(s)";
    }
    QList<qint64> ids;
    for (const Item &item : list.value()) ids << item.id;
    return settle(ids, out, problem);
}

core::Status InboxApplier::applyOfficers(InboxApplied &out)
{
    auto list = items(m_db, QStringLiteral("officers"));
    if (!list) return list.error();
    if (list->isEmpty()) return {};
    // The newest list is the whole truth; older ones are dropped with it.
    QList<storage::CentralOfficer> officers;
    for (const QJsonValue &v : list->last().body.value(u"officers").toArray()) {
        const QJsonObject o = v.toObject();
        storage::CentralOfficer c;
        c.number = o.value(u"number").toString();
        c.name = o.value(u"name").toString();
        c.active = o.value(u"active").toBool(true);
        for (const QJsonValue &r : o.value(u"roles").toArray())
            if (auto role = storage::roleFromKey(r.toString())) c.roles << *role;
        officers << c;
    }
    storage::OfficerStore store(m_db, m_audit, m_clock);
    storage::Transaction tx(m_db);
    if (!tx.begun()) return tx.begun();
    auto done = store.applyCentral(officers);
    if (!done) return done.error();
    out.officersCreated += done->created;
    out.officersUpdated += done->updated + done->disabled;
    for (const Item &item : list.value())
        if (auto st = dropItem(item.id); !st) return st;
    return tx.commit();
}

} // namespace ow::sync
