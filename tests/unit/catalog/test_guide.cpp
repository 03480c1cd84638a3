#include "TestSupport.h"

#include "catalog/Guide.h"

using namespace ow::catalog;

namespace {

std::shared_ptr<const Catalog> good()
{
    static const CatalogLoad load = Catalog::load(QStringLiteral(OW_CATALOG_FIXTURES "/good.json"));
    REQUIRE(load.ok());
    return load.catalog;
}

const Matter &firstCard() { return *good()->find(QStringLiteral("HZ-SFZ-SL")); }

QStringList ids(const Checklist &c, bool certainOnly = false)
{
    QStringList out;
    for (const ChecklistMaterial &m : c.materials)
        if (!certainOnly || m.certain) out << m.material->id;
    return out;
}

QStringList open(const Checklist &c)
{
    QStringList out;
    for (const GuideQuestion *q : c.openQuestions) out << q->id;
    return out;
}

} // namespace

TEST_CASE("With nothing answered the guide shows what is known and what to ask")
{
    const Checklist c = Guide::evaluate(firstCard(), {}, QStringLiteral("v"), QDate(2026, 3, 2));
    CHECK_FALSE(c.complete());
    // The pupil question waits for the age; the others can be asked now.
    CHECK(open(c) == QStringList{"age", "urgent", "docs"});
    CHECK(ids(c, true) == QStringList{"booklet"});
    CHECK(ids(c) == QStringList{"booklet", "photo", "guardian", "school", "admission"});
    CHECK_FALSE(c.deadlineCertain);
}

TEST_CASE("Each answer narrows the checklist; hidden questions read as not applicable")
{
    GuideAnswers a{{"age", 30}, {"urgent", "no"}, {"docs", QStringList{"booklet", "photo"}}};
    const Checklist c = Guide::evaluate(firstCard(), a, QStringLiteral("v"), QDate(2026, 3, 2));
    CHECK(c.complete());
    CHECK(ids(c) == QStringList{"booklet"});  // no guardian, no school (pupil not asked), no exam
    CHECK(c.totalFen() == 2000);
    CHECK(c.workingDays == 20);
    CHECK(c.deadlineCertain);

    a.insert(QStringLiteral("age"), 12);
    const Checklist minor = Guide::evaluate(firstCard(), a, QStringLiteral("v"), QDate(2026, 3, 2));
    CHECK(open(minor) == QStringList{"pupil"});
    CHECK(ids(minor, true) == QStringList{"booklet", "guardian"});
}

TEST_CASE("Answers that do not fit are ignored and the question stays open")
{
    const GuideAnswers a{{"age", 200}, {"urgent", "perhaps"}, {"docs", QStringList{"booklet", "unknown"}}};
    const Checklist c = Guide::evaluate(firstCard(), a, QStringLiteral("v"), QDate(2026, 3, 2));
    CHECK(open(c) == QStringList{"age", "urgent"});
    CHECK(c.answers.value(QStringLiteral("docs")).toStringList() == QStringList{"booklet"});
}

TEST_CASE("Exemptions apply only on their days and only when their condition holds")
{
    const GuideAnswers pupil{{"age", 12}, {"pupil", "yes"}, {"urgent", "no"}, {"docs", QStringList{}}};
    const Checklist summer = Guide::evaluate(firstCard(), pupil, QStringLiteral("v"), QDate(2026, 7, 15));
    CHECK(summer.totalFen() == 0);
    REQUIRE(summer.fees.front().exemption);
    CHECK(summer.fees.front().exemption->id == u"campaign");
    const Checklist autumn = Guide::evaluate(firstCard(), pupil, QStringLiteral("v"), QDate(2026, 9, 1));
    CHECK(autumn.totalFen() == 2000);
    GuideAnswers notPupil = pupil;
    notPupil.insert(QStringLiteral("pupil"), QStringLiteral("no"));
    CHECK(Guide::evaluate(firstCard(), notPupil, QStringLiteral("v"), QDate(2026, 7, 15)).totalFen() == 2000);
    // Age known to be under 16 but pupil not answered: the fee might still be waived.
    GuideAnswers unknownPupil = pupil;
    unknownPupil.remove(QStringLiteral("pupil"));
    CHECK_FALSE(Guide::evaluate(firstCard(), unknownPupil, QStringLiteral("v"), QDate(2026, 7, 15)).feeCertain());
}

TEST_CASE("Deadlines count working days across Spring Festival and National Day")
{
    const GuideAnswers normal{{"age", 30}, {"urgent", "no"}, {"docs", QStringList{}}};
    // Accepted on the last working day before the 2026 Spring Festival break (Feb 15-23).
    const Checklist spring = Guide::evaluate(firstCard(), normal, QStringLiteral("v"), QDate(2026, 2, 13));
    CHECK(spring.deadline == ow::core::WorkingCalendar::builtIn().addWorkingDays(QDate(2026, 2, 13), 20));
    CHECK(spring.deadline > QDate(2026, 3, 13));  // not 20 plain weekdays
    GuideAnswers urgent = normal;
    urgent.insert(QStringLiteral("urgent"), QStringLiteral("yes"));
    urgent.insert(QStringLiteral("born"), QStringLiteral("2026-06-07"));
    const Checklist fast = Guide::evaluate(firstCard(), urgent, QStringLiteral("v"), QDate(2026, 9, 30));
    CHECK(fast.workingDays == 7);
    CHECK(fast.deadline == ow::core::WorkingCalendar::builtIn().addWorkingDays(QDate(2026, 9, 30), 7));
    CHECK(fast.deadline >= QDate(2026, 10, 15));  // the National Day week does not count
    CHECK(ids(fast).contains(QStringLiteral("admission")));
    CHECK(fast.notes.size() == 1);
}

