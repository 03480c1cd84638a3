// CaseSearch against a brute-force filter of the very cases seeded: every filter alone and in
// combinations, read page by page (no gap, no repeat, newest first), and the plans of the main
// shapes (an index, never a full scan of the table).

#include "CaseStoreRig.h"
#include "TestSupport.h"

#include "storage/CaseSearch.h"
#include "storage/SyntheticCases.h"

#include <algorithm>
#include <functional>

using namespace ow::storage;
using ow::core::CaseStatus;

namespace {

QString iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

struct Seeded {
    ow::test::CaseStoreRig rig;
    QList<CaseRecord> cases;  // as stored (case numbers and ids assigned)

    explicit Seeded(int count = 480)
    {
        SyntheticCases gen(7, rig.clock.now());
        cases = gen.batch(count);
        for (int i = 0; i < cases.size(); ++i) {
            CaseRecord &c = cases[i];
            // Ties on created_at across page boundaries: the id must order them.
            if (i % 40 == 0) c.createdAt = QDateTime(QDate(2026, 11, 2), QTime(2, 0), Qt::UTC);
            c.urgent = i % 11 == 0;
            if (ow::core::caseStatusIsOpen(c.status)) c.deadline = c.createdAt.toLocalTime().date().addDays(14);
        }
        // Two applicants with several cases each, for the personal filters.
        for (int i = 0; i < 6 && i * 50 + 3 < cases.size(); ++i) {
            cases[i * 50 + 3].applicantName = QStringLiteral("欧阳娜娜");
            cases[i * 50 + 3].idNumber = QStringLiteral("11010119900307663X");
            cases[i * 50 + 3].phone = QStringLiteral("13800138000");
        }
        REQUIRE(rig.cases.createMany(cases, QStringLiteral("900001"), QStringLiteral("test")).ok());
    }

    // What the search must return, in order.
    QStringList expected(const std::function<bool(const CaseRecord &)> &match) const
    {
        QList<CaseRecord> hits;
        for (const CaseRecord &c : cases)
            if (match(c)) hits << c;
        std::sort(hits.begin(), hits.end(), [](const CaseRecord &a, const CaseRecord &b) {
            return iso(a.createdAt) != iso(b.createdAt) ? iso(a.createdAt) > iso(b.createdAt) : a.id > b.id;
        });
        QStringList out;
        for (const CaseRecord &c : hits) out << c.caseNumber;
        return out;
    }

    // Every page of `q`, `pageSize` at a time, checking each page's rows against the records.
    QStringList all(const CaseQuery &q, int pageSize = 7)
    {
        CaseSearch search(rig.store->db(), rig.admin.vault, rig.clock);
        QStringList out;
        CaseCursor cursor;
        for (int guard = 0; guard < 1000; ++guard) {
            auto page = search.search(q, cursor, pageSize);
            REQUIRE(page.ok());
            REQUIRE(page.value().rows.size() <= pageSize);
            for (const CaseRow &r : page.value().rows) {
                out << r.caseNumber;
                const auto it = std::find_if(cases.begin(), cases.end(), [&](const CaseRecord &c) { return c.id == r.id; });
                REQUIRE(it != cases.end());
                CHECK(r.applicantName == it->applicantName);
                CHECK(r.idNumber == it->idNumber);
                CHECK(r.status == it->status);
                CHECK(r.matterCode == it->matterCode);
                CHECK(r.urgent == it->urgent);
                CHECK(r.deadline == it->deadline);
                CHECK(iso(r.createdAt) == iso(it->createdAt));
            }
            if (page.value().atEnd) return out;
            REQUIRE(page.value().rows.size() == pageSize);
            cursor = page.value().next;
        }
        FAIL("the pages never ended");
        return out;
    }

    bool overdue(const CaseRecord &c) const
    {
        return ow::core::caseStatusIsOpen(c.status) && c.deadline.isValid() && c.deadline < rig.clock.today();
    }
};

bool noDuplicates(const QStringList &l)
{
    return QSet<QString>(l.begin(), l.end()).size() == l.size();
}

} // namespace

TEST_CASE("Every case comes once newest first across pages of any size")
{
    Seeded s;
    const QStringList expected = s.expected([](const CaseRecord &) { return true; });
    REQUIRE(expected.size() == 480);
    for (int pageSize : {1, 7, 100, 480, 1000}) {
        const QStringList got = s.all({}, pageSize);
        CHECK(noDuplicates(got));
        CHECK(got == expected);
    }
}

