#pragma once
// Everything stored for one profile, opened together on one thread: the database, its audit log
// and its officers. Each thread that touches the store opens its own (one connection per thread).

#include "core/Clock.h"
#include "core/Profile.h"
#include "core/Result.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Officers.h"

#include <memory>

namespace ow::storage {

// The practice profile's demo accounts, shown on its login screen. Their passwords are public by
// design: practice data is synthetic and can never reach a real profile.
struct DemoAccount {
    const char *number;
    const char *name;
    const char *roles;
    const char *password;
};
const QList<DemoAccount> &demoAccounts();

class ProfileStore {
public:
    // `workstation`: this machine's name in the audit log (settings `workstation/id`, else the host name).
    static core::Result<std::unique_ptr<ProfileStore>> open(const core::Profile &profile, const QString &workstation,
                                                            const core::Clock &clock = core::Clock::system());
    ~ProfileStore();

    [[nodiscard]] Database &db() { return m_db; }
    [[nodiscard]] AuditLog &audit() { return *m_audit; }
    [[nodiscard]] OfficerStore &officers() { return *m_officers; }
    [[nodiscard]] const core::Profile &profile() const { return m_profile; }
    [[nodiscard]] const core::Clock &clock() const { return m_clock; }

    // Practice only: creates the demo accounts when the profile has no officers yet.
    core::Status ensureDemoAccounts();

    static QString defaultWorkstationId();
    // Argon2id work factor for new key slots: moderate for real profiles (a lost laptop), the
    // faster interactive one for practice, whose data is synthetic.
    [[nodiscard]] KdfCost kdfCost() const { return m_profile.isPractice() ? KdfCost::Interactive : KdfCost::Moderate; }

private:
    ProfileStore(const core::Profile &profile, Database db, const QString &workstation, const core::Clock &clock);

    core::Profile m_profile;
    Database m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<OfficerStore> m_officers;
    const core::Clock &m_clock;
};

} // namespace ow::storage
