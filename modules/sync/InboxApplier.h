#pragma once
// Applies what the pull streams brought (sync_inbox) to the profile, on the sync thread right
// after the pull (docs/sync-protocol.md, "Applying what was pulled"):
// - case-status: a back-office move of a case stored here takes the case to the centre's status
//   and version (CaseStore::applyCentralStatus), unless a change made here is still pending or
//   in conflict for that case: then nothing is overwritten and a status conflict is recorded
//   (sync_status_conflict) for an officer to settle. Unknown cases (another workstation's) and
//   moves not newer than the local version are dropped.
// - catalog: installed through catalog::CatalogStore; a refused one (errors, older) is dropped
//   with the reason kept in sync_state (lastApplyProblem) instead of being tried again and again.
// - calendar: each year is checked, then written to <data>/calendar/cn-YYYY.json, where the
//   client's working calendar loads it over the built-in years.
// - officers: storage::OfficerStore::applyCentral (never passwords, never the admin role).
// The appointments stream is not touched: casework's appointment book takes it.

#include "core/Clock.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace ow::storage {
class AuditLog;
class Database;
} // namespace ow::storage

namespace ow::sync {

struct InboxApplied {
    int statusApplied = 0;    // local cases moved to the centre's status
    int statusConflicts = 0;  // moves held back: a change made here is pending or in conflict
    int statusIgnored = 0;    // unknown cases, moves not newer than the local copy, bad items
    QStringList heldBack;     // case numbers of the moves held back
    QString catalogVersion;   // installed now; empty when none
    int calendarYears = 0;    // years written
    int officersCreated = 0;
    int officersUpdated = 0;
    QStringList problems;     // in the officer's words: a refused catalog or calendar

    [[nodiscard]] QJsonObject toJson() const;
};

class InboxApplier {
public:
    // `dataDir`: the profile's data folder (catalog/ and calendar/ are under it).
    InboxApplier(storage::Database &db, storage::AuditLog &audit, QString dataDir,
                 const core::Clock &clock = core::Clock::system());

    // Every stream but appointments, oldest item first. Items are deleted in the same
    // transaction as what they changed; a database error stops and leaves the rest for the
    // next pass.
    core::Result<InboxApplied> apply();

    // The calendar folder of a profile's data folder.
    [[nodiscard]] static QString calendarDir(const QString &dataDir);

private:
    core::Status applyCaseStatus(InboxApplied &out);
    core::Status applyCatalog(InboxApplied &out);
    core::Status applyCalendar(InboxApplied &out);
    core::Status applyOfficers(InboxApplied &out);
    core::Status dropItem(qint64 id);
    // Drops the applied (or refused) items and keeps `problem`, if any, in one transaction.
    core::Status settle(const QList<qint64> &ids, InboxApplied &out, const QString &problem);
    core::Status recordProblem(InboxApplied &out, const QString &problem);

    storage::Database &m_db;
    storage::AuditLog &m_audit;
    QString m_dataDir;
    const core::Clock &m_clock;
};

} // namespace ow::sync
