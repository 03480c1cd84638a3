#pragma once
// Working days (工作日) of the mainland calendar: weekdays, minus public holidays, plus the
// make-up working days (调休) that fall on weekends. Holidays are data, one JSON file per year
// (resources/calendar/cn-YYYY.json, from the State Council's yearly notice); a newer file can be
// loaded at run time. Years without data count weekends only, and say so (covers()).

#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace ow::core {

class WorkingCalendar {
public:
    // The years built into the client (2025, 2026), loaded once.
    static const WorkingCalendar &builtIn();

    WorkingCalendar() = default;
    // Adds one year's data (JSON as in resources/calendar); the error names the bad entry. A year
    // already present is replaced as a whole (a newer notice for the same year wins).
    Status addYear(const QByteArray &json);
    // Years installed in a profile (<data>/calendar/cn-YYYY.json, from the central service) over
    // the built-in ones; a file that does not load is skipped and named in the error, the others
    // still count.
    Status addDirectory(const QString &dir);
    // The built-in years with the profile's installed ones over them.
    static WorkingCalendar withInstalled(const QString &dir);

    [[nodiscard]] bool covers(int year) const { return m_years.contains(year); }
    [[nodiscard]] QList<int> years() const;
    [[nodiscard]] bool isWorkingDay(QDate day) const;
    // The holiday's name on that day (春节, 国庆节, ...), empty on other days.
    [[nodiscard]] QString holidayName(QDate day) const;
    // The deadline of a matter accepted on `accepted` with `workingDays` working days: the
    // acceptance day itself does not count, the deadline is the N-th working day after it.
    // 0 working days (即来即办) gives the acceptance day.
    [[nodiscard]] QDate addWorkingDays(QDate accepted, int workingDays) const;
    // Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is earlier.
    [[nodiscard]] int workingDaysBetween(QDate from, QDate to) const;

private:
    QSet<int> m_years;
    QHash<QDate, QString> m_holidays;
    QSet<QDate> m_workdays;
};

} // namespace ow::core
