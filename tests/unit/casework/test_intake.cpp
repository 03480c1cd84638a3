// Intake: what stops a visit from being accepted, and the cases an acceptable visit becomes.

#include "CaseStoreRig.h"

#include "casework/Intake.h"
#include "catalog/Catalog.h"
#include "core/WorkingCalendar.h"
#include "storage/AuditLog.h"


#include <QJsonArray>
#include <QJsonDocument>

using namespace ow;
using casework::IntakeDecision;

namespace {

const QDate kToday(2026, 11, 23);  // a Monday

std::shared_ptr<const catalog::Catalog> bundled()
{
    static auto cat = [] {
        auto load = catalog::Catalog::loadBundled();
        REQUIRE(load.catalog);
        return std::shared_ptr<const catalog::Catalog>(load.catalog);
    }();
    return cat;
}

casework::CatalogLookup lookup()
{
    return [](const QString &version) -> std::shared_ptr<const catalog::Catalog> {
        return version == bundled()->version() ? bundled() : nullptr;
    };
}

core::IdCard zhangWei()
{
    core::IdCard c;
    c.name = QStringLiteral("张伟");
    c.idNumber = QStringLiteral("110101198805120178");
    c.address = QStringLiteral("北京市东城区景山前街4号");
    c.birthDate = QDate(1988, 5, 12);
    c.validTo = QDate(2026, 12, 1);
    return c;
}

// A renewal with every question answered; `receivedAll` ticks every material of the checklist.
casework::IntakeMatter renewal(bool receivedAll)
{
    casework::IntakeMatter m;
    m.code = QStringLiteral("HZ-SFZ-HL");
    m.catalogVersion = bundled()->version();
    m.answers = {{"age", 38.0}, {"expiry", "soon"}, {"residence", "local"}, {"support", "none"}, {"urgent", "no"}};
    auto e = casework::evaluateMatter(m, lookup(), kToday);
    REQUIRE(e);
    REQUIRE(e->checklist.complete());
    if (receivedAll)
        for (const auto &cm : e->checklist.materials) m.received.insert(cm.material->id);
    return m;
}

casework::Visit confirmedVisit()
{
    casework::Visit v;
    v.card = zhangWei();
    v.citizenConfirmed = true;
    v.signatureSha = QStringLiteral("ab12");
    v.ticket = QStringLiteral("A017");
    v.delivery.phone = QStringLiteral("13800138000");
    return v;
}

bool mentions(const QList<casework::IntakeProblem> &problems, const QString &code)
{
    for (const auto &p : problems)
        if (p.matterCode == code) return true;
    return false;
}

} // namespace

TEST_CASE("A complete renewal becomes one accepted case with its deadline and fee", "[intake]")
{
    casework::Visit v = confirmedVisit();
    v.matters << renewal(true);
    CHECK(casework::checkIntake(v, lookup(), kToday).isEmpty());
    CHECK(v.totalFee(lookup(), kToday).fen == 2000);

    auto cases = casework::buildCases(v, lookup(), kToday, QStringLiteral("visit-1"));
    REQUIRE(cases);
    REQUIRE(cases.value().size() == 1);
    const storage::CaseRecord &c = cases.value().first();
    CHECK(c.status == core::CaseStatus::Accepted);
    CHECK(c.matterCode == u"HZ-SFZ-HL");
    CHECK(c.deadline == core::WorkingCalendar::builtIn().addWorkingDays(kToday, 20));
    CHECK(c.idNumber == u"110101198805120178");
    CHECK(c.payload.value("feeFen").toInteger() == 2000);
    CHECK(c.payload.value("payment").toString() == u"cash");
    CHECK(c.payload.value("ticket").toString() == u"A017");
    CHECK(c.payload.value("visit").toString() == u"visit-1");
    CHECK(c.payload.value("missing").toArray().isEmpty());
    CHECK(c.payload.value("identifiedBy").toString() == u"card");
    // The phone is sealed in its own column, never in the payload.
    CHECK_FALSE(QJsonDocument(c.payload).toJson().contains("13800138000"));
}

TEST_CASE("Open questions and missing materials stop acceptance until the officer decides", "[intake]")
{
    casework::Visit v = confirmedVisit();
    casework::IntakeMatter m = renewal(false);
    m.answers.remove("support");
    v.matters << m;
    auto problems = casework::checkIntake(v, lookup(), kToday);
    REQUIRE(mentions(problems, m.code));
    CHECK(problems.first().message.contains(u"1"));

    v.matters[0] = renewal(false);  // answered, nothing handed over
    problems = casework::checkIntake(v, lookup(), kToday);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().matterCode == m.code);

    auto e = casework::evaluateMatter(v.matters[0], lookup(), kToday);
    REQUIRE(e);
    CHECK(casework::defaultDecision(*e) == IntakeDecision::AcceptWithDeficiency);
    v.matters[0].decision = IntakeDecision::AcceptWithDeficiency;
    CHECK(casework::checkIntake(v, lookup(), kToday).isEmpty());
    auto cases = casework::buildCases(v, lookup(), kToday, QStringLiteral("v"));
    REQUIRE(cases);
    CHECK(cases.value().first().status == core::CaseStatus::Accepted);
    CHECK(cases.value().first().payload.value("missing").toArray().size() == e->missing.size());
    CHECK(cases.value().first().payload.value("decision").toString() == u"accept-deficiency");
}

