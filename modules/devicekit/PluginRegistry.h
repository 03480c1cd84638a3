#pragma once
// Finds device plugins in the plugin folder and checks their metadata before anything is loaded:
// a plugin with bad metadata is listed as unusable with the reason, never loaded.

#include "core/Result.h"
#include "devicekit/DeviceTypes.h"

#include <QList>
#include <QString>

#include <memory>

class QPluginLoader;

namespace ow::devicekit {

class Device;

struct PluginEntry {
    QString file;
    QString id;
    QString name;
    QString version;
    QList<DeviceKind> kinds;
    bool simulator = false;
    bool usable = false;
    QString problem;  // why it is unusable (officer-readable, translated)
};

class PluginRegistry {
public:
    explicit PluginRegistry(QString pluginDir);
    ~PluginRegistry();
    PluginRegistry(const PluginRegistry &) = delete;
    PluginRegistry &operator=(const PluginRegistry &) = delete;

    // <executable dir>/../lib/onewindow/plugins, overridable with OW_PLUGIN_DIR.
    static QString defaultPluginDir();

    // Reads the metadata of every file in the folder (does not run plugin code).
    void discover();
    [[nodiscard]] const QList<PluginEntry> &entries() const { return m_entries; }
    [[nodiscard]] const PluginEntry *find(const QString &id) const;
    [[nodiscard]] QString pluginDir() const { return m_dir; }

    // Loads the plugin (once) and creates a new closed device of `kind`. The device has no
    // parent and belongs to the caller.
    core::Result<Device *> create(const QString &pluginId, DeviceKind kind);

private:
    PluginEntry inspect(const QString &file) const;

    QString m_dir;
    QList<PluginEntry> m_entries;
    QList<std::shared_ptr<QPluginLoader>> m_loaders;
};

} // namespace ow::devicekit
