#include "TestSupport.h"

#include "casework/Deadlines.h"

using ow::core::CaseStatus;
using ow::storage::CaseDeadline;
using namespace ow::casework;

namespace {

CaseDeadline due(const char *number, QDate deadline, bool urgent = false, CaseStatus status = CaseStatus::Accepted)
{
    return CaseDeadline{QString::fromLatin1(number), status, QStringLiteral("HZ-SFZ-HL"), deadline, urgent};
}

QStringList numbers(const QList<DeadlineEntry> &list)
{
    QStringList out;
    for (const auto &e : list) out << e.item.caseNumber;
    return out;
}

} // namespace

TEST_CASE("Due soon counts working days across the 2026 National Day holiday")
{
    const auto &cal = ow::core::WorkingCalendar::builtIn();
    REQUIRE(cal.covers(2026));
    const QDate today(2026, 9, 30);  // the last working day before 1-7 October
    const QList<CaseDeadline> cases = {
        due("A", QDate(2026, 10, 5)),   // inside the holiday: nothing can be done before it
        due("B", QDate(2026, 10, 8)),   // first working day after it
        due("C", QDate(2026, 10, 9)),   // second
        due("D", QDate(2026, 10, 10)),  // Saturday, a make-up working day: third
        due("E", QDate(2026, 9, 29)),   // yesterday
        due("F", QDate(2026, 9, 30)),   // today
    };
    const auto report = deadlineReport(cases, today, cal);
    CHECK(numbers(report.overdue) == QStringList{"E"});
    CHECK(numbers(report.dueSoon) == QStringList{"F", "A", "B", "C"});
    CHECK(report.dueSoon.at(1).workingDaysLeft == 0);
    CHECK(report.dueSoon.at(3).workingDaysLeft == 2);

    // Eight calendar days away, yet due soon; without the holiday data it would be seven working days away.
    CHECK(ow::core::WorkingCalendar().workingDaysBetween(today, QDate(2026, 10, 9)) == 7);

    CHECK(numbers(deadlineReport(cases, today, cal, 3).dueSoon) == QStringList{"F", "A", "B", "C", "D"});
}

TEST_CASE("A deadline inside the holiday is overdue the first working day after it")
{
    const auto report = deadlineReport({due("A", QDate(2026, 10, 3)), due("B", QDate(2026, 10, 8))}, QDate(2026, 10, 8));
    CHECK(numbers(report.overdue) == QStringList{"A"});
    CHECK(numbers(report.dueSoon) == QStringList{"B"});
}

TEST_CASE("Urgent cases come first, then the earliest deadline; closed cases and cases without a deadline are left out")
{
    const QDate today(2026, 11, 23);  // Monday
    const QList<CaseDeadline> cases = {
        due("20261101-01-00001", QDate(2026, 11, 10)),
        due("20261101-01-00002", QDate(2026, 11, 20), true),
        due("20261101-01-00003", QDate(2026, 11, 5)),
        due("20261101-01-00004", QDate(2026, 11, 24)),
        due("20261101-01-00005", QDate(2026, 11, 25), true),
        due("20261101-01-00006", QDate(2026, 11, 23)),
        due("20261101-01-00007", QDate(2026, 11, 1), false, CaseStatus::Collected),
        due("20261101-01-00008", QDate(2026, 11, 1), true, CaseStatus::Withdrawn),
        due("20261101-01-00009", QDate(2026, 11, 1), false, CaseStatus::Mailed),
        due("20261101-01-00010", QDate(2026, 11, 1), false, CaseStatus::Refused),
        due("20261101-01-00011", QDate()),
        due("20261101-01-00012", QDate(2026, 12, 24), true),
    };
    const auto report = deadlineReport(cases, today);
    CHECK(numbers(report.overdue) ==
          QStringList{"20261101-01-00002", "20261101-01-00003", "20261101-01-00001"});
    CHECK(numbers(report.dueSoon) ==
          QStringList{"20261101-01-00005", "20261101-01-00006", "20261101-01-00004"});
}