TEST_CASE("A refusal needs a reason and becomes a refused case without fee or deadline", "[intake]")
{
    casework::Visit v = confirmedVisit();
    casework::IntakeMatter m = renewal(false);
    m.decision = IntakeDecision::Refuse;
    v.matters << m;
    CHECK(mentions(casework::checkIntake(v, lookup(), kToday), m.code));
    v.matters[0].refusalReason = QStringLiteral("other");
    CHECK(mentions(casework::checkIntake(v, lookup(), kToday), m.code));
    v.matters[0].refusalNote = QStringLiteral("户籍不在本辖区");
    CHECK(casework::checkIntake(v, lookup(), kToday).isEmpty());
    CHECK(v.totalFee(lookup(), kToday).fen == 0);
    auto cases = casework::buildCases(v, lookup(), kToday, QStringLiteral("v"));
    REQUIRE(cases);
    const auto &c = cases.value().first();
    CHECK(c.status == core::CaseStatus::Refused);
    CHECK_FALSE(c.deadline.isValid());
    CHECK_FALSE(c.payload.contains("feeFen"));
    CHECK(c.payload.value("refusalNote").toString() == u"户籍不在本辖区");
    for (casework::RefusalReason r : casework::allRefusalReasons())
        CHECK(casework::refusalReasonFromKey(casework::refusalReasonKey(r)) == r);
    CHECK_FALSE(casework::refusalReasonFromKey(u"nonsense").has_value());
    // An unknown key is no reason.
    v.matters[0].refusalReason = QStringLiteral("nonsense");
    CHECK(mentions(casework::checkIntake(v, lookup(), kToday), v.matters[0].code));
}

TEST_CASE("The visit as a whole needs a citizen a confirmation a signature and a full mail address", "[intake]")
{
    casework::Visit v;
    auto problems = casework::checkIntake(v, lookup(), kToday);
    CHECK(problems.size() == 3);  // no card, no matter, not confirmed
    v = confirmedVisit();
    v.matters << renewal(true);
    v.signatureSha.clear();
    CHECK(casework::checkIntake(v, lookup(), kToday).size() == 1);
    CHECK(casework::checkIntake(v, lookup(), kToday, false).isEmpty());  // workstation without a pad
    v.signatureSha = QStringLiteral("ab");
    v.delivery.method = casework::DeliveryMethod::Mail;
    v.delivery.phone = QStringLiteral("12");
    CHECK(casework::checkIntake(v, lookup(), kToday).size() == 2);
    v.delivery.recipient = QStringLiteral("张伟");
    v.delivery.address = QStringLiteral("上海市浦东新区世纪大道100号");
    v.delivery.phone = QStringLiteral("+86 138-0013-8000");
    CHECK(casework::checkIntake(v, lookup(), kToday).isEmpty());
    auto cases = casework::buildCases(v, lookup(), kToday, QStringLiteral("v"));
    REQUIRE(cases);
    CHECK(cases.value().first().address == u"上海市浦东新区世纪大道100号");
    CHECK(cases.value().first().payload.value("delivery").toObject().value("method").toString() == u"mail");
    CHECK_FALSE(casework::buildCases(casework::Visit{}, lookup(), kToday, QStringLiteral("v")));
}

TEST_CASE("An intake matter survives its JSON form through the matter's questions", "[intake]")
{
    casework::IntakeMatter m = renewal(true);
    m.decision = IntakeDecision::Refuse;
    m.refusalReason = QStringLiteral("out-of-time");
    const catalog::Matter *matter = bundled()->find(m.code);
    const casework::IntakeMatter back = casework::IntakeMatter::fromJson(m.toJson(), matter);
    CHECK(back.code == m.code);
    CHECK(back.received == m.received);
    CHECK(back.decision == IntakeDecision::Refuse);
    CHECK(back.refusalReason == u"out-of-time");
    // Same checklist from the answers read back.
    CHECK(catalog::Guide::evaluate(*matter, back.answers, m.catalogVersion, kToday).fingerprint() ==
          catalog::Guide::evaluate(*matter, m.answers, m.catalogVersion, kToday).fingerprint());
    // An answer to a question the matter does not have is dropped, not carried.
    QJsonObject o = m.toJson();
    QJsonObject answers = o.value("answers").toObject();
    answers.insert("nonexistent", "x");
    o.insert("answers", answers);
    CHECK_FALSE(casework::IntakeMatter::fromJson(o, matter).answers.contains("nonexistent"));
}

TEST_CASE("A two-matter visit is written in one transaction with an audit row per case", "[intake]")
{
    test::CaseStoreRig rig;
    casework::Visit v = confirmedVisit();
    v.matters << renewal(true);
    casework::IntakeMatter booklet;
    booklet.code = QStringLiteral("HZ-HKB-BL");
    booklet.catalogVersion = bundled()->version();
    booklet.decision = IntakeDecision::Refuse;
    booklet.refusalReason = QStringLiteral("not-eligible");
    v.matters << booklet;
    REQUIRE(bundled()->find(booklet.code));
    auto cases = casework::buildCases(v, lookup(), kToday, QStringLiteral("visit-2"));
    REQUIRE(cases);
    QList<storage::CaseRecord> records = cases.value();
    auto creates = [&rig] {
        int n = 0;
        for (const auto &row : storage::AuditLog::recent(rig.store->db(), 100).value())
            if (row.action == QLatin1String(storage::audit::kCaseCreate)) ++n;
        return n;
    };
    REQUIRE(rig.cases.createAll(records, rig.admin.officer.number));
    REQUIRE(records.size() == 2);
    CHECK(records[0].caseNumber != records[1].caseNumber);
    CHECK(creates() == 2);
    auto back = rig.cases.findByNumber(records[1].caseNumber);
    REQUIRE(back);
    REQUIRE(back.value());
    CHECK(back.value()->status == core::CaseStatus::Refused);
    CHECK(back.value()->payload.value("visit").toString() == u"visit-2");
    CHECK(rig.cases.count().value() == 2);
}
