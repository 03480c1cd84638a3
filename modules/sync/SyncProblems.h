#pragma once
// What needs an officer after a sync: outbox operations the central service answered with a
// conflict or a rejection, and back-office moves held back because a change made here was not
// settled (sync_status_conflict). One entry per case (or other outbox entity), in plain words,
// for the sync problems dialog and `onewindow-cli sync status`. Reads plain columns only: no
// officer key is needed and no personal data is shown.

#include "core/Clock.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ow::storage {
class AuditLog;
class Database;
} // namespace ow::storage

namespace ow::sync {

struct SyncProblem {
    QString entity;        // "case", "notification", ...
    QString key;           // the case number (also for a notification)
    QString kind;          // "conflict" (the centre moved the case) or "rejected"
    QString localStatus;   // status key of the case here; empty when it is not here
    int localVersion = 0;
    QString serverStatus;  // the centre's status key; empty when not known
    int serverVersion = 0;
    QString counterDid;    // officer's words: what this counter has or did
    QString centreSays;    // officer's words: what the central service has
    QString reason;        // officer's words
    QString since;         // ISO UTC: when the centre answered

    [[nodiscard]] QJsonObject toJson() const;
};

// Newest first.
core::Result<QList<SyncProblem>> listSyncProblems(storage::Database &db);
// How many entries listSyncProblems() gives, cheaply (the status bar).
core::Result<qint64> countSyncProblems(storage::Database &db);

// "Take the central version": the entity's conflicting and rejected outbox rows (and, for a
// case, its still pending ones, which were made from a version the centre no longer has) become
// 'resolved' and are never sent; a held-back status conflict is closed; a case here takes the
// centre's status and version when the centre's status is known. One transaction, audited
// (sync.resolve by `officer`). Error sync.no_problem when there is nothing to settle.
core::Status takeCentralVersion(storage::Database &db, storage::AuditLog &audit, const QString &entity,
                                const QString &key, const QString &officer,
                                const core::Clock &clock = core::Clock::system());

} // namespace ow::sync
