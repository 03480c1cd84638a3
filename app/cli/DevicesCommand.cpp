#include "Cli.h"

#include "devicekit/Device.h"
#include "devicekit/DeviceSettings.h"
#include "devicekit/PluginRegistry.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ow::cli {
namespace {

} // namespace

// devices list: every plugin file with its metadata verdict, what each usable plugin sees, and
// what this profile has configured.
int runDevices(Context &ctx, const QStringList &args)
{
    if (args.value(0) != u"list") {
        ctx.err << QCoreApplication::translate("ow::cli", "Usage: onewindow-cli devices list") << "\n";
        return kUsage;
    }
    devicekit::PluginRegistry registry(ctx.pluginDir);
    registry.discover();

    QJsonArray plugins;
    for (const auto &e : registry.entries()) {
        QJsonArray kinds;
        for (auto k : e.kinds) kinds.append(devicekit::deviceKindKey(k));
        QJsonObject o{{"file", QFileInfo(e.file).fileName()}, {"id", e.id},       {"name", e.name},
                      {"version", e.version},                 {"kinds", kinds},   {"simulator", e.simulator},
                      {"usable", e.usable}};
        if (!e.usable) o.insert("problem", e.problem);
        QJsonArray found;
        for (auto k : e.kinds) {
            if (!e.usable) break;
            auto dev = registry.create(e.id, k);
            if (!dev) {
                o.insert("usable", false);
                o.insert("problem", dev.error().message);
                break;
            }
            std::unique_ptr<devicekit::Device> d(dev.value());
            for (const auto &info : d->scan())
                found.append(QJsonObject{{"kind", devicekit::deviceKindKey(info.kind)},
                                         {"id", info.id},
                                         {"name", info.name},
                                         {"detail", info.detail},
                                         {"simulated", info.simulated}});
        }
        o.insert("devices", found);
        plugins.append(o);
        ctx.err << (o.value("usable").toBool() ? QStringLiteral("  ok        ") : QStringLiteral("  unusable  "))
                << QFileInfo(e.file).fileName()
                << (o.value("usable").toBool() ? QString() : QStringLiteral(": ") + o.value("problem").toString()) << "\n";
    }
    core::ProfileSettings settings(ctx.profile);
    QJsonArray configured;
    for (const auto &c : devicekit::DeviceSettings::read(settings).devices)
        configured.append(QJsonObject{{"kind", devicekit::deviceKindKey(c.kind)},
                                      {"plugin", c.pluginId},
                                      {"installed", registry.find(c.pluginId) != nullptr}});
    printJson(ctx.out, QJsonObject{{"pluginDir", registry.pluginDir()},
                                   {"profile", ctx.profile.name()},
                                   {"plugins", plugins},
                                   {"configured", configured}});
    return kOk;
}

} // namespace ow::cli
