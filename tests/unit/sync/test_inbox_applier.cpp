// What the pull streams bring, applied to a profile database: back-office moves of case status
// (applied, or held back as a conflict when a change made here is unsettled), the service
// catalog, the holiday calendar and officer accounts.

#include "CatalogDocument.h"
#include "CaseStoreRig.h"

#include "catalog/CatalogStore.h"
#include "core/WorkingCalendar.h"
#include "storage/AuditLog.h"
#include "storage/Officers.h"
#include "storage/Outbox.h"
#include "storage/Statement.h"
#include "storage/SyntheticCases.h"
#include "sync/InboxApplier.h"
#include "sync/SyncEngine.h"
#include "sync/SyncProblems.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace ow;

namespace {

void putInbox(storage::Database &db, const QString &stream, const QJsonObject &body)
{
    storage::Statement st(db, "INSERT INTO sync_inbox(stream, body, received_at) VALUES (?1, ?2, '2026-11-21T09:00:00.000Z')");
    st.bind(1, stream).bind(2, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    REQUIRE(st.exec());
}

qint64 inboxCount(storage::Database &db)
{
    storage::Statement st(db, "SELECT count(*) FROM sync_inbox");
    REQUIRE(st.step().value());
    return st.int64(0);
}

// The case's outbox rows as the central service had answered them: applied.
void markSent(storage::Database &db, const QString &caseNumber)
{
    storage::Statement st(db, "UPDATE outbox SET state = 'sent' WHERE entity_key = ?1");
    st.bind(1, caseNumber);
    REQUIRE(st.exec());
}

bool audited(storage::Database &db, const QString &action, const QString &subject)
{
    for (const auto &r : storage::AuditLog::recent(db, 50).value())
        if (r.action == action && r.subject == subject) return true;
    return false;
}

QString syncState(storage::Database &db, const QString &key)
{
    storage::Statement st(db, "SELECT value FROM sync_state WHERE key = ?1");
    st.bind(1, key);
    auto r = st.step();
    return r && r.value() ? st.text(0) : QString();
}

struct Applier {
    test::CaseStoreRig rig;
    QString dataDir = rig.profile.dataDir();
    sync::InboxApplier applier{rig.store->db(), rig.store->audit(), dataDir, rig.clock};
    storage::Database &db() { return rig.store->db(); }

    storage::CaseRecord newCase(quint64 seed)
    {
        auto c = rig.cases.create(storage::SyntheticCases(seed, rig.clock.now()).next(), "900001");
        REQUIRE(c);
        return c.value();
    }
};

} // namespace

TEST_CASE("A back-office move takes the local case to the central status and version")
{
    Applier a;
    const auto c = a.newCase(1);
    markSent(a.db(), c.caseNumber);
    putInbox(a.db(), "case-status", {{"caseNumber", c.caseNumber}, {"status", "under-review"}, {"version", 2}});
    putInbox(a.db(), "case-status", {{"caseNumber", "20261121-99-00001"}, {"status", "approved"}, {"version", 3}});
    auto done = a.applier.apply();
    REQUIRE(done);
    CHECK(done->statusApplied == 1);
    CHECK(done->statusIgnored == 1);  // another workstation's case
    CHECK(done->statusConflicts == 0);
    const auto stored = a.rig.cases.findByNumber(c.caseNumber).value();
    REQUIRE(stored);
    CHECK(stored->status == core::CaseStatus::UnderReview);
    CHECK(stored->version == 2);
    CHECK(audited(a.db(), "case.central_status", c.caseNumber));
    CHECK(inboxCount(a.db()) == 0);
    // Nothing goes back to the centre: it knows.
    storage::Statement pending(a.db(), "SELECT count(*) FROM outbox WHERE state = 'pending'");
    REQUIRE(pending.step().value());
    CHECK(pending.int64(0) == 0);

    // Old news (the echo of a version the case has already) changes nothing.
    putInbox(a.db(), "case-status", {{"caseNumber", c.caseNumber}, {"status", "accepted"}, {"version", 2}});
    done = a.applier.apply();
    REQUIRE(done);
    CHECK(done->statusApplied == 0);
    CHECK(a.rig.cases.findByNumber(c.caseNumber).value()->status == core::CaseStatus::UnderReview);
}

TEST_CASE("A back-office move of a case with a pending change here is held back as a conflict")
{
    Applier a;
    const auto c = a.newCase(2);  // its create op is still pending
    putInbox(a.db(), "case-status", {{"caseNumber", c.caseNumber}, {"status", "returned"}, {"version", 2}});
    auto done = a.applier.apply();
    REQUIRE(done);
    CHECK(done->statusConflicts == 1);
    CHECK(done->statusApplied == 0);
    CHECK(inboxCount(a.db()) == 0);
    auto stored = a.rig.cases.findByNumber(c.caseNumber).value();
    CHECK(stored->status == c.status);  // nothing overwritten
    CHECK(stored->version == 1);

    auto problems = sync::listSyncProblems(a.db());
    REQUIRE(problems);
    REQUIRE(problems->size() == 1);
    const sync::SyncProblem &p = problems->first();
    CHECK(p.key == c.caseNumber);
    CHECK(p.kind == "conflict");
    CHECK(p.serverStatus == "returned");
    CHECK(p.serverVersion == 2);
    CHECK(p.localStatus == core::caseStatusKey(c.status));
    CHECK_FALSE(p.reason.isEmpty());
    CHECK(sync::countSyncProblems(a.db()).value() == 1);
    auto status = sync::readSyncStatus(a.db(), true);
    REQUIRE(status);
    CHECK(status->statusConflicts == 1);
    CHECK(status->problems == 1);

    // The officer takes the central version: the case moves, the pending op is never sent.
    REQUIRE(sync::takeCentralVersion(a.db(), a.rig.store->audit(), "case", c.caseNumber, "900001", a.rig.clock));
    stored = a.rig.cases.findByNumber(c.caseNumber).value();
    CHECK(stored->status == core::CaseStatus::Returned);
    CHECK(stored->version == 2);
    CHECK(sync::countSyncProblems(a.db()).value() == 0);
    CHECK(storage::pendingOutboxCount(a.db()).value() == 0);
    CHECK(audited(a.db(), "sync.resolve", c.caseNumber));
    const auto again = sync::takeCentralVersion(a.db(), a.rig.store->audit(), "case", c.caseNumber, "900001", a.rig.clock);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == "sync.no_problem");
}

