#include "devicekit/DeviceSettings.h"

#include "core/Profile.h"
#include "devicekit/Logging.h"

namespace ow::devicekit {

DeviceSettings DeviceSettings::read(const core::ProfileSettings &settings)
{
    DeviceSettings out;
    const QString group = QStringLiteral("devices");
    for (const QString &kindKey : settings.childGroups(group)) {
        if (kindKey == u"timing") continue;
        const auto kind = deviceKindFromKey(kindKey);
        if (!kind) {
            qCWarning(lcDevices) << "settings name an unknown device kind" << kindKey;
            continue;
        }
        DeviceConfig c;
        c.kind = *kind;
        const QString prefix = group + u'/' + kindKey;
        for (const QString &key : settings.childKeys(prefix)) {
            const QVariant v = settings.value(prefix + u'/' + key);
            if (key == u"plugin") c.pluginId = v.toString();
            else c.options.insert(key, v);
        }
        if (c.pluginId.isEmpty()) continue;  // a kind switched off by clearing its plugin
        out.devices.append(c);
    }
    auto ms = [&](const char *key, int fallback) {
        return settings.value(QStringLiteral("devices/timing/%1").arg(QLatin1String(key)), fallback).toInt();
    };
    out.timing.openTimeoutMs = ms("openTimeoutMs", out.timing.openTimeoutMs);
    out.timing.operationTimeoutMs = ms("operationTimeoutMs", out.timing.operationTimeoutMs);
    out.timing.reopenInitialMs = ms("reopenInitialMs", out.timing.reopenInitialMs);
    out.timing.reopenMaxMs = ms("reopenMaxMs", out.timing.reopenMaxMs);
    return out;
}

const DeviceConfig *DeviceSettings::config(DeviceKind kind) const
{
    for (const auto &c : devices)
        if (c.kind == kind) return &c;
    return nullptr;
}

} // namespace ow::devicekit