TEST_CASE("An instant matter's deadline is the day of acceptance")
{
    const Matter &m = *good()->find(QStringLiteral("HZ-SFZ-LS"));
    const Checklist c = Guide::evaluate(m, {{"age", 40}}, QStringLiteral("v"), QDate(2026, 5, 6));
    CHECK(c.workingDays == 0);
    CHECK(c.deadline == QDate(2026, 5, 6));
    CHECK(c.totalFen() == 0);
}

TEST_CASE("Enumeration finds every distinct checklist and counts the paths to each")
{
    const Matter &m = *good()->find(QStringLiteral("HZ-SFZ-LS"));
    // Age is cut at 16: one value below, the edge, one above.
    CHECK(representativeAnswers(m, m.questions.front()) == QVariantList{15.0, 16.0, 17.0});
    const Enumeration e = enumerate(m, QStringLiteral("v"), QDate(2026, 5, 6));
    CHECK_FALSE(e.truncated);
    CHECK(e.paths == 3);
    REQUIRE(e.situations.size() == 2);
    CHECK(e.situations[0].paths + e.situations[1].paths == 3);

    const Enumeration big = enumerate(firstCard(), QStringLiteral("v"), QDate(2026, 7, 6));
    CHECK_FALSE(big.truncated);
    qint64 sum = 0;
    QSet<QString> fingerprints;
    for (const Situation &s : big.situations) {
        sum += s.paths;
        CHECK(s.checklist.complete());
        fingerprints.insert(s.checklist.fingerprint());
    }
    CHECK(sum == big.paths);
    CHECK(fingerprints.size() == big.situations.size());
    CHECK(big.askedQuestions.size() == 5);
    CHECK(big.neededMaterials.size() == 5);
    const Enumeration bounded = enumerate(firstCard(), QStringLiteral("v"), QDate(2026, 7, 6), 10);
    CHECK(bounded.truncated);
    CHECK(bounded.paths == 10);
}

TEST_CASE("Answers parse from text as the CLI gives them")
{
    const Matter &m = firstCard();
    CHECK(Guide::parseAnswer(*m.question(QStringLiteral("age")), QStringLiteral("16")).toDouble() == 16);
    CHECK_FALSE(Guide::parseAnswer(*m.question(QStringLiteral("age")), QStringLiteral("old")).isValid());
    CHECK(Guide::parseAnswer(*m.question(QStringLiteral("docs")), QStringLiteral("booklet|photo")).toStringList().size() == 2);
    CHECK(Guide::parseAnswer(*m.question(QStringLiteral("docs")), QString()).toStringList().isEmpty());
    CHECK(Guide::parseAnswer(*m.question(QStringLiteral("docs")), QString()).isValid());
    CHECK_FALSE(Guide::parseAnswer(*m.question(QStringLiteral("urgent")), QStringLiteral("maybe")).isValid());
    CHECK(Guide::parseAnswer(*m.question(QStringLiteral("born")), QStringLiteral("2026-06-01")).toDate() == QDate(2026, 6, 1));
}

TEST_CASE("The card answers age and validity questions that ask for them", "[guide]")
{
    const auto load = ow::catalog::Catalog::loadBundled();
    REQUIRE(load.catalog);
    const ow::catalog::Matter *renewal = load.catalog->find(QStringLiteral("HZ-SFZ-HL"));
    REQUIRE(renewal);
    const QDate today(2026, 11, 23);
    auto a = ow::catalog::Guide::cardAnswers(*renewal, QDate(1988, 11, 24), QDate(2027, 1, 10), false, today);
    CHECK(a.value("age").toDouble() == 37.0);  // the birthday is tomorrow
    CHECK(a.value("expiry").toString() == QStringLiteral("soon"));
    a = ow::catalog::Guide::cardAnswers(*renewal, QDate(1988, 11, 23), QDate(2026, 11, 22), false, today);
    CHECK(a.value("age").toDouble() == 38.0);
    CHECK(a.value("expiry").toString() == QStringLiteral("expired"));
    CHECK(ow::catalog::Guide::cardAnswers(*renewal, {}, {}, true, today).value("expiry").toString() ==
          QStringLiteral("early"));
    CHECK_FALSE(ow::catalog::Guide::cardAnswers(*renewal, {}, {}, true, today).contains("age"));
    // A matter asking nothing of the card gets nothing from it.
    const ow::catalog::Matter *booklet = load.catalog->find(QStringLiteral("HZ-HKB-BL"));
    REQUIRE(booklet);
    CHECK(ow::catalog::Guide::cardAnswers(*booklet, QDate(1980, 1, 1), {}, true, today).isEmpty());
}
