#include "TestSupport.h"

#include "core/WorkingCalendar.h"

using ow::core::WorkingCalendar;

namespace {

const WorkingCalendar &cal() { return WorkingCalendar::builtIn(); }

} // namespace

TEST_CASE("The built-in calendar covers 2025 and 2026")
{
    CHECK(cal().years() == QList<int>{2025, 2026});
    CHECK(cal().covers(2026));
    CHECK_FALSE(cal().covers(2027));
    CHECK(cal().holidayName(QDate(2026, 2, 17)) == QStringLiteral("春节"));
    CHECK(cal().holidayName(QDate(2026, 2, 24)).isEmpty());
}

TEST_CASE("Working days: weekdays, minus holidays, plus make-up Saturdays and Sundays")
{
    CHECK(cal().isWorkingDay(QDate(2026, 11, 20)));        // a Friday
    CHECK_FALSE(cal().isWorkingDay(QDate(2026, 11, 21)));  // a Saturday
    CHECK_FALSE(cal().isWorkingDay(QDate(2026, 10, 1)));   // 国庆节, a Thursday
    CHECK(cal().isWorkingDay(QDate(2026, 10, 10)));        // make-up Saturday
    CHECK(cal().isWorkingDay(QDate(2026, 2, 14)));         // make-up Saturday before 春节
    CHECK(cal().isWorkingDay(QDate(2025, 1, 26)));         // make-up Sunday before 春节 2025
}

TEST_CASE("Deadlines across Spring Festival")
{
    // 2026: 春节 15-23 February, make-up working days 14 and 28 February (Saturdays).
    CHECK(cal().addWorkingDays(QDate(2026, 2, 13), 1) == QDate(2026, 2, 14));
    CHECK(cal().addWorkingDays(QDate(2026, 2, 13), 2) == QDate(2026, 2, 24));
    CHECK(cal().addWorkingDays(QDate(2026, 2, 12), 5) == QDate(2026, 2, 26));
    CHECK(cal().addWorkingDays(QDate(2026, 2, 26), 2) == QDate(2026, 2, 28));
    // 2025: 春节 28 January - 4 February, make-up 26 January (Sunday) and 8 February (Saturday).
    CHECK(cal().addWorkingDays(QDate(2025, 1, 24), 1) == QDate(2025, 1, 26));
    CHECK(cal().addWorkingDays(QDate(2025, 1, 24), 3) == QDate(2025, 2, 5));
    CHECK(cal().workingDaysBetween(QDate(2025, 1, 27), QDate(2025, 2, 5)) == 1);
}

TEST_CASE("Deadlines across National Day")
{
    // 2026: 1-7 October, make-up 20 September (Sunday) and 10 October (Saturday).
    CHECK(cal().addWorkingDays(QDate(2026, 9, 30), 1) == QDate(2026, 10, 8));
    CHECK(cal().addWorkingDays(QDate(2026, 9, 30), 3) == QDate(2026, 10, 10));
    CHECK(cal().addWorkingDays(QDate(2026, 9, 18), 1) == QDate(2026, 9, 20));
    // 2025: 1-8 October, make-up 28 September (Sunday) and 11 October (Saturday).
    CHECK(cal().addWorkingDays(QDate(2025, 9, 30), 1) == QDate(2025, 10, 9));
    CHECK(cal().addWorkingDays(QDate(2025, 9, 30), 3) == QDate(2025, 10, 11));
    // A 20-working-day matter accepted before the holiday.
    CHECK(cal().addWorkingDays(QDate(2026, 9, 21), 20) == QDate(2026, 10, 26));
}

TEST_CASE("Instant matters and years without data")
{
    CHECK(cal().addWorkingDays(QDate(2026, 11, 20), 0) == QDate(2026, 11, 20));
    // 2027 has no data yet: weekends only.
    CHECK(cal().addWorkingDays(QDate(2027, 3, 5), 1) == QDate(2027, 3, 8));
}

TEST_CASE("Bad calendar data is refused with the entry named")
{
    WorkingCalendar c;
    auto weekdayMakeUp = c.addYear(R"({"year": 2030, "holidays": [], "workdays": ["2030-01-02"]})");
    REQUIRE_FALSE(weekdayMakeUp.ok());
    CHECK(weekdayMakeUp.error().message.contains(QStringLiteral("2030-01-02")));
    auto inverted = c.addYear(R"({"year": 2030, "holidays": [{"name": "x", "from": "2030-02-05", "to": "2030-02-01"}]})");
    REQUIRE_FALSE(inverted.ok());
    CHECK_FALSE(c.addYear("not json").ok());
    CHECK_FALSE(c.covers(2030));
    REQUIRE(c.addYear(R"({"year": 2030, "holidays": [{"name": "元旦", "from": "2030-01-01", "to": "2030-01-01"}], "workdays": []})").ok());
    CHECK_FALSE(c.isWorkingDay(QDate(2030, 1, 1)));
}