TEST_CASE("Taking the central version of a push conflict uses the status the centre answered")
{
    Applier a;
    const auto c = a.newCase(3);
    markSent(a.db(), c.caseNumber);
    storage::Statement accepted(a.db(), "UPDATE case_record SET status = 'accepted' WHERE case_number = ?1");
    accepted.bind(1, c.caseNumber);
    REQUIRE(accepted.exec());
    REQUIRE(a.rig.cases.transition(c.caseNumber, core::CaseStatus::Withdrawn, "900001", "申请人撤回", 1));
    // The push was answered: the centre had moved the case to under-review, version 2.
    storage::Statement st(a.db(), "UPDATE outbox SET state = 'conflict', result = 'conflict', server_version = 2, "
                                  "server_status = 'under-review', reason = 'version', answered_at = '2026-11-21T09:30:00.000Z' "
                                  "WHERE entity_key = ?1 AND state = 'pending'");
    st.bind(1, c.caseNumber);
    REQUIRE(st.exec());
    auto problems = sync::listSyncProblems(a.db()).value();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].localStatus == "withdrawn");
    CHECK(problems[0].serverStatus == "under-review");
    CHECK(problems[0].counterDid.contains("2"));
    REQUIRE(sync::takeCentralVersion(a.db(), a.rig.store->audit(), "case", c.caseNumber, "900001", a.rig.clock));
    const auto stored = a.rig.cases.findByNumber(c.caseNumber).value();
    CHECK(stored->status == core::CaseStatus::UnderReview);
    CHECK(stored->version == 2);
    storage::Statement state(a.db(), "SELECT state FROM outbox WHERE entity_key = ?1 ORDER BY id DESC");
    state.bind(1, c.caseNumber);
    REQUIRE(state.step().value());
    CHECK(state.text(0) == "resolved");
}

TEST_CASE("A pulled catalog is installed and a refused one is reported once and dropped")
{
    Applier a;
    putInbox(a.db(), "catalog", test::catalogDocument("2099.3.0"));
    auto done = a.applier.apply();
    REQUIRE(done);
    CHECK(done->catalogVersion == "2099.3.0");
    CHECK(done->problems.isEmpty());
    catalog::CatalogStore store(QDir(a.dataDir).filePath("catalog"));
    CHECK(store.current().value()->version() == "2099.3.0");
    CHECK(inboxCount(a.db()) == 0);

    putInbox(a.db(), "catalog", test::catalogDocument("2099.1.0"));  // older than the one in use
    done = a.applier.apply();
    REQUIRE(done);
    CHECK(done->catalogVersion.isEmpty());
    REQUIRE(done->problems.size() == 1);
    CHECK(done->problems[0].contains("2099.1.0"));
    CHECK(syncState(a.db(), "lastApplyProblem") == done->problems[0]);
    CHECK(sync::readSyncStatus(a.db(), true)->lastApplyProblem == done->problems[0]);
    CHECK(inboxCount(a.db()) == 0);  // not tried again and again
    CHECK(catalog::CatalogStore(QDir(a.dataDir).filePath("catalog")).current().value()->version() == "2099.3.0");
    done = a.applier.apply();
    CHECK(done->problems.isEmpty());
}