TEST_CASE("Each filter alone returns exactly its cases")
{
    Seeded s;
    const CaseRecord &someone = s.cases[3];

    CaseQuery byId;
    byId.idNumber = QStringLiteral("11010119900307663x");  // lower-case x as typed
    CHECK(s.all(byId, 4) == s.expected([](const CaseRecord &c) { return c.idNumber == u"11010119900307663X"; }));
    CHECK(s.all(byId).size() == 6);

    CaseQuery byName;
    byName.name = QStringLiteral(" 欧阳 娜娜 ");
    CHECK(s.all(byName) == s.expected([](const CaseRecord &c) { return c.applicantName == u"欧阳娜娜"; }));

    CaseQuery byPhone;
    byPhone.phone = QStringLiteral("+86 138-0013-8000");
    CHECK(s.all(byPhone).size() == 6);

    CaseQuery whole;
    whole.caseNumberPrefix = someone.caseNumber.toLower();
    CHECK(s.all(whole) == QStringList{someone.caseNumber});
    CaseQuery prefix;
    prefix.caseNumberPrefix = QStringLiteral("20261121-07-001");
    const QStringList hundreds = s.all(prefix);
    CHECK(hundreds.size() == 100);
    CHECK(hundreds == s.expected([](const CaseRecord &c) { return c.caseNumber.startsWith(u"20261121-07-001"); }));

    CaseQuery dates;
    dates.createdFrom = QDate(2026, 9, 1);
    dates.createdTo = QDate(2026, 9, 30);
    const QStringList september = s.all(dates);
    CHECK_FALSE(september.isEmpty());
    CHECK(september == s.expected([](const CaseRecord &c) {
        const QDate d = c.createdAt.toLocalTime().date();
        return d >= QDate(2026, 9, 1) && d <= QDate(2026, 9, 30);
    }));

    CaseQuery one;
    one.statuses = {CaseStatus::Accepted};
    CHECK(s.all(one) == s.expected([](const CaseRecord &c) { return c.status == CaseStatus::Accepted; }));
    CaseQuery several;
    several.statuses = {CaseStatus::Refused, CaseStatus::ReadyForPickup, CaseStatus::Withdrawn, CaseStatus::Refused};
    const QStringList mixed = s.all(several, 5);
    CHECK(noDuplicates(mixed));
    CHECK(mixed == s.expected([](const CaseRecord &c) {
        return c.status == CaseStatus::Refused || c.status == CaseStatus::ReadyForPickup || c.status == CaseStatus::Withdrawn;
    }));

    CaseQuery matter;
    matter.matterCode = QStringLiteral("CRJ-HZ-SL");
    CHECK(s.all(matter) == s.expected([](const CaseRecord &c) { return c.matterCode == u"CRJ-HZ-SL"; }));

    CaseQuery urgent;
    urgent.urgentOnly = true;
    CHECK(s.all(urgent) == s.expected([](const CaseRecord &c) { return c.urgent; }));

    CaseQuery overdue;
    overdue.overdueOnly = true;
    const QStringList late = s.all(overdue);
    CHECK_FALSE(late.isEmpty());
    CHECK(late == s.expected([&](const CaseRecord &c) { return s.overdue(c); }));
}

TEST_CASE("Filters combine as AND")
{
    Seeded s;
    CaseQuery q;
    q.statuses = {CaseStatus::Collected, CaseStatus::Mailed};
    q.matterCode = QStringLiteral("HZ-SFZ-HL");
    CHECK(s.all(q, 3) == s.expected([](const CaseRecord &c) {
        return (c.status == CaseStatus::Collected || c.status == CaseStatus::Mailed) && c.matterCode == u"HZ-SFZ-HL";
    }));

    CaseQuery m;
    m.matterCode = QStringLiteral("HZ-SFZ-HL");
    m.createdFrom = QDate(2026, 6, 1);
    m.createdTo = QDate(2026, 10, 31);
    m.urgentOnly = true;
    CHECK(s.all(m) == s.expected([](const CaseRecord &c) {
        const QDate d = c.createdAt.toLocalTime().date();
        return c.matterCode == u"HZ-SFZ-HL" && c.urgent && d >= QDate(2026, 6, 1) && d <= QDate(2026, 10, 31);
    }));

    CaseQuery late;
    late.overdueOnly = true;
    late.statuses = {CaseStatus::ReadyForPickup, CaseStatus::Collected};  // Collected cannot be overdue
    CHECK(s.all(late) == s.expected([&](const CaseRecord &c) { return s.overdue(c) && c.status == CaseStatus::ReadyForPickup; }));
    late.statuses = {CaseStatus::Returned, CaseStatus::ReadyForPickup, CaseStatus::Accepted};
    late.matterCode = QStringLiteral("HZ-SFZ-HL");
    const QStringList lateIdCards = s.expected([&](const CaseRecord &c) {
        return s.overdue(c) && c.matterCode == u"HZ-SFZ-HL" &&
               (c.status == CaseStatus::Returned || c.status == CaseStatus::ReadyForPickup || c.status == CaseStatus::Accepted);
    });
    REQUIRE(lateIdCards.size() > 2);
    CHECK(s.all(late, 2) == lateIdCards);
    late.matterCode.clear();
    late.statuses = {CaseStatus::Collected};
    CHECK(s.all(late).isEmpty());

    CaseQuery person;
    person.name = QStringLiteral("欧阳娜娜");
    person.statuses = {s.cases[3].status};
    CHECK(s.all(person) == s.expected([&](const CaseRecord &c) {
        return c.applicantName == u"欧阳娜娜" && c.status == s.cases[3].status;
    }));

    CaseQuery reversed;
    reversed.createdFrom = QDate(2026, 10, 1);
    reversed.createdTo = QDate(2026, 9, 1);
    CHECK(s.all(reversed).isEmpty());

    CaseQuery nobody;
    nobody.idNumber = QStringLiteral("110101198805120178");
    CHECK(s.all(nobody).isEmpty());
}

