#include "storage/CaseSearch.h"

#include "core/IdNumber.h"
#include "storage/Cases.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QMutex>

#include <algorithm>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <variant>

namespace ow::storage {
namespace {

QString isoUtc(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

// Same associated data as CaseStore: a sealed field opens only in its own column of its own case.
QByteArray ad(const char *column, const QString &caseNumber)
{
    return QByteArray("case.") + column + ':' + caseNumber.toUtf8();
}

// Statement caches prepared statements by the address of their SQL, so its text must live as
// long as the program. A search composes its SQL from the filters given; the number of shapes is
// bounded (which filters are present, how many statuses), so each distinct text is kept once here
// and its address reused.
const char *interned(const QByteArray &sql)
{
    static QMutex mutex;
    static std::set<std::string> pool;
    QMutexLocker lock(&mutex);
    return pool.insert(sql.toStdString()).first->c_str();
}

using Bind = std::variant<QString, QByteArray, qint64>;

// Which index reads the keys of a page, in order of preference: the most selective filter given.
enum class Driver { IdHash, PhoneHash, NameHash, CaseNumber, Urgent, Overdue, Status, Matter, Created };

// The query with its keys computed: blind-index hashes, stored date forms, the statuses left.
struct Prepared {
    QByteArray idHash, phoneHash, nameHash;
    QString prefixLow, prefixHigh;
    QString fromIso, toIso;
    QStringList statuses;  // keys, deduplicated
    QString matter;
    bool urgent = false;
    bool overdue = false;
    QString todayIso;
    bool empty = false;  // the filters exclude every case (e.g. overdue and only closed statuses)
    Driver driver = Driver::Created;
};

Prepared prepare(const CaseQuery &q, const Vault &vault, QDate today)
{
    Prepared p;
    if (const QString id = q.idNumber.trimmed(); !id.isEmpty()) {
        // Keyed exactly as CaseStore::insert keys it.
        auto parsed = core::IdNumber::parse(id, today);
        p.idHash = vault.blindIndex("id", parsed ? parsed.value().text() : id.toUpper());
    }
    if (const QString phone = normalizePhone(q.phone); !phone.isEmpty()) p.phoneHash = vault.blindIndex("phone", phone);
    if (const QString name = normalizeName(q.name); !name.isEmpty()) p.nameHash = vault.blindIndex("name", name);
    if (const QString prefix = q.caseNumberPrefix.trimmed().toUpper(); !prefix.isEmpty()) {
        // [prefix, prefix with its last character incremented): a range the index can seek.
        p.prefixLow = prefix;
        p.prefixHigh = prefix.chopped(1) + QChar(char16_t(prefix.back().unicode() + 1));
    }
    if (q.createdFrom.isValid()) p.fromIso = isoUtc(QDateTime(q.createdFrom, QTime(0, 0)));
    if (q.createdTo.isValid()) p.toIso = isoUtc(QDateTime(q.createdTo.addDays(1), QTime(0, 0)));
    if (q.createdFrom.isValid() && q.createdTo.isValid() && q.createdTo < q.createdFrom) p.empty = true;
    p.overdue = q.overdueOnly;
    for (core::CaseStatus s : q.statuses) {
        // Overdue means open: a closed status cannot be overdue.
        if (p.overdue && !core::caseStatusIsOpen(s)) continue;
        const QString key = core::caseStatusKey(s);
        if (!p.statuses.contains(key)) p.statuses << key;
    }
    if (!q.statuses.isEmpty() && p.statuses.isEmpty()) p.empty = true;
    p.matter = q.matterCode.trimmed();
    p.urgent = q.urgentOnly;
    p.todayIso = today.toString(Qt::ISODate);

    if (!p.idHash.isNull()) p.driver = Driver::IdHash;
    else if (!p.phoneHash.isNull()) p.driver = Driver::PhoneHash;
    else if (!p.nameHash.isNull()) p.driver = Driver::NameHash;
    else if (!p.prefixLow.isEmpty()) p.driver = Driver::CaseNumber;
    else if (p.urgent) p.driver = Driver::Urgent;
    else if (p.overdue) p.driver = Driver::Overdue;
    else if (!p.statuses.isEmpty()) p.driver = Driver::Status;
    else if (!p.matter.isEmpty()) p.driver = Driver::Matter;
    return p;
}

const char *indexOf(const Prepared &p)
{
    switch (p.driver) {
    case Driver::IdHash: return "case_record_id_hash";
    case Driver::PhoneHash: return "case_record_phone_hash";
    case Driver::NameHash: return "case_record_name_hash";
    case Driver::CaseNumber: return "case_record_number_created";
    case Driver::Urgent: return "case_record_urgent";
    case Driver::Overdue: return p.statuses.isEmpty() ? "case_record_open_deadline" : "case_record_open_status_deadline";
    case Driver::Status: return p.matter.isEmpty() ? "case_record_status" : "case_record_status_matter";
    case Driver::Matter: return "case_record_matter";
    case Driver::Created: break;
    }
    return "case_record_created";
}

struct Composed {
    QByteArray sql;
    QList<Bind> binds;
};

// What a statement reads beyond the filters: by default the keys, newest first. The overdue
// search also asks for one deadline day's keys, and for the latest overdue day before another.
struct Extra {
    const char *columns = "id, created_at";
    const char *condition = nullptr;  // e.g. "deadline = ", followed by `value`'s parameter
    QString value;
    const char *orderBy = "created_at DESC, id DESC";
};

// The key statement of one stream; `status` is that stream's status when the driver is Status.
Composed compose(const Prepared &p, const CaseCursor &after, int fetch, const QString &status, const Extra &extra = {})
{
    Composed c;
    QByteArrayList where;
    auto param = [&c](Bind b) {
        c.binds << std::move(b);
        return QByteArray("?") + QByteArray::number(c.binds.size());
    };
    if (!p.idHash.isNull()) where << "id_hash = " + param(p.idHash);
    if (!p.phoneHash.isNull()) where << "phone_hash = " + param(p.phoneHash);
    if (!p.nameHash.isNull()) where << "name_hash = " + param(p.nameHash);
    if (!p.prefixLow.isEmpty()) {
        where << "case_number >= " + param(p.prefixLow);
        where << "case_number < " + param(p.prefixHigh);
    }
    if (p.driver == Driver::Status || (p.driver == Driver::Overdue && !status.isEmpty())) {
        where << "status = " + param(status);
    } else if (!p.statuses.isEmpty()) {
        QByteArrayList in;
        for (const QString &s : p.statuses) in << param(s);
        where << "status IN (" + in.join(", ") + ")";
    }
    if (!p.matter.isEmpty()) where << "matter_code = " + param(p.matter);
    // Partial indexes: these terms repeat the indexes' WHERE clauses (migrations 4 and 5) word for
    // word, or SQLite could not use them.
    if (p.urgent) where << "urgent = 1";
    if (p.overdue) {
        where << "deadline IS NOT NULL AND status NOT IN ('collected', 'mailed', 'refused', 'withdrawn')";
        // A deadline condition of the overdue merge replaces this bound: with two upper bounds
        // SQLite would seek by one and filter by the other, reading every day between them.
        if (!extra.condition) where << "deadline < " + param(p.todayIso);
    }
    if (!p.fromIso.isEmpty()) where << "created_at >= " + param(p.fromIso);
    if (!p.toIso.isEmpty()) where << "created_at < " + param(p.toIso);
    if (!after.isStart()) {
        const QByteArray a = param(after.createdAt);
        where << "(created_at, id) < (" + a + ", " + param(after.id) + ")";
    }
    if (extra.condition) where << extra.condition + param(extra.value);
    c.sql = QByteArray("SELECT ") + extra.columns + " FROM case_record INDEXED BY " + indexOf(p);
    if (!where.isEmpty()) c.sql += " WHERE " + where.join(" AND ");
    c.sql += QByteArray(" ORDER BY ") + extra.orderBy + " LIMIT " + param(qint64(fetch));
    return c;
}

void bindAll(Statement &st, const QList<Bind> &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        std::visit([&](const auto &v) { st.bind(i + 1, v); }, binds[i]);
}

} // namespace

CaseSearch::CaseSearch(Database &db, std::shared_ptr<const Vault> vault, const core::Clock &clock)
    : m_db(db), m_vault(std::move(vault)), m_clock(clock)
{
}

core::Result<QList<CaseSearch::Key>> CaseSearch::keys(const CaseQuery &query, const CaseCursor &after, int limit,
                                                       QStringList *plan)
{
    const Prepared p = prepare(query, *m_vault, m_clock.today());
    QList<Key> out;
    if (p.empty && !plan) return out;

    // Runs one composed statement: its plan in plan mode, else each row to `row`.
    auto run = [&](const Composed &c, const std::function<void(Statement &)> &row) -> core::Status {
        if (plan) {
            Statement st(m_db, interned("EXPLAIN QUERY PLAN " + c.sql));
            bindAll(st, c.binds);
            QStringList lines;
            for (;;) {
                auto r = st.step();
                if (!r) return r.error();
                if (!r.value()) break;
                lines << st.text(3);
            }
            *plan << lines.join(QStringLiteral(" | "));
            return {};
        }
        Statement st(m_db, interned(c.sql));
        bindAll(st, c.binds);
        for (;;) {
            auto r = st.step();
            if (!r) return r.error();
            if (!r.value()) return {};
            row(st);
        }
    };
    auto newestFirst = [](const Key &a, const Key &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    };
    auto readKey = [&out](Statement &st) { out << Key{st.text(1), st.int64(0)}; };

    if (p.driver == Driver::Overdue) {
        // Overdue cases can be many (a backlog of a year), and newest first is not the order of
        // the deadline index. Within one deadline day, though, the index is in created_at order.
        // So: (1) find each overdue deadline day with its newest matching key, walking the index
        // backwards one day at a time (one seek per day); (2) read whole days, newest day-heads
        // first, until no remaining day can beat the page's oldest key. The cost follows the
        // number of overdue days, not of overdue cases.
        // With statuses, one such merge per status on an index that starts with the status, so a
        // status that has no overdue case costs one seek rather than a walk over every overdue one.
        struct Day {
            QString deadline;
            Key newest;
        };
        const QStringList statusStreams = p.statuses.isEmpty() ? QStringList{QString()} : p.statuses;
        for (const QString &status : statusStreams) {
            QList<Day> days;
            QString before = p.todayIso;
            for (;;) {
                Extra probe{"id, created_at, deadline", "deadline < ", before, "deadline DESC, created_at DESC, id DESC"};
                std::optional<Day> found;
                if (auto st = run(compose(p, after, 1, status, probe),
                                  [&](Statement &row) { found = Day{row.text(2), Key{row.text(1), row.int64(0)}}; });
                    !st)
                    return st.error();
                if (plan || !found) break;
                days << *found;
                before = found->deadline;
            }
            std::sort(days.begin(), days.end(), [&](const Day &a, const Day &b) { return newestFirst(a.newest, b.newest); });
            if (plan) days << Day{p.todayIso, {}};  // the plan of a day's read
            for (const Day &d : std::as_const(days)) {
                if (!plan && out.size() >= limit && !newestFirst(d.newest, out.back())) break;
                Extra day{"id, created_at", "deadline = ", d.deadline, "created_at DESC, id DESC"};
                if (auto st = run(compose(p, after, limit, status, day), readKey); !st) return st.error();
                std::sort(out.begin(), out.end(), newestFirst);
                if (out.size() > limit) out.resize(limit);
            }
        }
        return out;
    }

    const QStringList streams = p.driver == Driver::Status ? p.statuses : QStringList{QString()};
    for (const QString &status : streams)
        if (auto st = run(compose(p, after, limit, status), readKey); !st) return st.error();
    if (streams.size() > 1) {
        // Merge the per-status streams: each is already newest first and holds at most `limit`.
        std::sort(out.begin(), out.end(), newestFirst);
        if (out.size() > limit) out.resize(limit);
    }
    return out;
}

core::Result<CaseRow> CaseSearch::row(qint64 id)
{
    Statement st(m_db, "SELECT id, case_number, status, matter_code, created_at, deadline, urgent, version, name_enc, "
                       "id_number_enc FROM case_record WHERE id = ?1");
    st.bind(1, id);
    auto r = st.step();
    if (!r) return r.error();
    if (!r.value())
        return core::makeError(QStringLiteral("storage.case_not_found"),
                               QCoreApplication::translate("ow::storage", "The case was deleted while it was listed."),
                               QStringLiteral("case id %1").arg(id));
    CaseRow c;
    c.id = st.int64(0);
    c.caseNumber = st.text(1);
    c.status = core::caseStatusFromKey(st.text(2)).value_or(core::CaseStatus::Draft);
    c.matterCode = st.text(3);
    c.createdAt = QDateTime::fromString(st.text(4), Qt::ISODateWithMs);
    c.createdAt.setTimeSpec(Qt::UTC);
    if (!st.isNull(5)) c.deadline = QDate::fromString(st.text(5), Qt::ISODate);
    c.urgent = st.int64(6) != 0;
    c.version = int(st.int64(7));
    if (!st.isNull(8)) {
        auto name = m_vault->openText(st.blob(8), ad("name", c.caseNumber));
        if (!name) return name.error();
        c.applicantName = name.value();
    }
    if (!st.isNull(9)) {
        auto number = m_vault->openText(st.blob(9), ad("id_number", c.caseNumber));
        if (!number) return number.error();
        c.idNumber = number.value();
    }
    return c;
}

core::Result<CasePage> CaseSearch::search(const CaseQuery &query, const CaseCursor &after, int limit)
{
    if (limit < 1 || limit > 1000)
        return core::makeError(QStringLiteral("storage.search_limit"),
                               QCoreApplication::translate("ow::storage", "A search page holds 1 to 1000 cases."),
                               QStringLiteral("limit %1").arg(limit));
    // One key more than asked says whether another page follows.
    auto found = keys(query, after, limit + 1, nullptr);
    if (!found) return found.error();
    QList<Key> &k = found.value();
    CasePage page;
    page.atEnd = k.size() <= limit;
    if (!page.atEnd) k.resize(limit);
    page.rows.reserve(k.size());
    for (const Key &key : std::as_const(k)) {
        auto r = row(key.id);
        if (!r) return r.error();
        page.rows << r.value();
    }
    if (!k.isEmpty()) page.next = CaseCursor{k.back().createdAt, k.back().id};
    else page.next = after;
    return page;
}

core::Result<QStringList> CaseSearch::queryPlan(const CaseQuery &query, const CaseCursor &after)
{
    QStringList plan;
    auto r = keys(query, after, 101, &plan);
    if (!r) return r.error();
    return plan;
}

} // namespace ow::storage
