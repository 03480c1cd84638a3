#include "casework/Deadlines.h"

#include <algorithm>

namespace ow::casework {
namespace {

void sortForCounter(QList<DeadlineEntry> &list)
{
    std::sort(list.begin(), list.end(), [](const DeadlineEntry &a, const DeadlineEntry &b) {
        if (a.item.urgent != b.item.urgent) return a.item.urgent;
        if (a.item.deadline != b.item.deadline) return a.item.deadline < b.item.deadline;
        return a.item.caseNumber < b.item.caseNumber;
    });
}

} // namespace

DeadlineReport deadlineReport(const QList<storage::CaseDeadline> &cases, QDate today,
                              const core::WorkingCalendar &calendar, int dueSoonWorkingDays)
{
    DeadlineReport report;
    for (const storage::CaseDeadline &c : cases) {
        if (!c.deadline.isValid() || !core::caseStatusIsOpen(c.status)) continue;
        const DeadlineEntry e{c, calendar.workingDaysBetween(today, c.deadline)};
        // By calendar day, not working day: a deadline that fell on a holiday is overdue the
        // morning after it, even if no working day has passed since.
        if (c.deadline < today) report.overdue << e;
        else if (e.workingDaysLeft <= dueSoonWorkingDays) report.dueSoon << e;
    }
    sortForCounter(report.overdue);
    sortForCounter(report.dueSoon);
    return report;
}

} // namespace ow::casework
