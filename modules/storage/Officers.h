#pragma once
// Officer accounts, roles, login with lockout, and password change. Logging in opens the
// officer's key slot: the result carries the profile's unlocked Vault.

#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Vault.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace ow::storage {

class AuditLog;
class Database;

enum class Role { Officer, Supervisor, Trainer, Admin };

[[nodiscard]] QString roleKey(Role r);  // "officer", "supervisor", "trainer", "admin"
[[nodiscard]] std::optional<Role> roleFromKey(QStringView key);
[[nodiscard]] QString roleDisplayName(Role r);  // translated

struct Officer {
    qint64 id = 0;
    QString number;
    QString name;
    QList<Role> roles;
    bool active = true;
    bool demo = false;
    int failedAttempts = 0;
    QDateTime lockedUntil;  // UTC; invalid when not locked

    [[nodiscard]] bool has(Role r) const { return roles.contains(r); }
};

// An officer account as the central service lists it: no secrets.
struct CentralOfficer {
    QString number;
    QString name;
    QList<Role> roles;
    bool active = true;
};

struct CentralOfficersApplied {
    int created = 0;   // new accounts, disabled until an administrator sets a password
    int updated = 0;   // name or roles changed
    int disabled = 0;  // disabled because the centre says so
};

struct NewOfficer {
    QString number;
    QString name;
    QList<Role> roles;
    bool demo = false;
};

// An officer who has proven who they are, with the profile's data key.
struct LoggedIn {
    Officer officer;
    std::shared_ptr<const Vault> vault;
};

struct LoginPolicy {
    int maxFailures = 5;        // failures in a row before the account locks
    int lockoutSeconds = 300;   // how long it stays locked
    int minPasswordLength = 8;
};

class OfficerStore {
public:
    OfficerStore(Database &db, AuditLog &audit, const core::Clock &clock = core::Clock::system(),
                 LoginPolicy policy = {});

    [[nodiscard]] bool hasOfficers();
    [[nodiscard]] core::Result<QList<Officer>> list();
    [[nodiscard]] core::Result<std::optional<Officer>> find(const QString &number);
    // The profile's cipher suite (fixed when its first officer was created).
    [[nodiscard]] core::Result<CipherSuite> cipherSuite();

    // The first officer of a profile must be an admin; creates the profile's data key.
    core::Result<LoggedIn> createFirstAdmin(const NewOfficer &officer, const QString &password, KdfCost cost,
                                            CipherSuite suite = CipherSuite::XChaCha20Poly1305);
    // Adds an officer; `by` must be a logged-in admin (their vault wraps the key for the newcomer).
    core::Result<Officer> add(const LoggedIn &by, const NewOfficer &officer, const QString &password, KdfCost cost);
    // Checks the password, applies the lockout policy, audits the attempt.
    core::Result<LoggedIn> login(const QString &number, const QString &password);
    // Re-checks the password of an officer who is already logged in (unlocking an idle-locked
    // screen); failures count towards the lockout like any login.
    core::Status confirmPassword(const QString &number, const QString &password);
    core::Status changePassword(const LoggedIn &who, const QString &oldPassword, const QString &newPassword,
                                KdfCost cost);

    // Officer accounts from the central service (docs/sync-protocol.md, stream officers). Never
    // touches a password, a key slot, a lockout or a practice demo account, and never gives or
    // takes the admin role: that stays a decision made at the workstation, so a central list can
    // neither lock out the local administrator nor make a new one. Unknown numbers become
    // accounts that are disabled until an administrator adds them with a password (add() with the
    // same number fills them in); known ones take the centre's name and roles (plus admin when
    // they hold it here); `active: false` disables an account unless it is an administrator.
    // Joins the caller's transaction when there is one. Audited (officer.central).
    core::Result<CentralOfficersApplied> applyCentral(const QList<CentralOfficer> &officers);

    [[nodiscard]] core::Status checkPasswordRules(const QString &password) const;

private:
    core::Result<std::optional<KeySlot>> slotOf(qint64 officerId);
    // Counts the attempt, applies the lockout, checks the password against the key slot.
    core::Result<std::shared_ptr<const Vault>> checkPassword(const Officer &who, const QString &password);
    core::Status insertOfficer(const NewOfficer &o, const KeySlot &slot, qint64 *id);

    Database &m_db;
    AuditLog &m_audit;
    const core::Clock &m_clock;
    LoginPolicy m_policy;
};

} // namespace ow::storage
