#include "CaseStoreRig.h"
#include "TestSupport.h"

#include "casework/CaseLifecycle.h"
#include "core/Profile.h"
#include "storage/AuditLog.h"
#include "storage/Cases.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/ProfileStore.h"
#include "storage/Statement.h"

#include <sqlite3.h>

using ow::core::CaseStatus;
using namespace ow::storage;

namespace {

struct Rig : ow::test::CaseStoreRig {
    CaseRecord create(CaseStatus status = CaseStatus::Accepted, QDate deadline = {}, bool urgent = false)
    {
        CaseRecord c;
        c.status = status;
        c.matterCode = QStringLiteral("HZ-SFZ-HL");
        c.applicantName = QStringLiteral("张伟");
        c.idNumber = QStringLiteral("110101198805120178");
        c.phone = QStringLiteral("13800138000");
        c.deadline = deadline;
        c.urgent = urgent;
        auto r = cases.create(c, QStringLiteral("900001"));
        REQUIRE(r.ok());
        return r.value();
    }

    qint64 scalar(const char *sql, const QString &arg)
    {
        Statement st(store->db(), sql);
        st.bind(1, arg);
        REQUIRE(st.step().value());
        return st.int64(0);
    }
};

// Walks a fresh case from Accepted (or Draft) to `from` along allowed moves.
QList<CaseStatus> pathTo(CaseStatus from)
{
    using S = CaseStatus;
    switch (from) {
    case S::Draft:
    case S::Accepted: return {};
    case S::UnderReview: return {S::UnderReview};
    case S::Approved: return {S::UnderReview, S::Approved};
    case S::InProduction: return {S::UnderReview, S::Approved, S::InProduction};
    case S::ReadyForPickup: return {S::UnderReview, S::Approved, S::ReadyForPickup};
    case S::Collected: return {S::UnderReview, S::Approved, S::ReadyForPickup, S::Collected};
    case S::Mailed: return {S::UnderReview, S::Approved, S::ReadyForPickup, S::Mailed};
    case S::Returned: return {S::Returned};
    case S::Refused: return {S::Refused};
    case S::Withdrawn: return {S::Withdrawn};
    }
    return {};
}

} // namespace

TEST_CASE("The store accepts every allowed transition and refuses every other one")
{
    Rig rig;
    for (CaseStatus from : ow::core::allCaseStatuses()) {
        for (CaseStatus to : ow::core::allCaseStatuses()) {
            INFO(ow::core::caseStatusKey(from).toStdString() << " -> " << ow::core::caseStatusKey(to).toStdString());
            CaseRecord c = rig.create(from == CaseStatus::Draft ? CaseStatus::Draft : CaseStatus::Accepted);
            for (CaseStatus step : pathTo(from)) {
                auto r = rig.cases.transition(c.caseNumber, step, "900001", QStringLiteral("补正"), c.version);
                REQUIRE(r.ok());
                c = r.value();
            }
            REQUIRE(c.status == from);
            auto r = rig.cases.transition(c.caseNumber, to, "900001", QStringLiteral("材料不全"), c.version);
            CHECK(r.ok() == ow::casework::allowed(from, to));
            if (r.ok()) {
                CHECK(r.value().status == to);
                CHECK(r.value().version == c.version + 1);
            } else {
                CHECK(r.error().code == QStringLiteral("storage.transition_not_allowed"));
                CHECK(rig.cases.findByNumber(c.caseNumber).value()->status == from);
            }
        }
    }
}

TEST_CASE("A transition that needs a reason is refused without one and changes nothing")
{
    Rig rig;
    const CaseRecord c = rig.create();
    for (CaseStatus to : {CaseStatus::Refused, CaseStatus::Returned, CaseStatus::Withdrawn}) {
        auto r = rig.cases.transition(c.caseNumber, to, "900001", QStringLiteral("   "), c.version);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("storage.reason_required"));
    }
    auto now = rig.cases.findByNumber(c.caseNumber).value();
    CHECK(now->status == CaseStatus::Accepted);
    CHECK(now->version == c.version);
    CHECK(rig.scalar("SELECT count(*) FROM outbox WHERE entity_key = ?1", c.caseNumber) == 1);
}

TEST_CASE("A stale version loses: the second officer to change a case is told to reload it")
{
    Rig rig;
    const CaseRecord c = rig.create();
    auto first = rig.cases.transition(c.caseNumber, CaseStatus::UnderReview, "900001", {}, c.version);
    REQUIRE(first.ok());
    auto second = rig.cases.transition(c.caseNumber, CaseStatus::Returned, "900002", QStringLiteral("照片不合格"),
                                       c.version);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == QStringLiteral("storage.version_conflict"));
    CHECK_FALSE(second.error().message.isEmpty());
    CHECK(second.error().detail.contains(QStringLiteral("expected version 1, stored 2")));
    auto now = rig.cases.findByNumber(c.caseNumber).value();
    CHECK(now->status == CaseStatus::UnderReview);
    CHECK(now->version == 2);
    // Reloaded, it goes through.
    CHECK(rig.cases.transition(c.caseNumber, CaseStatus::Returned, "900002", QStringLiteral("照片不合格"), 2).ok());

    auto missing = rig.cases.transition("20261121-07-99999", CaseStatus::UnderReview, "900001", {}, 1);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("storage.case_not_found"));
}

