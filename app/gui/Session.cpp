#include "Session.h"

#include "devicekit/DeviceSettings.h"
#include "storage/Cases.h"
#include "storage/ProfileStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcGui, "ow.gui")

namespace ow::gui {

Session::Session(std::unique_ptr<storage::ProfileStore> store, storage::LoggedIn officer, QString pluginDir,
                 QObject *parent)
    : QObject(parent),
      m_store(std::move(store)),
      m_officer(std::move(officer)),
      m_settings(std::make_unique<core::ProfileSettings>(m_store->profile())),
      m_plugins(std::make_unique<devicekit::PluginRegistry>(std::move(pluginDir)))
{
    m_devices = std::make_unique<devicekit::DeviceManager>(*m_plugins);
    m_drafts = std::make_unique<storage::DraftStore>(m_store->db(), m_officer.vault, m_store->clock());
}

Session::~Session()
{
    // Devices stop before the registry that loaded their plugins goes away.
    m_devices.reset();
}

const core::Profile &Session::profile() const { return m_store->profile(); }

QString Session::counterName() const
{
    return m_settings->string(QStringLiteral("counter/name"),
                              QCoreApplication::translate("ow::gui", "Counter %1").arg(counterNumber()));
}

QString Session::counterNumber() const { return m_settings->string(QStringLiteral("counter/number"), QStringLiteral("01")); }

int Session::idleLockSeconds() const
{
    return std::max(0, int(m_settings->value(QStringLiteral("security/idleLockMinutes"), 5).toDouble() * 60));
}

void Session::audit(const QString &action, const QString &subject, const QString &detail)
{
    if (auto st = m_store->audit().append({officerNumber(), action, subject, detail}); !st)
        qCWarning(lcGui).noquote() << "audit row not written:" << action << st.error().describe();
}

void Session::startDevices()
{
    m_plugins->discover();
    const auto cfg = devicekit::DeviceSettings::read(*m_settings);
    m_devices->setTiming(cfg.timing);
    m_devices->setAllowSimulators(profile().isPractice());
    m_devices->start(cfg.devices);
}

} // namespace ow::gui

namespace ow::gui {

QFuture<core::Status> Session::runInBackground(std::function<core::Status(storage::ProfileStore &)> work) const
{
    const core::Profile profile = m_store->profile();
    const QString workstation = m_store->audit().workstation();
    return QtConcurrent::run([profile, workstation, work = std::move(work)]() -> core::Status {
        auto store = storage::ProfileStore::open(profile, workstation);
        if (!store) return store.error();
        return work(*store.value());
    });
}

} // namespace ow::gui
