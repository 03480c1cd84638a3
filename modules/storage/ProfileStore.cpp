#include "storage/ProfileStore.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace ow::storage {

const QList<DemoAccount> &demoAccounts()
{
    static const QList<DemoAccount> list = {
        {"000001", "林教官", "trainer,admin", "practice-admin"},
        {"000123", "王警官", "officer", "practice-123"},
        {"000200", "赵值班长", "officer,supervisor", "practice-200"},
    };
    return list;
}

ProfileStore::ProfileStore(const core::Profile &profile, Database db, const QString &workstation,
                           const core::Clock &clock)
    : m_profile(profile), m_db(std::move(db)), m_clock(clock)
{
    m_audit = std::make_unique<AuditLog>(m_db, workstation, profile.name(), clock);
    m_officers = std::make_unique<OfficerStore>(m_db, *m_audit, clock);
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultWorkstationId() { return QSysInfo::machineHostName(); }

core::Result<std::unique_ptr<ProfileStore>> ProfileStore::open(const core::Profile &profile, const QString &workstation,
                                                               const core::Clock &clock)
{
    if (auto st = profile.ensureDataDir(); !st) return st.error();
    auto db = Database::open(profile.databasePath());
    if (!db) return db.error();
    const QString ws = workstation.isEmpty() ? defaultWorkstationId() : workstation;
    return std::unique_ptr<ProfileStore>(new ProfileStore(profile, std::move(db).value(), ws, clock));
}

core::Status ProfileStore::ensureDemoAccounts()
{
    if (!m_profile.isPractice() || m_officers->hasOfficers()) return {};
    const KdfCost cost = kdfCost();
    std::optional<LoggedIn> admin;
    for (const DemoAccount &d : demoAccounts()) {
        NewOfficer o;
        o.number = QString::fromLatin1(d.number);
        o.name = QString::fromUtf8(d.name);
        for (const QString &r : QString::fromLatin1(d.roles).split(u','))
            if (auto role = roleFromKey(r)) o.roles << *role;
        o.demo = true;
        const QString pw = QString::fromLatin1(d.password);
        if (!admin) {
            auto a = m_officers->createFirstAdmin(o, pw, cost);
            if (!a) return a.error();
            admin = a.value();
        } else if (auto r = m_officers->add(*admin, o, pw, cost); !r) {
            return r.error();
        }
    }
    return {};
}

} // namespace ow::storage
