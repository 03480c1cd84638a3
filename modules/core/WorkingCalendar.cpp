#include "core/WorkingCalendar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initCalendarResources() { Q_INIT_RESOURCE(calendar); }

namespace ow::core {
namespace {

Error calendarError(const QString &what)
{
    return makeError(QStringLiteral("calendar.data"),
                     QCoreApplication::translate("ow::core", "The holiday calendar data is not valid: %1").arg(what));
}

} // namespace

const WorkingCalendar &WorkingCalendar::builtIn()
{
    static const WorkingCalendar calendar = [] {
        initCalendarResources();
        WorkingCalendar c;
        const QDir dir(QStringLiteral(":/onewindow/calendar"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly)) (void)c.addYear(f.readAll());
        }
        return c;
    }();
    return calendar;
}

Status WorkingCalendar::addYear(const QByteArray &json)
{
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (!doc.isObject()) return calendarError(perr.errorString());
    const QJsonObject o = doc.object();
    const int year = o.value("year").toInt();
    if (year < 2000 || year > 2100) return calendarError(QStringLiteral("year"));
    QHash<QDate, QString> holidays;
    for (const QJsonValue &v : o.value("holidays").toArray()) {
        const QJsonObject h = v.toObject();
        const QDate from = QDate::fromString(h.value("from").toString(), Qt::ISODate);
        const QDate to = QDate::fromString(h.value("to").toString(), Qt::ISODate);
        const QString name = h.value("name").toString();
        if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 15 || name.isEmpty())
            return calendarError(QStringLiteral("holiday \"%1\"").arg(name));
        for (QDate d = from; d <= to; d = d.addDays(1)) holidays.insert(d, name);
    }
    QSet<QDate> workdays;
    for (const QJsonValue &v : o.value("workdays").toArray()) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        // A make-up working day is by definition a weekend day that is not a holiday.
        if (!d.isValid() || d.dayOfWeek() < 6 || holidays.contains(d))
            return calendarError(QStringLiteral("make-up working day %1").arg(v.toString()));
        workdays.insert(d);
    }
    if (m_years.contains(year)) {
        for (auto it = m_holidays.begin(); it != m_holidays.end();) it = it.key().year() == year ? m_holidays.erase(it) : std::next(it);
        for (auto it = m_workdays.begin(); it != m_workdays.end();) it = it->year() == year ? m_workdays.erase(it) : std::next(it);
    }
    m_years.insert(year);
    m_holidays.insert(holidays);
    m_workdays.unite(workdays);
    return {};
}

Status WorkingCalendar::addDirectory(const QString &dir)
{
    const QDir d(dir);
    QStringList bad;
    for (const QString &name : d.entryList({QStringLiteral("cn-*.json")}, QDir::Files, QDir::Name)) {
        QFile f(d.filePath(name));
        if (!f.open(QIODevice::ReadOnly) || !addYear(f.readAll())) bad << name;
    }
    if (!bad.isEmpty()) return calendarError(bad.join(u", "));
    return {};
}

WorkingCalendar WorkingCalendar::withInstalled(const QString &dir)
{
    WorkingCalendar c = builtIn();
    (void)c.addDirectory(dir);
    return c;
}

QList<int> WorkingCalendar::years() const
{
    QList<int> y(m_years.begin(), m_years.end());
    std::sort(y.begin(), y.end());
    return y;
}

bool WorkingCalendar::isWorkingDay(QDate day) const
{
    if (m_workdays.contains(day)) return true;
    if (m_holidays.contains(day)) return false;
    return day.dayOfWeek() < 6;
}

QString WorkingCalendar::holidayName(QDate day) const { return m_holidays.value(day); }

QDate WorkingCalendar::addWorkingDays(QDate accepted, int workingDays) const
{
    QDate d = accepted;
    for (int left = workingDays; left > 0;) {
        d = d.addDays(1);
        if (isWorkingDay(d)) --left;
    }
    return d;
}

int WorkingCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (to < from) return -workingDaysBetween(to, from);
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        if (isWorkingDay(d)) ++n;
    return n;
}

} // namespace ow::core
