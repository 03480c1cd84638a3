#pragma once
// Cases at rest. A case is written in one transaction together with its outbox row and its audit
// row. Personal fields are sealed by the profile's Vault (bound to the case number) and found
// through blind indexes: by ID number, by full name, by phone number.

#include "core/CaseStatus.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace ow::storage {

class AuditLog;
class Database;
class Vault;

struct CaseRecord {
    qint64 id = 0;
    QString caseNumber;
    core::CaseStatus status = core::CaseStatus::Accepted;
    QString matterCode;
    QString catalogVersion;
    QString officer;
    QDateTime createdAt;  // UTC
    QDateTime updatedAt;  // UTC
    int version = 1;  // optimistic lock: every status change must name the version it read
    bool urgent = false;  // 加急: listed before the others of the same day
    QDate deadline;       // legal deadline (local calendar day); invalid when the matter has none
    // Personal data: sealed at rest.
    QString applicantName;
    QString idNumber;
    QString address;
    QString phone;
    QJsonObject payload;  // everything else the case carries (matters, answers, materials, ...)
};

// What a deadline list needs of a case: no personal data, so listing costs no decryption.
struct CaseDeadline {
    QString caseNumber;
    core::CaseStatus status = core::CaseStatus::Accepted;
    QString matterCode;
    QDate deadline;
    bool urgent = false;
};

// Normalisation applied before blind-indexing, so a look-up finds what was stored.
[[nodiscard]] QString normalizeName(const QString &name);    // trimmed, inner spaces removed
[[nodiscard]] QString normalizePhone(const QString &phone);  // digits only, +86/0086 dropped

class CaseStore {
public:
    // `counterNumber` goes into case numbers; practice case numbers start with "P" so that
    // they can never pass as real ones.
    CaseStore(Database &db, std::shared_ptr<const Vault> vault, AuditLog &audit, QString counterNumber, bool practice,
              const core::Clock &clock = core::Clock::system());

    // Assigns the next case number, writes the case with an outbox row and an audit row (by
    // `officer`) in one transaction, and returns it as stored.
    core::Result<CaseRecord> create(CaseRecord draft, const QString &officer);
    // Many cases in one transaction (seeding, imports): one audit row for the batch.
    core::Status createMany(QList<CaseRecord> &cases, const QString &officer, const QString &auditDetail);
    // The cases of one visit: all written or none, each with its own audit row (case.create),
    // numbered in order. `cases` receives the numbers and ids.
    core::Status createAll(QList<CaseRecord> &cases, const QString &officer);

    // Look-ups decrypt what they return. They do not audit: the screen or command that shows a
    // case to a person records that view (AuditLog, audit::kCaseView).
    core::Result<std::optional<CaseRecord>> findByNumber(const QString &caseNumber);
    core::Result<QList<CaseRecord>> findByIdNumber(const QString &idNumber, int limit = 50);
    core::Result<QList<CaseRecord>> findByName(const QString &name, int limit = 50);
    core::Result<QList<CaseRecord>> findByPhone(const QString &phone, int limit = 50);
    // Cases in `status`, oldest first (a reminder run goes through the longest waiting first),
    // decrypted; at most `limit`.
    core::Result<QList<CaseRecord>> findByStatus(core::CaseStatus status, int limit = 1000);
    core::Result<qint64> count();

    // Moves a case to `to` in one transaction with its audit row (action case.transition, detail
    // "from->to: reason" with ID and phone numbers masked) and an outbox row. Fails with
    // storage.case_not_found, storage.transition_not_allowed (core::caseTransitionAllowed),
    // storage.reason_required (core::caseTransitionNeedsReason) or storage.version_conflict when
    // the case is no longer at `expectedVersion` (someone else changed it since it was read).
    // Returns the case as stored, its version one higher.
    core::Result<CaseRecord> transition(const QString &caseNumber, core::CaseStatus to, const QString &officer,
                                        const QString &reason, int expectedVersion);
    // Marks a case urgent (or not), audited (case.urgent) and sent to the centre through the
    // outbox. The version does not change: priority is not workflow, and bumping it would make a
    // colleague's pending status change fail for nothing.
    core::Status setUrgent(const QString &caseNumber, bool urgent, const QString &officer);
    // The central service (the back office, which owns status after submission) moved the case:
    // writes its status and version as they are at the centre, updated_at and an audit row
    // (case.central_status, by `by`, detail "from->to vN"). No officer transition rule applies and
    // no outbox row is written: the centre knows. Joins the caller's transaction when there is
    // one (the inbox applier deletes the pulled item in the same one). Fails with
    // storage.case_not_found; with `onlyIfNewer` does nothing (ok) when the local version is not
    // older than `version`; without it (an officer took the central version of a conflict) the
    // case takes the centre's status and version whatever it had.
    core::Status applyCentralStatus(const QString &caseNumber, core::CaseStatus status, int version,
                                    const QString &by = QStringLiteral("central"), bool onlyIfNewer = true);
    // Open cases (core::caseStatusIsOpen) that have a deadline, earliest first.
    core::Result<QList<CaseDeadline>> openCasesByDeadline(int limit = 500);

    [[nodiscard]] QString caseNumberFor(QDate day, int sequence) const;

private:
    // What a change checks first, read inside its transaction.
    struct StoredState {
        QString status;
        int version = 0;
        bool urgent = false;
    };
    core::Result<StoredState> storedState(const QString &number);

    core::Result<QString> nextCaseNumber(QDate day);
    core::Status insert(CaseRecord &c, const QString &officer);
    core::Result<CaseRecord> read(const class Statement &st) const;
    core::Result<QList<CaseRecord>> findByHash(const char *sql, const QByteArray &hash, int limit);
    core::Status enqueue(const QString &caseNumber, int baseVersion, const QJsonObject &op);

    Database &m_db;
    std::shared_ptr<const Vault> m_vault;
    AuditLog &m_audit;
    QString m_counter;
    bool m_practice;
    const core::Clock &m_clock;
};

// Work in progress, saved as the officer types and restored after a crash. The payload is sealed.
class DraftStore {
public:
    DraftStore(Database &db, std::shared_ptr<const Vault> vault, const core::Clock &clock = core::Clock::system());

    core::Status save(const QString &key, const QString &officer, const QJsonObject &payload);
    core::Result<std::optional<QJsonObject>> load(const QString &key);
    core::Status remove(const QString &key);
    // Keys of the drafts an officer left behind.
    core::Result<QStringList> keysOf(const QString &officer);

private:
    Database &m_db;
    std::shared_ptr<const Vault> m_vault;
    const core::Clock &m_clock;
};

} // namespace ow::storage
