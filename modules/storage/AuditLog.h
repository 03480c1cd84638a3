#pragma once
// The audit log: every view, print and export of personal data, every login and every change of
// an account, one row each. Rows are append-only (triggers refuse UPDATE and DELETE) and
// hash-chained: each row's hash covers its own fields and the previous row's hash, and the head of
// the chain is also kept in `meta`, so an edited, deleted, inserted or reordered row -- the last
// one included -- breaks verification at that row.
//
// Hash: SHA-256 over prev_hash (32 bytes) followed by the row's fields, each as a 4-byte
// big-endian length and its UTF-8 bytes, in the order seq (decimal), at, officer, workstation,
// profile, action, subject, detail. The first row's prev_hash is 32 zero bytes.
// `subject` and `detail` never hold personal data in clear (mask ID numbers, name case numbers).

#include "core/Clock.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ow::storage {

class Database;

namespace audit {
// Action names (stable; reports and the central service read them).
inline constexpr const char *kLogin = "login";
inline constexpr const char *kLoginFailed = "login.failed";
inline constexpr const char *kLoginLocked = "login.locked";
inline constexpr const char *kLogout = "logout";
inline constexpr const char *kScreenLock = "screen.lock";
inline constexpr const char *kScreenUnlock = "screen.unlock";
inline constexpr const char *kOfficerAdd = "officer.add";
inline constexpr const char *kPasswordChange = "password.change";
inline constexpr const char *kCardRead = "card.read";
inline constexpr const char *kIdReveal = "id.reveal";
inline constexpr const char *kCaseCreate = "case.create";
inline constexpr const char *kCaseView = "case.view";
inline constexpr const char *kCaseTransition = "case.transition";
inline constexpr const char *kCaseUrgent = "case.urgent";
// The central service (back office) moved a case; the local copy took its status and version.
inline constexpr const char *kCaseCentralStatus = "case.central_status";
// An officer settled a sync conflict or rejection by taking the central service's version.
inline constexpr const char *kSyncResolve = "sync.resolve";
// Officer accounts from the central service: created (disabled until a password is set) or updated.
inline constexpr const char *kOfficerCentral = "officer.central";
inline constexpr const char *kCasePrint = "case.print";
inline constexpr const char *kCaseExport = "case.export";
inline constexpr const char *kDraftRestore = "draft.restore";
// The citizen screen showed a citizen's details for confirmation; the citizen confirmed and signed.
inline constexpr const char *kCitizenShow = "citizen.show";
inline constexpr const char *kCitizenConfirm = "citizen.confirm";
// An appointment's pre-filled form was opened as a visit.
inline constexpr const char *kAppointmentOpen = "appointment.open";
inline constexpr const char *kSeed = "seed";
inline constexpr const char *kCatalogInstall = "catalog.install";
inline constexpr const char *kBlobStore = "blob.store";            // a new photo, signature, scan or document
inline constexpr const char *kBlobAttach = "blob.attach";          // a blob linked to a case
inline constexpr const char *kDocumentReopen = "document.reopen";    // an archived printout opened again
inline constexpr const char *kNotificationQueue = "notification.queue";  // a text message queued
// Faces and photos (人证核验, 刷脸办, 一照通用): detail carries decision, score and threshold, never a face.
inline constexpr const char *kFaceVerify = "face.verify";          // the pipeline's decision on a live face
inline constexpr const char *kFaceManual = "face.manual";          // the officer compared by eye (no models)
inline constexpr const char *kFaceOverride = "face.override";      // a supervisor accepted a no-match
inline constexpr const char *kIdentityByFace = "identity.face";    // a visit continued without a card (刷脸办)
inline constexpr const char *kRegisterPhotoView = "register.photo.view";  // a register photo fetched and shown
inline constexpr const char *kRegisterPhotoLookup = "register.photo.lookup";  // one register source asked (detail: central|local: found | code)
inline constexpr const char *kPhotoStore = "photo.store";          // a standard photo stored with a person
inline constexpr const char *kPhotoView = "photo.view";            // a stored standard photo shown
inline constexpr const char *kPhotoPrint = "photo.print";          // a photo sheet printed
} // namespace audit

struct AuditEntry {
    QString officer;  // officer number, or "-" before anyone logged in
    QString action;   // one of audit::k*
    QString subject;  // masked
    QString detail;
};

struct AuditRow {
    qint64 seq = 0;
    QDateTime at;  // UTC
    QString officer;
    QString workstation;
    QString profile;
    QString action;
    QString subject;
    QString detail;
    QByteArray prevHash;
    QByteArray hash;
};

struct AuditVerification {
    bool ok = true;
    qint64 rows = 0;            // rows checked
    qint64 firstBrokenSeq = 0;  // 0 when ok
    QString problem;            // what is wrong with that row (English, for the log and the CLI)
};

class AuditLog {
public:
    AuditLog(Database &db, QString workstation, QString profile, const core::Clock &clock = core::Clock::system());

    // Appends one row. Inside the caller's transaction when one is open (so a change and its
    // audit row commit together), in a transaction of its own otherwise.
    core::Status append(const AuditEntry &entry);

    [[nodiscard]] const QString &workstation() const { return m_workstation; }
    [[nodiscard]] const QString &profile() const { return m_profile; }

    // Checks the whole chain from the first row; stops at the first broken one.
    static core::Result<AuditVerification> verify(Database &db);
    // The newest rows, newest first (for supervisors' screens and tests).
    static core::Result<QList<AuditRow>> recent(Database &db, int limit);
    // The hash a row must have (exposed for tests and for verification by the central service).
    static QByteArray rowHash(const QByteArray &prevHash, const AuditRow &row);

private:
    Database &m_db;
    QString m_workstation;
    QString m_profile;
    const core::Clock &m_clock;
};

} // namespace ow::storage