TEST_CASE("Each transition writes one audit row without personal data and one outbox row")
{
    Rig rig;
    const CaseRecord c = rig.create();
    rig.clock.advanceSecs(3600);
    auto r = rig.cases.transition(c.caseNumber, CaseStatus::Returned, "900001",
                                  QStringLiteral("身份证号110101198805120178照片不清 电话13800138000"), c.version);
    REQUIRE(r.ok());
    CHECK(r.value().updatedAt == QDateTime(QDate(2026, 11, 21), QTime(10, 0)).toUTC());

    const auto rows = AuditLog::recent(rig.store->db(), 1).value();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().action == QString::fromLatin1(audit::kCaseTransition));
    CHECK(rows.first().subject == c.caseNumber);
    CHECK(rows.first().officer == QStringLiteral("900001"));
    CHECK(rows.first().detail.startsWith(QStringLiteral("accepted->returned: ")));
    CHECK_FALSE(rows.first().detail.contains(QStringLiteral("110101198805120178")));
    CHECK_FALSE(rows.first().detail.contains(QStringLiteral("13800138000")));
    CHECK(rows.first().detail.contains(QStringLiteral("照片不清")));
    CHECK(AuditLog::verify(rig.store->db()).value().ok);

    CHECK(rig.scalar("SELECT count(*) FROM outbox WHERE entity = 'case' AND entity_key = ?1", c.caseNumber) == 2);
    CHECK(rig.scalar("SELECT max(base_version) FROM outbox WHERE entity_key = ?1", c.caseNumber) == 1);
    CHECK(rig.scalar("SELECT count(*) FROM audit_log WHERE action = ?1", audit::kCaseTransition) == 1);
}

TEST_CASE("Urgent is audited, kept on the case and does not move the version")
{
    Rig rig;
    const CaseRecord c = rig.create();
    REQUIRE(rig.cases.setUrgent(c.caseNumber, true, "900001").ok());
    auto now = rig.cases.findByNumber(c.caseNumber).value();
    CHECK(now->urgent);
    CHECK(now->version == c.version);
    CHECK(rig.scalar("SELECT count(*) FROM audit_log WHERE action = ?1", audit::kCaseUrgent) == 1);
    CHECK(rig.scalar("SELECT count(*) FROM outbox WHERE entity_key = ?1", c.caseNumber) == 2);
    // Setting it again changes nothing and records nothing.
    REQUIRE(rig.cases.setUrgent(c.caseNumber, true, "900001").ok());
    CHECK(rig.scalar("SELECT count(*) FROM audit_log WHERE action = ?1", audit::kCaseUrgent) == 1);
    REQUIRE(rig.cases.setUrgent(c.caseNumber, false, "900001").ok());
    CHECK_FALSE(rig.cases.findByNumber(c.caseNumber).value()->urgent);
    CHECK(rig.cases.setUrgent("20261121-07-99999", true, "900001").error().code ==
          QStringLiteral("storage.case_not_found"));
}

TEST_CASE("Open cases by deadline: earliest first, closed and undated ones left out, through the partial index")
{
    Rig rig;
    const CaseRecord late = rig.create(CaseStatus::Accepted, QDate(2026, 12, 1));
    const CaseRecord early = rig.create(CaseStatus::Accepted, QDate(2026, 11, 25), true);
    rig.create(CaseStatus::Accepted);
    const CaseRecord closed = rig.create(CaseStatus::Accepted, QDate(2026, 11, 22));
    REQUIRE(rig.cases.transition(closed.caseNumber, CaseStatus::Withdrawn, "900001", QStringLiteral("申请人撤回"),
                                 closed.version)
                .ok());

    auto list = rig.cases.openCasesByDeadline(10);
    REQUIRE(list.ok());
    REQUIRE(list.value().size() == 2);
    CHECK(list.value().at(0).caseNumber == early.caseNumber);
    CHECK(list.value().at(0).urgent);
    CHECK(list.value().at(0).deadline == QDate(2026, 11, 25));
    CHECK(list.value().at(1).caseNumber == late.caseNumber);
    CHECK(rig.cases.openCasesByDeadline(1).value().size() == 1);

    Statement plan(rig.store->db(),
                   "EXPLAIN QUERY PLAN SELECT case_number, status, matter_code, deadline, urgent FROM case_record "
                   "WHERE deadline IS NOT NULL AND status NOT IN ('collected', 'mailed', 'refused', 'withdrawn') "
                   "ORDER BY deadline LIMIT ?1");
    plan.bind(1, 10);
    QString details;
    while (plan.step().value()) details += plan.text(3) + u'\n';
    CHECK(details.contains(QStringLiteral("case_record_open_deadline")));
    CHECK_FALSE(details.contains(QStringLiteral("TEMP B-TREE")));
}

TEST_CASE("Migration 4 applies to an existing version 3 database and keeps its cases")
{
    ow::test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("v3.db"));
    {
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
        for (const Migration &m : migrations())
            if (m.version <= 3) REQUIRE(sqlite3_exec(raw, m.sql, nullptr, nullptr, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_exec(raw,
                             "PRAGMA user_version = 3; INSERT INTO case_record(case_number, status, officer, "
                             "created_at, updated_at) VALUES ('20250101-01-00001', 'accepted', '900001', "
                             "'2025-01-01T01:00:00.000Z', '2025-01-01T01:00:00.000Z');",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    // Later migrations (5: search indexes, 6: blobs and notifications) apply on top in the same open.
    CHECK(db.value().schemaVersion() == Database::currentSchemaVersion());
    CHECK(Database::currentSchemaVersion() >= 4);
    Statement st(db.value(), "SELECT urgent, deadline IS NULL, version FROM case_record WHERE case_number = ?1");
    st.bind(1, QStringLiteral("20250101-01-00001"));
    REQUIRE(st.step().value());
    CHECK(st.int64(0) == 0);
    CHECK(st.int64(1) == 1);
    CHECK(st.int64(2) == 1);
}