TEST_CASE("A pulled holiday calendar is stored in the profile and counts over the built-in years")
{
    Applier a;
    const QJsonObject year2027{{"year", 2027},
                               {"holidays", QJsonArray{QJsonObject{{"name", "国庆节"}, {"from", "2027-10-01"}, {"to", "2027-10-07"}}}},
                               {"workdays", QJsonArray{"2027-10-09"}}};
    const QJsonObject year2026{{"year", 2026},
                               {"holidays", QJsonArray{QJsonObject{{"name", "测试假日"}, {"from", "2026-11-23"}, {"to", "2026-11-23"}}}},
                               {"workdays", QJsonArray{}}};
    putInbox(a.db(), "calendar", {{"years", QJsonArray{year2026, year2027}}});
    auto done = a.applier.apply();
    REQUIRE(done);
    CHECK(done->calendarYears == 2);
    const QString dir = sync::InboxApplier::calendarDir(a.dataDir);
    CHECK(QFile::exists(QDir(dir).filePath("cn-2027.json")));
    const core::WorkingCalendar cal = core::WorkingCalendar::withInstalled(dir);
    CHECK(cal.covers(2025));  // built in
    CHECK(cal.covers(2027));
    CHECK_FALSE(cal.isWorkingDay(QDate(2027, 10, 4)));
    CHECK(cal.isWorkingDay(QDate(2027, 10, 9)));  // a Saturday made a working day
    // The central 2026 replaces the built-in 2026 as a whole.
    CHECK_FALSE(cal.isWorkingDay(QDate(2026, 11, 23)));
    CHECK(cal.isWorkingDay(QDate(2026, 10, 5)));  // the built-in National Day is gone with it
    CHECK_FALSE(core::WorkingCalendar::builtIn().isWorkingDay(QDate(2026, 10, 5)));

    // A broken calendar is refused whole, reported, and not written.
    putInbox(a.db(), "calendar", {{"year", 2028}, {"holidays", QJsonArray{QJsonObject{{"name", "x"}, {"from", "2028-02-10"}, {"to", "2028-01-01"}}}}});
    done = a.applier.apply();
    REQUIRE(done);
    CHECK(done->calendarYears == 0);
    REQUIRE(done->problems.size() == 1);
    CHECK_FALSE(QFile::exists(QDir(dir).filePath("cn-2028.json")));
    CHECK(inboxCount(a.db()) == 0);
}

TEST_CASE("Pulled officer accounts never change passwords nor the local administrator")
{
    Applier a;
    storage::OfficerStore officers(a.db(), a.rig.store->audit(), a.rig.clock);
    REQUIRE(officers.add(a.rig.admin, {"900002", "李娜", {storage::Role::Officer}}, "officer-password", storage::KdfCost::Minimal));
    putInbox(a.db(), "officers",
             {{"officers", QJsonArray{QJsonObject{{"number", "900001"}, {"name", "王管理"}, {"roles", QJsonArray{"officer"}}, {"active", false}},
                                      QJsonObject{{"number", "900002"}, {"name", "李娜"}, {"roles", QJsonArray{"officer", "supervisor"}}},
                                      QJsonObject{{"number", "900003"}, {"name", "赵强"}, {"roles", QJsonArray{"officer", "admin"}}}}}});
    auto done = a.applier.apply();
    REQUIRE(done);
    CHECK(done->officersCreated == 1);
    CHECK(done->officersUpdated == 2);
    // The local admin keeps admin, stays enabled, and logs in with the same password.
    auto admin = officers.find("900001").value();
    REQUIRE(admin);
    CHECK(admin->name == "王管理");
    CHECK(admin->has(storage::Role::Admin));
    CHECK(admin->active);
    CHECK(officers.login("900001", "admin-password"));
    auto li = officers.find("900002").value();
    CHECK(li->has(storage::Role::Supervisor));
    CHECK(officers.login("900002", "officer-password"));
    // A new account: disabled, no admin from the centre, no password until an admin sets one.
    auto zhao = officers.find("900003").value();
    REQUIRE(zhao);
    CHECK_FALSE(zhao->active);
    CHECK_FALSE(zhao->has(storage::Role::Admin));
    CHECK_FALSE(officers.login("900003", "anything-at-all"));
    CHECK(audited(a.db(), "officer.central", "900003"));
    // The administrator sets the password: the account is filled in and enabled.
    REQUIRE(officers.add(a.rig.admin, {"900003", "赵强", {storage::Role::Officer}}, "zhao-password", storage::KdfCost::Minimal));
    CHECK(officers.find("900003").value()->active);
    CHECK(officers.login("900003", "zhao-password"));
    // A later list disables an officer (never an administrator).
    putInbox(a.db(), "officers", {{"officers", QJsonArray{QJsonObject{{"number", "900002"}, {"name", "李娜"}, {"roles", QJsonArray{"officer"}}, {"active", false}}}}});
    REQUIRE(a.applier.apply());
    CHECK_FALSE(officers.find("900002").value()->active);
    CHECK(officers.find("900001").value()->active);
}