TEST_CASE("A changed case moves into and out of a status search")
{
    Seeded s(60);
    CaseQuery accepted;
    accepted.statuses = {CaseStatus::Accepted};
    const QStringList before = s.all(accepted);
    REQUIRE_FALSE(before.isEmpty());
    const auto stored = s.rig.cases.findByNumber(before.first()).value().value();
    REQUIRE(s.rig.cases.transition(stored.caseNumber, CaseStatus::UnderReview, "900001", {}, stored.version).ok());
    const QStringList after = s.all(accepted);
    CHECK(after.size() == before.size() - 1);
    CHECK_FALSE(after.contains(stored.caseNumber));
}

TEST_CASE("A page limit out of range is refused")
{
    Seeded s(5);
    CaseSearch search(s.rig.store->db(), s.rig.admin.vault, s.rig.clock);
    CHECK(search.search({}, {}, 0).error().code == QStringLiteral("storage.search_limit"));
    CHECK(search.search({}, {}, 1001).error().code == QStringLiteral("storage.search_limit"));
}

TEST_CASE("The main search shapes read an index and never scan the table")
{
    Seeded s(20);
    CaseSearch search(s.rig.store->db(), s.rig.admin.vault, s.rig.clock);
    const CaseCursor later{QStringLiteral("2026-11-01T00:00:00.000Z"), 10};

    struct Shape {
        const char *name;
        CaseQuery query;
        const char *index;
        bool sorts;  // a case number prefix sorts its (few) matches
    };
    auto q = [](auto set) {
        CaseQuery c;
        set(c);
        return c;
    };
    const QList<Shape> shapes = {
        {"everything", {}, "case_record_created", false},
        {"id", q([](CaseQuery &c) { c.idNumber = "11010119900307663X"; c.statuses = {CaseStatus::Accepted}; }),
         "case_record_id_hash", false},
        {"name", q([](CaseQuery &c) { c.name = "欧阳娜娜"; c.createdFrom = QDate(2026, 1, 1); }), "case_record_name_hash", false},
        {"phone", q([](CaseQuery &c) { c.phone = "13800138000"; }), "case_record_phone_hash", false},
        {"case number", q([](CaseQuery &c) { c.caseNumberPrefix = "20261121-07"; }), "case_record_number_created", true},
        {"status", q([](CaseQuery &c) { c.statuses = {CaseStatus::Accepted, CaseStatus::Returned}; }), "case_record_status", false},
        {"status and date", q([](CaseQuery &c) {
             c.statuses = {CaseStatus::Collected};
             c.createdFrom = QDate(2026, 3, 1);
             c.createdTo = QDate(2026, 3, 31);
         }), "case_record_status", false},
        {"status and matter", q([](CaseQuery &c) { c.statuses = {CaseStatus::Collected}; c.matterCode = "HZ-SFZ-HL"; }),
         "case_record_status_matter", false},
        {"matter", q([](CaseQuery &c) { c.matterCode = "CRJ-HZ-SL"; c.createdTo = QDate(2026, 10, 1); }), "case_record_matter", false},
        {"urgent", q([](CaseQuery &c) { c.urgentOnly = true; c.matterCode = "CRJ-HZ-SL"; }), "case_record_urgent", false},
        {"overdue", q([](CaseQuery &c) { c.overdueOnly = true; }), "case_record_open_deadline", false},
        {"overdue by status", q([](CaseQuery &c) {
             c.overdueOnly = true;
             c.statuses = {CaseStatus::ReadyForPickup, CaseStatus::Returned};
         }), "case_record_open_status_deadline", false},
        {"dates", q([](CaseQuery &c) { c.createdFrom = QDate(2026, 5, 1); c.createdTo = QDate(2026, 5, 31); }),
         "case_record_created", false},
    };
    for (const Shape &shape : shapes) {
        for (const CaseCursor &cursor : {CaseCursor{}, later}) {
            INFO(shape.name << (cursor.isStart() ? " first page" : " later page"));
            auto plans = search.queryPlan(shape.query, cursor);
            REQUIRE(plans.ok());
            REQUIRE_FALSE(plans.value().isEmpty());
            for (const QString &plan : plans.value()) {
                INFO(plan.toStdString());
                CHECK(plan.contains(QString::fromLatin1(shape.index)));
                // "SCAN case_record" alone would be the whole table.
                CHECK_FALSE(QRegularExpression(QStringLiteral("SCAN case_record(?! USING)")).match(plan).hasMatch());
                if (!shape.sorts) CHECK_FALSE(plan.contains(QStringLiteral("TEMP B-TREE")));
            }
        }
    }
}
