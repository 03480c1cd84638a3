#pragma once
// One workstation's sync with the central service (docs/sync-protocol.md): uploads the blobs the
// service lacks, pushes the outbox in batches, records each operation's answer in its outbox
// row, then pulls the streams from their cursors. Everything it needs to resume lives in the
// profile's database (outbox state, sync_blob, sync_cursor, sync_state), so a stop at any moment
// loses nothing: the next run sends what was not answered, and the server answers duplicate for
// what it had applied. Runs on the thread that calls it: the sync worker or the CLI.

#include "core/Clock.h"
#include "core/Result.h"
#include "sync/SyncSettings.h"
#include "sync/Transport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace ow::storage {
class AuditLog;
class Database;
class Vault;
struct CaseRecord;
} // namespace ow::storage

namespace ow::sync {

// What the main window and `onewindow-cli sync status` show.
struct SyncStatus {
    bool configured = false;
    QDateTime lastSuccess;  // UTC; invalid when never
    QDateTime lastAttempt;  // UTC
    qint64 pending = 0;     // outbox operations not yet answered
    qint64 conflicts = 0;   // answered conflict: an officer must look at them
    qint64 rejected = 0;
    int failuresInRow = 0;
    QString lastFailureCode;  // empty when the last attempt succeeded
    QString lastFailure;      // in the officer's words
    QString lastConflict;     // the newest conflict or rejection, in the officer's words
    qint64 statusConflicts = 0;  // back-office moves held back (sync_status_conflict, open)
    qint64 problems = 0;         // entries of listSyncProblems(): what the problems dialog lists
    QString lastApplyProblem;    // the newest pulled catalog or calendar that was refused

    [[nodiscard]] QJsonObject toJson() const;
};

core::Result<SyncStatus> readSyncStatus(storage::Database &db, bool configured);

struct SyncReport {
    int applied = 0;
    int duplicates = 0;
    int conflicts = 0;
    int rejected = 0;
    int blobsUploaded = 0;
    qint64 blobBytes = 0;
    int pulled = 0;
    // What was done with what was pulled (InboxApplier).
    int statusApplied = 0;
    int statusConflicts = 0;
    int officersChanged = 0;
    int calendarYears = 0;
    QString catalogVersion;  // installed in this pass
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    int passes = 0;
    qint64 blobMs = 0;  // time spent in each phase
    qint64 pushMs = 0;
    qint64 pullMs = 0;
    QStringList problems;               // conflicts and rejections, in the officer's words
    std::optional<core::Error> failure; // why the last pass stopped, when it did

    [[nodiscard]] bool ok() const { return !failure.has_value(); }
    [[nodiscard]] QJsonObject toJson() const;
};

// The case as the central service receives it: every stored field, decrypted, with the
// hashes of its blobs. Serialised compactly (keys sorted), its SHA-256 is the payload hash.
[[nodiscard]] QJsonObject caseSnapshot(const storage::CaseRecord &c, const QStringList &blobHashes);

// Exponential back-off with jitter: base * 2^(failures-1), at most max, then a random share
// between half and all of it, so that counters coming back together do not retry in step.
[[nodiscard]] std::chrono::milliseconds backoffDelay(int failuresInRow, const SyncSettings &s, quint32 random);

class SyncEngine {
public:
    SyncEngine(storage::Database &db, std::shared_ptr<const storage::Vault> vault, storage::AuditLog &audit,
               SyncSettings settings, const core::Clock &clock = core::Clock::system());
    ~SyncEngine();

    // One pass: blobs, push until nothing is pending, pull, apply what was pulled (InboxApplier,
    // into the profile's folder: the database's). Stops at the first failure to reach
    // or be understood by the service; the outcome is recorded in sync_state either way.
    SyncReport runOnce();
    // Passes until one succeeds with nothing pending, at most `passes`, waiting backoffDelay()
    // between failed ones (blocking: the worker's or the CLI's thread).
    SyncReport runUntilDone(int passes);

    [[nodiscard]] Transport &transport() { return m_transport; }
    // Stops a pass from another thread (logout, shutdown): see Transport::setCancelFlag.
    void setCancelFlag(const std::atomic<bool> *flag) { m_transport.setCancelFlag(flag); }
    [[nodiscard]] const SyncSettings &settings() const { return m_settings; }

private:
    std::optional<core::Error> uploadBlobs(SyncReport &report);
    // Blobs above one chunk, resumably; all of `sha256s` at once.
    std::optional<core::Error> uploadLarge(const QStringList &sha256s, SyncReport &report);
    std::optional<core::Error> markUploaded(const QStringList &sha256s);
    std::optional<core::Error> pushOutbox(SyncReport &report);
    std::optional<core::Error> pull(SyncReport &report);
    std::optional<core::Error> applyInbox(SyncReport &report);
    void recordOutcome(const SyncReport &report);

    storage::Database &m_db;
    [[nodiscard]] QString inboxBody(const QString &stream, const QByteArray &json) const;

    std::shared_ptr<const storage::Vault> m_vault;
    storage::AuditLog &m_audit;
    SyncSettings m_settings;
    const core::Clock &m_clock;
    Transport m_transport;
};

} // namespace ow::sync
