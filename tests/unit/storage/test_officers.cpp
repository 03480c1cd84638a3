#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Officers.h"

#include <atomic>
#include <thread>

using namespace ow::storage;

namespace {

struct Rig {
    Database db = Database::open(QStringLiteral(":memory:")).value();
    ow::core::FixedClock clock{QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC)};
    AuditLog audit{db, QStringLiteral("ws-test"), QStringLiteral("counter"), clock};
    OfficerStore officers{db, audit, clock};

    LoggedIn admin()
    {
        auto a = officers.createFirstAdmin({"900001", "管理员", {Role::Admin}}, "admin-password", KdfCost::Minimal);
        REQUIRE(a.ok());
        return a.value();
    }
    QStringList actions()
    {
        QStringList out;
        for (const auto &r : AuditLog::recent(db, 1000).value()) out.prepend(r.action);
        return out;
    }
};

} // namespace

TEST_CASE("The first officer must be an administrator, and only once")
{
    Rig rig;
    auto notAdmin = rig.officers.createFirstAdmin({"000123", "王警官", {Role::Officer}}, "password1", KdfCost::Minimal);
    REQUIRE_FALSE(notAdmin.ok());
    CHECK(notAdmin.error().code == QStringLiteral("officer.first_admin"));
    CHECK_FALSE(rig.officers.hasOfficers());
    const LoggedIn admin = rig.admin();
    CHECK(admin.officer.has(Role::Admin));
    CHECK(rig.officers.cipherSuite().value() == CipherSuite::XChaCha20Poly1305);
    auto again = rig.officers.createFirstAdmin({"900002", "x", {Role::Admin}}, "password2", KdfCost::Minimal);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("officer.not_first"));
}

TEST_CASE("An admin adds officers; every officer unlocks the same data key")
{
    Rig rig;
    const LoggedIn admin = rig.admin();
    auto added = rig.officers.add(admin, {"000123", "王警官", {Role::Officer, Role::Supervisor}}, "officer-pass", KdfCost::Minimal);
    REQUIRE(added.ok());
    CHECK(added.value().has(Role::Supervisor));
    auto in = rig.officers.login("000123", "officer-pass");
    REQUIRE(in.ok());
    const QByteArray sealed = admin.vault->sealText(QStringLiteral("李秀英"), "ad");
    CHECK(in.value().vault->openText(sealed, "ad").value() == QStringLiteral("李秀英"));

    auto dup = rig.officers.add(admin, {"000123", "x", {Role::Officer}}, "officer-pass", KdfCost::Minimal);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code == QStringLiteral("officer.exists"));
    auto byOfficer = rig.officers.add(in.value(), {"000124", "x", {Role::Officer}}, "officer-pass", KdfCost::Minimal);
    REQUIRE_FALSE(byOfficer.ok());
    CHECK(byOfficer.error().code == QStringLiteral("officer.not_admin"));
    auto shortPw = rig.officers.add(admin, {"000125", "x", {Role::Officer}}, "short", KdfCost::Minimal);
    REQUIRE_FALSE(shortPw.ok());
    CHECK(shortPw.error().code == QStringLiteral("password.short"));
}

TEST_CASE("Five wrong passwords lock the account for five minutes, even against the right one")
{
    Rig rig;
    rig.admin();
    for (int i = 1; i <= 4; ++i) {
        auto r = rig.officers.login("900001", "wrong");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("login.failed"));
        CHECK(rig.officers.find("900001").value()->failedAttempts == i);
    }
    CHECK_FALSE(rig.officers.login("900001", "wrong").ok());  // the fifth locks
    auto locked = rig.officers.login("900001", "admin-password");
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == QStringLiteral("login.locked"));
    rig.clock.advanceSecs(299);
    CHECK(rig.officers.login("900001", "admin-password").error().code == QStringLiteral("login.locked"));
    rig.clock.advanceSecs(2);
    REQUIRE(rig.officers.login("900001", "admin-password").ok());
    CHECK(rig.officers.find("900001").value()->failedAttempts == 0);
    // A success resets the count: four more failures do not lock.
    for (int i = 0; i < 4; ++i) CHECK_FALSE(rig.officers.login("900001", "wrong").ok());
    CHECK(rig.officers.login("900001", "admin-password").ok());

    const QStringList actions = rig.actions();
    CHECK(actions.count(QStringLiteral("login.failed")) == 8);
    CHECK(actions.count(QStringLiteral("login.locked")) == 3);  // the lock itself and two attempts while locked
    CHECK(actions.count(QStringLiteral("login")) == 2);
}

