#include "storage/Officers.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace ow::storage {
namespace {

QString isoUtc(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QDateTime fromIso(const QString &s)
{
    if (s.isEmpty()) return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString rolesToText(const QList<Role> &roles)
{
    QStringList keys;
    for (Role r : roles) keys << roleKey(r);
    return keys.join(u',');
}

QList<Role> rolesFromText(const QString &text)
{
    QList<Role> roles;
    for (const QString &k : text.split(u',', Qt::SkipEmptyParts))
        if (auto r = roleFromKey(k)) roles << *r;
    return roles;
}

core::Error badLogin()
{
    // One message for an unknown number and a wrong password: no hint which it was.
    return core::makeError(QStringLiteral("login.failed"),
                           QCoreApplication::translate("ow::storage", "Officer number or password is not correct."));
}

Officer readOfficer(const Statement &st)
{
    Officer o;
    o.id = st.int64(0);
    o.number = st.text(1);
    o.name = st.text(2);
    o.roles = rolesFromText(st.text(3));
    o.active = st.int64(4) != 0;
    o.demo = st.int64(5) != 0;
    o.failedAttempts = int(st.int64(6));
    o.lockedUntil = fromIso(st.text(7));
    return o;
}

constexpr const char *kSelectOfficer =
    "SELECT id, number, name, roles, active, demo, failed_attempts, locked_until FROM officer WHERE number = ?1";

} // namespace

QString roleKey(Role r)
{
    switch (r) {
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Trainer: return QStringLiteral("trainer");
    case Role::Admin: return QStringLiteral("admin");
    case Role::Officer: break;
    }
    return QStringLiteral("officer");
}

std::optional<Role> roleFromKey(QStringView key)
{
    for (Role r : {Role::Officer, Role::Supervisor, Role::Trainer, Role::Admin})
        if (roleKey(r) == key) return r;
    return std::nullopt;
}

QString roleDisplayName(Role r)
{
    switch (r) {
    case Role::Supervisor: return QCoreApplication::translate("ow::storage", "Supervisor");
    case Role::Trainer: return QCoreApplication::translate("ow::storage", "Trainer");
    case Role::Admin: return QCoreApplication::translate("ow::storage", "Administrator");
    case Role::Officer: break;
    }
    return QCoreApplication::translate("ow::storage", "Officer");
}

OfficerStore::OfficerStore(Database &db, AuditLog &audit, const core::Clock &clock, LoginPolicy policy)
    : m_db(db), m_audit(audit), m_clock(clock), m_policy(policy)
{
}

bool OfficerStore::hasOfficers()
{
    Statement st(m_db, "SELECT 1 FROM officer LIMIT 1");
    auto r = st.step();
    return r.ok() && r.value();
}

core::Result<QList<Officer>> OfficerStore::list()
{
    Statement st(m_db, "SELECT id, number, name, roles, active, demo, failed_attempts, locked_until FROM officer "
                       "ORDER BY number");
    QList<Officer> out;
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (!r.value()) break;
        out << readOfficer(st);
    }
    return out;
}

core::Result<std::optional<Officer>> OfficerStore::find(const QString &number)
{
    Statement st(m_db, kSelectOfficer);
    st.bind(1, number);
    auto r = st.step();
    if (!r) return r.error();
    if (!r.value()) return std::optional<Officer>();
    return std::optional<Officer>(readOfficer(st));
}

core::Result<CipherSuite> OfficerStore::cipherSuite()
{
    Statement st(m_db, "SELECT value FROM meta WHERE key = 'cipher_suite'");
    auto r = st.step();
    if (!r) return r.error();
    if (!r.value())
        return core::makeError(QStringLiteral("profile.uninitialised"),
                               QCoreApplication::translate("ow::storage", "This profile has no officers yet."));
    const auto suite = cipherSuiteFromKey(st.text(0));
    if (!suite)
        return core::makeError(QStringLiteral("profile.suite"),
                               QCoreApplication::translate("ow::storage", "This profile uses an unknown cipher."),
                               st.text(0));
    return *suite;
}

core::Result<std::optional<KeySlot>> OfficerStore::slotOf(qint64 officerId)
{
    Statement st(m_db, "SELECT salt, opslimit, memlimit, verifier, wrapped_key FROM key_slot WHERE officer_id = ?1");
    st.bind(1, officerId);
    auto r = st.step();
    if (!r) return r.error();
    if (!r.value()) return std::optional<KeySlot>();
    KeySlot k{st.blob(0), quint64(st.int64(1)), quint64(st.int64(2)), st.blob(3), st.blob(4)};
    return std::optional<KeySlot>(k);
}

core::Status OfficerStore::checkPasswordRules(const QString &password) const
{
    if (password.size() < m_policy.minPasswordLength)
        return core::makeError(QStringLiteral("password.short"),
                               QCoreApplication::translate("ow::storage", "A password needs at least %1 characters.")
                                   .arg(m_policy.minPasswordLength));
    return {};
}

core::Status OfficerStore::insertOfficer(const NewOfficer &o, const KeySlot &slot, qint64 *id)
{
    const QString now = isoUtc(m_clock.now());
    // An account the central service listed (disabled, no key slot yet) is filled in, not refused:
    // setting its password is what enables it.
    {
        Statement pre(m_db, "SELECT id FROM officer WHERE number = ?1 AND active = 0 AND "
                            "NOT EXISTS (SELECT 1 FROM key_slot WHERE key_slot.officer_id = officer.id)");
        pre.bind(1, o.number);
        auto found = pre.step();
        if (!found) return found.error();
        if (found.value()) {
            *id = pre.int64(0);
            Statement up(m_db, "UPDATE officer SET name = ?1, roles = ?2, demo = ?3, active = 1, failed_attempts = 0, "
                               "locked_until = NULL, password_changed_at = ?4 WHERE id = ?5");
            up.bind(1, o.name).bind(2, rolesToText(o.roles)).bind(3, o.demo ? 1 : 0).bind(4, now).bind(5, *id);
            if (auto st = up.exec(); !st) return st;
            Statement ks(m_db, "INSERT INTO key_slot(officer_id, kdf, salt, opslimit, memlimit, verifier, wrapped_key, "
                               "created_at) VALUES (?1, 'argon2id13', ?2, ?3, ?4, ?5, ?6, ?7)");
            ks.bind(1, *id).bind(2, slot.salt).bind(3, qint64(slot.opslimit)).bind(4, qint64(slot.memlimit));
            ks.bind(5, slot.verifier).bind(6, slot.wrappedKey).bind(7, now);
            return ks.exec();
        }
    }
    Statement ins(m_db, "INSERT INTO officer(number, name, roles, demo, created_at, password_changed_at) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?5)");
    ins.bind(1, o.number).bind(2, o.name).bind(3, rolesToText(o.roles)).bind(4, o.demo ? 1 : 0).bind(5, now);
    if (auto st = ins.exec(); !st) {
        if (st.error().detail.contains(QStringLiteral("UNIQUE")))
            return core::makeError(QStringLiteral("officer.exists"),
                                   QCoreApplication::translate("ow::storage", "Officer %1 already exists.").arg(o.number));
        return st;
    }
    *id = m_db.lastInsertId();
    Statement ks(m_db, "INSERT INTO key_slot(officer_id, kdf, salt, opslimit, memlimit, verifier, wrapped_key, "
                       "created_at) VALUES (?1, 'argon2id13', ?2, ?3, ?4, ?5, ?6, ?7)");
    ks.bind(1, *id).bind(2, slot.salt).bind(3, qint64(slot.opslimit)).bind(4, qint64(slot.memlimit));
    ks.bind(5, slot.verifier).bind(6, slot.wrappedKey).bind(7, now);
    return ks.exec();
}

core::Result<CentralOfficersApplied> OfficerStore::applyCentral(const QList<CentralOfficer> &officers)
{
    std::optional<Transaction> tx;
    if (!m_db.inTransaction()) {
        tx.emplace(m_db);
        if (!tx->begun()) return tx->begun().error();
    }
    CentralOfficersApplied done;
    const QString now = isoUtc(m_clock.now());
    for (const CentralOfficer &c : officers) {
        const QString number = c.number.trimmed();
        QList<Role> central;
        for (Role r : c.roles)
            if (r != Role::Admin && !central.contains(r)) central << r;
        if (number.isEmpty() || c.name.trimmed().isEmpty()) continue;
        auto found = find(number);
        if (!found) return found.error();
        if (!found.value()) {
            if (central.isEmpty()) central << Role::Officer;
            // No key slot: nobody can log in as this account until an administrator sets its
            // password (add() with the same number), which also enables it.
            Statement ins(m_db, "INSERT INTO officer(number, name, roles, active, created_at, password_changed_at) "
                                "VALUES (?1, ?2, ?3, 0, ?4, ?4)");
            ins.bind(1, number).bind(2, c.name.trimmed()).bind(3, rolesToText(central)).bind(4, now);
            if (auto st = ins.exec(); !st) return st.error();
            if (auto st = m_audit.append({QStringLiteral("central"), audit::kOfficerCentral, number,
                                          QStringLiteral("created disabled, roles %1").arg(rolesToText(central))});
                !st)
                return st.error();
            ++done.created;
            continue;
        }
        const Officer &o = *found.value();
        if (o.demo) continue;
        QList<Role> roles = central;
        if (o.has(Role::Admin)) roles << Role::Admin;
        if (roles.isEmpty()) roles = o.roles;  // an account keeps at least the roles it had
        std::sort(roles.begin(), roles.end());
        QList<Role> had = o.roles;
        std::sort(had.begin(), had.end());
        const bool disable = !c.active && o.active && !o.has(Role::Admin);
        QStringList changes;
        if (o.name != c.name.trimmed()) changes << QStringLiteral("name");
        if (roles != had) changes << QStringLiteral("roles %1").arg(rolesToText(roles));
        if (disable) changes << QStringLiteral("disabled");
        if (changes.isEmpty()) continue;
        Statement up(m_db, "UPDATE officer SET name = ?1, roles = ?2, active = ?3 WHERE id = ?4");
        up.bind(1, c.name.trimmed()).bind(2, rolesToText(roles)).bind(3, (o.active && !disable) ? 1 : 0).bind(4, o.id);
        if (auto st = up.exec(); !st) return st.error();
        if (auto st = m_audit.append({QStringLiteral("central"), audit::kOfficerCentral, number, changes.join(u", ")}); !st)
            return st.error();
        if (disable) ++done.disabled;
        if (changes.size() > (disable ? 1 : 0)) ++done.updated;
    }
    if (tx)
        if (auto st = tx->commit(); !st) return st.error();
    return done;
}

core::Result<LoggedIn> OfficerStore::createFirstAdmin(const NewOfficer &officer, const QString &password, KdfCost cost,
                                                      CipherSuite suite)
{
    if (!officer.roles.contains(Role::Admin))
        return core::makeError(QStringLiteral("officer.first_admin"),
                               QCoreApplication::translate("ow::storage",
                                                           "The first officer of a profile must be an administrator."));
    if (auto st = checkPasswordRules(password); !st) return st.error();
    auto vault = Vault::create(suite);
    const KeySlot slot = vault->wrapFor(officer.number, password, cost);
    if (slot.verifier.isEmpty())
        return core::makeError(QStringLiteral("vault.kdf"),
                               QCoreApplication::translate("ow::storage", "Not enough memory to protect the password."));
    Transaction tx(m_db);
    if (!tx.begun()) return tx.begun().error();
    if (hasOfficers())
        return core::makeError(QStringLiteral("officer.not_first"),
                               QCoreApplication::translate("ow::storage",
                                                           "This profile already has officers: an administrator must add new ones."));
    Statement meta(m_db, "INSERT INTO meta(key, value) VALUES ('cipher_suite', ?1)");
    meta.bind(1, cipherSuiteKey(suite));
    if (auto st = meta.exec(); !st) return st.error();
    qint64 id = 0;
    if (auto st = insertOfficer(officer, slot, &id); !st) return st.error();
    if (auto st = m_audit.append({officer.number, audit::kOfficerAdd, officer.number,
                                  QStringLiteral("first administrator; roles %1").arg(rolesToText(officer.roles))});
        !st)
        return st.error();
    if (auto st = tx.commit(); !st) return st.error();
    auto found = find(officer.number);
    if (!found || !found.value()) return core::makeError(QStringLiteral("officer.missing"), badLogin().message);
    return LoggedIn{*found.value(), vault};
}

core::Result<Officer> OfficerStore::add(const LoggedIn &by, const NewOfficer &officer, const QString &password,
                                        KdfCost cost)
{
    if (!by.officer.has(Role::Admin) || !by.vault)
        return core::makeError(QStringLiteral("officer.not_admin"),
                               QCoreApplication::translate("ow::storage", "Only an administrator can add officers."));
    if (officer.roles.isEmpty())
        return core::makeError(QStringLiteral("officer.no_role"),
                               QCoreApplication::translate("ow::storage", "Give the officer at least one role."));
    if (auto st = checkPasswordRules(password); !st) return st.error();
    const KeySlot slot = by.vault->wrapFor(officer.number, password, cost);
    if (slot.verifier.isEmpty())
        return core::makeError(QStringLiteral("vault.kdf"),
                               QCoreApplication::translate("ow::storage", "Not enough memory to protect the password."));
    Transaction tx(m_db);
    if (!tx.begun()) return tx.begun().error();
    qint64 id = 0;
    if (auto st = insertOfficer(officer, slot, &id); !st) return st.error();
    if (auto st = m_audit.append({by.officer.number, audit::kOfficerAdd, officer.number,
                                  QStringLiteral("roles %1").arg(rolesToText(officer.roles))});
        !st)
        return st.error();
    if (auto st = tx.commit(); !st) return st.error();
    auto found = find(officer.number);
    if (!found) return found.error();
    return *found.value();
}

core::Result<std::shared_ptr<const Vault>> OfficerStore::checkPassword(const Officer &who, const QString &password)
{
    const QDateTime now = m_clock.now().toUTC();
    // The attempt is counted before the slow check, under the write lock: parallel attempts (two
    // windows, a script) each see the others' count, so none gets past the lockout.
    int attempt = 0;
    {
        Transaction tx(m_db);
        if (!tx.begun()) return tx.begun().error();
        Statement cur(m_db, "SELECT failed_attempts, locked_until FROM officer WHERE id = ?1");
        cur.bind(1, who.id);
        auto row = cur.step();
        if (!row) return row.error();
        if (!row.value()) return badLogin();
        const QDateTime lockedUntil = fromIso(cur.text(1));
        if (lockedUntil.isValid() && now < lockedUntil) {
            if (auto st = m_audit.append({who.number, audit::kLoginLocked, who.number, QStringLiteral("attempt while locked")});
                !st)
                return st.error();
            if (auto st = tx.commit(); !st) return st.error();
            const QString until = QLocale().toString(lockedUntil.toLocalTime().time(), QLocale::ShortFormat);
            return core::makeError(QStringLiteral("login.locked"),
                                   QCoreApplication::translate("ow::storage",
                                                               "Too many wrong passwords: this account is locked until %1.")
                                       .arg(until));
        }
        // An expired lock starts a fresh count.
        attempt = (lockedUntil.isValid() ? 0 : int(cur.int64(0))) + 1;
        Statement inc(m_db, "UPDATE officer SET failed_attempts = ?2, locked_until = NULL WHERE id = ?1");
        inc.bind(1, who.id).bind(2, attempt);
        if (auto st = inc.exec(); !st) return st.error();
        if (auto st = tx.commit(); !st) return st.error();
    }
    auto slot = slotOf(who.id);
    if (!slot) return slot.error();
    auto suite = cipherSuite();
    if (!suite) return suite.error();
    if (!slot.value()) return badLogin();
    auto vault = Vault::unlock(*slot.value(), who.number, password, suite.value());
    Transaction tx(m_db);
    if (!tx.begun()) return tx.begun().error();
    if (vault) {
        Statement reset(m_db, "UPDATE officer SET failed_attempts = 0, locked_until = NULL WHERE id = ?1");
        reset.bind(1, who.id);
        if (auto st = reset.exec(); !st) return st.error();
        if (auto st = tx.commit(); !st) return st.error();
        return vault.value();
    }
    if (vault.error().code != u"vault.password") return vault.error();
    // The count as it is now (other attempts may have added to it meanwhile).
    Statement cur(m_db, "SELECT failed_attempts FROM officer WHERE id = ?1");
    cur.bind(1, who.id);
    auto row = cur.step();
    if (!row) return row.error();
    const int failures = row.value() ? int(cur.int64(0)) : attempt;
    const bool lock = failures >= m_policy.maxFailures;
    if (lock) {
        Statement st(m_db, "UPDATE officer SET failed_attempts = 0, locked_until = ?2 WHERE id = ?1");
        st.bind(1, who.id).bind(2, isoUtc(now.addSecs(m_policy.lockoutSeconds)));
        if (auto r = st.exec(); !r) return r.error();
    }
    if (auto st = m_audit.append({who.number, lock ? audit::kLoginLocked : audit::kLoginFailed, who.number,
                                  lock ? QStringLiteral("locked for %1 s after %2 failures").arg(m_policy.lockoutSeconds).arg(failures)
                                       : QStringLiteral("failure %1 of %2").arg(failures).arg(m_policy.maxFailures)});
        !st)
        return st.error();
    if (auto st = tx.commit(); !st) return st.error();
    return badLogin();
}

core::Result<LoggedIn> OfficerStore::login(const QString &number, const QString &password)
{
    auto found = find(number);
    if (!found) return found.error();
    if (!found.value()) {
        // What was typed may be a password typed into the wrong field: never keep it.
        (void)m_audit.append({QStringLiteral("-"), audit::kLoginFailed, QStringLiteral("(unknown officer)"), {}});
        return badLogin();
    }
    const Officer o = *found.value();
    if (!o.active) {
        (void)m_audit.append({o.number, audit::kLoginFailed, o.number, QStringLiteral("account disabled")});
        return core::makeError(QStringLiteral("login.disabled"),
                               QCoreApplication::translate("ow::storage", "This account is disabled."));
    }
    auto vault = checkPassword(o, password);
    if (!vault) return vault.error();
    if (auto st = m_audit.append({o.number, audit::kLogin, o.number, {}}); !st) return st.error();
    Officer fresh = o;
    fresh.failedAttempts = 0;
    fresh.lockedUntil = {};
    return LoggedIn{fresh, vault.value()};
}

core::Status OfficerStore::confirmPassword(const QString &number, const QString &password)
{
    auto r = login(number, password);
    if (!r) return r.error();
    return {};
}

core::Status OfficerStore::changePassword(const LoggedIn &who, const QString &oldPassword, const QString &newPassword,
                                          KdfCost cost)
{
    if (auto st = checkPasswordRules(newPassword); !st) return st;
    if (newPassword == oldPassword)
        return core::makeError(QStringLiteral("password.same"),
                               QCoreApplication::translate("ow::storage", "The new password must differ from the old one."));
    // The old password goes through the same counted check as a login: guessing it here locks the
    // account like guessing at the login screen.
    if (auto checked = checkPassword(who.officer, oldPassword); !checked) {
        if (checked.error().code == u"login.failed")
            return core::makeError(QStringLiteral("password.wrong"),
                                   QCoreApplication::translate("ow::storage", "The current password is not correct."));
        return checked.error();
    }
    const KeySlot fresh = who.vault->wrapFor(who.officer.number, newPassword, cost);
    if (fresh.verifier.isEmpty())
        return core::makeError(QStringLiteral("vault.kdf"),
                               QCoreApplication::translate("ow::storage", "Not enough memory to protect the password."));
    Transaction tx(m_db);
    if (!tx.begun()) return tx.begun();
    Statement st(m_db, "UPDATE key_slot SET salt = ?2, opslimit = ?3, memlimit = ?4, verifier = ?5, wrapped_key = ?6 "
                       "WHERE officer_id = ?1");
    st.bind(1, who.officer.id).bind(2, fresh.salt).bind(3, qint64(fresh.opslimit)).bind(4, qint64(fresh.memlimit));
    st.bind(5, fresh.verifier).bind(6, fresh.wrappedKey);
    if (auto r = st.exec(); !r) return r;
    Statement when(m_db, "UPDATE officer SET password_changed_at = ?2 WHERE id = ?1");
    when.bind(1, who.officer.id).bind(2, isoUtc(m_clock.now()));
    if (auto r = when.exec(); !r) return r;
    if (auto r = m_audit.append({who.officer.number, audit::kPasswordChange, who.officer.number, {}}); !r) return r;
    return tx.commit();
}

} // namespace ow::storage
