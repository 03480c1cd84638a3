#include "Session.h"

#include "devicekit/DeviceSettings.h"

#include <QCoreApplication>

namespace ow::gui {

Session::Session(core::Profile profile, QString officerNumber, QString pluginDir, QObject *parent)
    : QObject(parent),
      m_profile(std::move(profile)),
      m_officer(std::move(officerNumber)),
      m_settings(std::make_unique<core::ProfileSettings>(m_profile)),
      m_plugins(std::make_unique<devicekit::PluginRegistry>(std::move(pluginDir)))
{
    m_devices = std::make_unique<devicekit::DeviceManager>(*m_plugins);
}

Session::~Session()
{
    // Devices stop before the registry that loaded their plugins goes away.
    m_devices.reset();
}

QString Session::counterName() const
{
    return m_settings->string(QStringLiteral("counter/name"),
                              QCoreApplication::translate("ow::gui", "Counter %1").arg(QStringLiteral("01")));
}

void Session::startDevices()
{
    m_plugins->discover();
    const auto cfg = devicekit::DeviceSettings::read(*m_settings);
    m_devices->setTiming(cfg.timing);
    m_devices->start(cfg.devices);
}

} // namespace ow::gui