TEST_CASE("Unknown officers get the same answer as wrong passwords")
{
    Rig rig;
    rig.admin();
    auto r = rig.officers.login("123456", "whatever");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == rig.officers.login("900001", "wrong").error().message);
}

TEST_CASE("Changing a password re-wraps the key; the old password stops working")
{
    Rig rig;
    const LoggedIn admin = rig.admin();
    const QByteArray sealed = admin.vault->sealText(QStringLiteral("13800138000"), "ad");
    CHECK(rig.officers.changePassword(admin, "wrong-old", "new-password-1", KdfCost::Minimal).error().code ==
          QStringLiteral("password.wrong"));
    CHECK(rig.officers.changePassword(admin, "admin-password", "admin-password", KdfCost::Minimal).error().code ==
          QStringLiteral("password.same"));
    REQUIRE(rig.officers.changePassword(admin, "admin-password", "new-password-1", KdfCost::Minimal).ok());
    CHECK_FALSE(rig.officers.login("900001", "admin-password").ok());
    auto in = rig.officers.login("900001", "new-password-1");
    REQUIRE(in.ok());
    CHECK(in.value().vault->openText(sealed, "ad").value() == QStringLiteral("13800138000"));
}

TEST_CASE("A profile created with SM4 keeps using it")
{
    Rig rig;
    auto a = rig.officers.createFirstAdmin({"900001", "管理员", {Role::Admin}}, "admin-password", KdfCost::Minimal,
                                           CipherSuite::Sm4CtrHmacSm3);
    REQUIRE(a.ok());
    CHECK(a.value().vault->suite() == CipherSuite::Sm4CtrHmacSm3);
    auto in = rig.officers.login("900001", "admin-password");
    REQUIRE(in.ok());
    CHECK(in.value().vault->suite() == CipherSuite::Sm4CtrHmacSm3);
}

TEST_CASE("Guessing the old password in a password change locks the account like a login")
{
    Rig rig;
    const LoggedIn admin = rig.admin();
    for (int i = 0; i < 5; ++i)
        CHECK(rig.officers.changePassword(admin, "guess", "new-password-1", KdfCost::Minimal).error().code ==
              QStringLiteral("password.wrong"));
    CHECK(rig.officers.login("900001", "admin-password").error().code == QStringLiteral("login.locked"));
    CHECK(rig.officers.changePassword(admin, "admin-password", "new-password-1", KdfCost::Minimal).error().code ==
          QStringLiteral("login.locked"));
}

TEST_CASE("Parallel wrong logins from separate connections still reach the lockout")
{
    ow::test::TempDir tmp;
    const QString path = tmp.file("p.db");
    ow::core::FixedClock clock{QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC)};
    {
        auto db = Database::open(path).value();
        AuditLog audit(db, "ws", "counter", clock);
        OfficerStore officers(db, audit, clock);
        REQUIRE(officers.createFirstAdmin({"900001", "管理员", {Role::Admin}}, "admin-password", KdfCost::Interactive).ok());
    }
    std::atomic<int> locked{0}, failed{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            auto db = Database::open(path).value();
            AuditLog audit(db, "ws", "counter", clock);
            OfficerStore officers(db, audit, clock);
            for (int i = 0; i < 3; ++i) {
                auto r = officers.login("900001", "wrong-password");
                if (!r.ok() && r.error().code == QStringLiteral("login.locked")) ++locked;
                else if (!r.ok()) ++failed;
            }
        });
    for (auto &t : threads) t.join();
    // 12 attempts against a limit of 5: at most 5 reached the password check before the lock.
    CHECK(failed.load() <= 5);
    CHECK(locked.load() >= 7);
    auto db = Database::open(path).value();
    AuditLog audit(db, "ws", "counter", clock);
    OfficerStore officers(db, audit, clock);
    CHECK(officers.login("900001", "admin-password").error().code == QStringLiteral("login.locked"));
}
