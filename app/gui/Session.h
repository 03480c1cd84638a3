#pragma once
// Everything that exists while an officer is logged in to a profile: its settings, devices and
// identity. Created at login, destroyed at logout; screens get it by reference.

#include "core/Profile.h"
#include "devicekit/DeviceManager.h"
#include "devicekit/PluginRegistry.h"

#include <QObject>

#include <memory>

namespace ow::gui {

class Session final : public QObject {
    Q_OBJECT
public:
    Session(core::Profile profile, QString officerNumber, QString pluginDir, QObject *parent = nullptr);
    ~Session() override;

    [[nodiscard]] const core::Profile &profile() const { return m_profile; }
    [[nodiscard]] core::ProfileSettings &settings() { return *m_settings; }
    [[nodiscard]] devicekit::DeviceManager &devices() { return *m_devices; }
    [[nodiscard]] devicekit::PluginRegistry &plugins() { return *m_plugins; }
    [[nodiscard]] const QString &officerNumber() const { return m_officer; }
    [[nodiscard]] QString counterName() const;

    // Discovers plugins and opens the configured devices (asynchronously).
    void startDevices();

private:
    core::Profile m_profile;
    QString m_officer;
    std::unique_ptr<core::ProfileSettings> m_settings;
    std::unique_ptr<devicekit::PluginRegistry> m_plugins;
    std::unique_ptr<devicekit::DeviceManager> m_devices;
};

} // namespace ow::gui
