#include "devicekit/PluginRegistry.h"

#include "devicekit/Device.h"
#include "devicekit/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <QRegularExpression>

namespace ow::devicekit {
namespace {

} // namespace

PluginRegistry::PluginRegistry(QString pluginDir) : m_dir(std::move(pluginDir)) {}

PluginRegistry::~PluginRegistry() = default;

QString PluginRegistry::defaultPluginDir()
{
    const QString env = qEnvironmentVariable("OW_PLUGIN_DIR");
    if (!env.isEmpty()) return env;
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../lib/onewindow/plugins"));
}

PluginEntry PluginRegistry::inspect(const QString &file) const
{
    PluginEntry e;
    e.file = file;
    e.id = QFileInfo(file).completeBaseName();
    auto bad = [&e](const QString &why) {
        e.usable = false;
        e.problem = why;
        return e;
    };
    if (!QLibrary::isLibrary(file)) return bad(QCoreApplication::translate("ow::devicekit", "not a plugin library"));

    QPluginLoader loader(file);
    const QJsonObject meta = loader.metaData();
    if (meta.isEmpty()) return bad(QCoreApplication::translate("ow::devicekit", "not a Qt plugin, or it cannot be loaded: %1").arg(loader.errorString()));
    const QString iid = meta.value("IID").toString();
    if (iid != QLatin1String(OW_DEVICE_PLUGIN_IID))
        return bad(QCoreApplication::translate("ow::devicekit", "wrong plugin interface \"%1\" (expected \"%2\")").arg(iid, QLatin1String(OW_DEVICE_PLUGIN_IID)));

    const QJsonValue mv = meta.value("MetaData");
    if (!mv.isObject() || mv.toObject().isEmpty()) return bad(QCoreApplication::translate("ow::devicekit", "the plugin has no metadata"));
    const QJsonObject md = mv.toObject();

    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{1,63}$"));
    const QString id = md.value("id").toString();
    if (!idPattern.match(id).hasMatch())
        return bad(QCoreApplication::translate("ow::devicekit", "metadata \"id\" is missing or not of lower-case letters, digits and dashes"));
    e.id = id;
    e.name = md.value("name").toString();
    if (e.name.isEmpty()) return bad(QCoreApplication::translate("ow::devicekit", "metadata \"name\" is missing"));
    static const QRegularExpression versionPattern(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?$"));
    e.version = md.value("version").toString();
    if (!versionPattern.match(e.version).hasMatch()) return bad(QCoreApplication::translate("ow::devicekit", "metadata \"version\" is missing or not like 1.2.3"));
    const QJsonValue kinds = md.value("kinds");
    if (!kinds.isArray() || kinds.toArray().isEmpty()) return bad(QCoreApplication::translate("ow::devicekit", "metadata \"kinds\" must list at least one device kind"));
    for (const QJsonValue &k : kinds.toArray()) {
        const auto kind = deviceKindFromKey(k.toString());
        if (!kind) return bad(QCoreApplication::translate("ow::devicekit", "metadata \"kinds\" names an unknown device kind \"%1\"").arg(k.toString()));
        e.kinds.append(*kind);
    }
    const QJsonValue sim = md.value("simulator");
    if (!sim.isBool()) return bad(QCoreApplication::translate("ow::devicekit", "metadata \"simulator\" must be true or false"));
    e.simulator = sim.toBool();
    e.usable = true;
    return e;
}

void PluginRegistry::discover()
{
    m_entries.clear();
    QDir dir(m_dir);
    if (!dir.exists()) {
        qCWarning(lcDevices) << "plugin folder does not exist:" << m_dir;
        return;
    }
    const auto files = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &fi : files) {
        PluginEntry e = inspect(fi.absoluteFilePath());
        if (e.usable && find(e.id)) {
            e.usable = false;
            e.problem = QCoreApplication::translate("ow::devicekit", "another plugin already has the id \"%1\"").arg(e.id);
        }
        if (!e.usable) qCWarning(lcDevices).noquote() << "skipping plugin" << fi.fileName() << ":" << e.problem;
        m_entries.append(e);
    }
}

const PluginEntry *PluginRegistry::find(const QString &id) const
{
    for (const auto &e : m_entries)
        if (e.usable && e.id == id) return &e;
    return nullptr;
}

core::Result<Device *> PluginRegistry::create(const QString &pluginId, DeviceKind kind)
{
    const PluginEntry *e = find(pluginId);
    if (!e)
        return core::makeError(QStringLiteral("device.plugin.missing"),
                               QCoreApplication::translate("ow::devicekit", "The device driver \"%1\" is not installed or not usable.").arg(pluginId),
                               QStringLiteral("no usable plugin %1 in %2").arg(pluginId, m_dir));
    if (!e->kinds.contains(kind))
        return core::makeError(QStringLiteral("device.plugin.kind"),
                               QCoreApplication::translate("ow::devicekit", "The device driver \"%1\" cannot drive a %2.").arg(pluginId, deviceKindDisplayName(kind)),
                               QStringLiteral("plugin %1 lacks kind %2").arg(pluginId, deviceKindKey(kind)));
    std::shared_ptr<QPluginLoader> loader;
    for (const auto &l : m_loaders)
        if (l->fileName() == e->file) loader = l;
    if (!loader) {
        loader = std::make_shared<QPluginLoader>(e->file);
        m_loaders.append(loader);
    }
    QObject *root = loader->instance();
    if (!root)
        return core::makeError(QStringLiteral("device.plugin.load"),
                               QCoreApplication::translate("ow::devicekit", "The device driver \"%1\" could not be loaded.").arg(pluginId), loader->errorString());
    auto *plugin = qobject_cast<DevicePlugin *>(root);
    if (!plugin)
        return core::makeError(QStringLiteral("device.plugin.interface"),
                               QCoreApplication::translate("ow::devicekit", "The device driver \"%1\" is not a OneWindow device driver.").arg(pluginId),
                               QStringLiteral("qobject_cast<DevicePlugin*> failed for %1").arg(e->file));
    Device *d = plugin->create(kind);
    if (d && d->kind() != kind) {
        delete d;
        d = nullptr;
    }
    if (!d)
        return core::makeError(QStringLiteral("device.plugin.kind"),
                               QCoreApplication::translate("ow::devicekit", "The device driver \"%1\" cannot drive a %2.").arg(pluginId, deviceKindDisplayName(kind)),
                               QStringLiteral("create(%1) returned no device").arg(deviceKindKey(kind)));
    return d;
}

} // namespace ow::devicekit
