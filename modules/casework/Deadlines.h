#pragma once
// Zero backlog (零积压): which open cases are past their deadline and which will be soon, counted
// in working days of the mainland calendar so that a deadline after a long holiday is not
// reported as near when the office is closed until then.

#include "core/WorkingCalendar.h"
#include "storage/Cases.h"

#include <QDate>
#include <QList>

namespace ow::casework {

inline constexpr int kDefaultDueSoonWorkingDays = 2;

struct DeadlineEntry {
    storage::CaseDeadline item;
    // Working days from today (exclusive) to the deadline (inclusive): 0 when due today or on
    // the next non-working stretch, negative when overdue.
    int workingDaysLeft = 0;
};

struct DeadlineReport {
    QList<DeadlineEntry> overdue;  // deadline before today
    QList<DeadlineEntry> dueSoon;  // deadline today or within `dueSoonWorkingDays` working days
};

// Closed cases and cases without a deadline are left out. Both lists are sorted urgent first,
// then earliest deadline, then case number (stable for the screen).
[[nodiscard]] DeadlineReport deadlineReport(const QList<storage::CaseDeadline> &cases, QDate today,
                                            const core::WorkingCalendar &calendar = core::WorkingCalendar::builtIn(),
                                            int dueSoonWorkingDays = kDefaultDueSoonWorkingDays);

} // namespace ow::casework
