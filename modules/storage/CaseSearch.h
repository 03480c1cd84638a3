#pragma once
// Case search for the counter's case list (Ctrl+F): any combination of case number (or its
// beginning), ID number, full name, phone, creation dates, statuses, matter, urgent only and
// overdue only, newest first, in keyset pages (no OFFSET: page 1000 costs what page 1 costs).
//
// Personal filters go through the blind indexes CaseStore writes (exact match after the same
// normalisation), since names, ID and phone numbers are sealed. A search runs in two steps:
// (1) the keys (id, created_at) of one page, read from one index chosen for the filters given
// (the "driver", forced with INDEXED BY so that the plan never depends on table statistics), and
// (2) those rows by id, decrypting only the name and ID number of the rows returned.
//
// Every driver index is (x, created_at), whose entries SQLite keeps in (x, created_at, id) order,
// so a page is read straight from the index without sorting, whatever the table's size. Several
// statuses are read as one stream per status (index (status, created_at)) merged here, because an
// IN list over an index cannot give one ordered stream; overdue cases are read the same way, one
// stream per deadline day (index (deadline, created_at)). The exception is a case number prefix:
// its matches are sorted, which stays cheap because a prefix that names at least the day
// (20261121) matches one day of one workstation.
//
// Not audited: the screen that shows a case's details to a person records that view
// (audit::kCaseView); a list shows names and ID numbers masked.

#include "core/CaseStatus.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace ow::storage {

class Database;
class Vault;

struct CaseQuery {
    QString caseNumberPrefix;  // a whole case number or its beginning; case-insensitive
    QString idNumber;          // 18 characters, exact
    QString name;              // full name, exact (spaces ignored)
    QString phone;             // exact after normalizePhone (+86, spaces and dashes ignored)
    QDate createdFrom;         // local calendar days, inclusive; invalid: open-ended
    QDate createdTo;
    QList<core::CaseStatus> statuses;  // any of these; empty: any status
    QString matterCode;
    bool urgentOnly = false;
    bool overdueOnly = false;  // open, with a deadline before today (the store's clock)

    [[nodiscard]] bool hasPersonalFilter() const
    {
        return !idNumber.trimmed().isEmpty() || !name.trimmed().isEmpty() || !phone.trimmed().isEmpty();
    }
    friend bool operator==(const CaseQuery &, const CaseQuery &) = default;
};

// Where the next page starts: after the last row returned. A default cursor starts at the newest.
struct CaseCursor {
    QString createdAt;  // stored form (ISO UTC with milliseconds)
    qint64 id = 0;
    [[nodiscard]] bool isStart() const { return id == 0; }
};

// What a list line needs. The name and ID number are decrypted (in clear in memory): a screen
// masks them until the officer opens the case.
struct CaseRow {
    qint64 id = 0;
    QString caseNumber;
    core::CaseStatus status = core::CaseStatus::Accepted;
    QString matterCode;
    QDateTime createdAt;  // UTC
    QDate deadline;       // invalid when none
    bool urgent = false;
    int version = 1;
    QString applicantName;
    QString idNumber;
};

struct CasePage {
    QList<CaseRow> rows;
    CaseCursor next;     // pass to the next search() call
    bool atEnd = false;  // no row after these
};

class CaseSearch {
public:
    CaseSearch(Database &db, std::shared_ptr<const Vault> vault, const core::Clock &clock = core::Clock::system());

    // At most `limit` (1..1000) rows after `after`, newest first (created_at, then id, both
    // descending). Errors: storage.search_limit for a limit out of range, or a database error.
    core::Result<CasePage> search(const CaseQuery &query, const CaseCursor &after = {}, int limit = 100);

    // EXPLAIN QUERY PLAN of the key statements `search` runs for `query` (one per status stream),
    // each plan's detail lines joined by " | ": for tests and diagnostics.
    core::Result<QStringList> queryPlan(const CaseQuery &query, const CaseCursor &after = {});

private:
    struct Key {
        QString createdAt;
        qint64 id = 0;
    };
    core::Result<QList<Key>> keys(const CaseQuery &query, const CaseCursor &after, int limit, QStringList *plan);
    core::Result<CaseRow> row(qint64 id);

    Database &m_db;
    std::shared_ptr<const Vault> m_vault;
    const core::Clock &m_clock;
};

} // namespace ow::storage
