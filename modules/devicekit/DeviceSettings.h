#pragma once
// Device configuration of a profile. Keys (INI group [devices]):
//   <Kind>/plugin = plugin id           e.g. IdCardReader/plugin=sim-idreader
//   <Kind>/<option> = value             passed to the driver's open() as options
//   timing/openTimeoutMs, timing/operationTimeoutMs, timing/reopenInitialMs, timing/reopenMaxMs

#include "devicekit/DeviceManager.h"
#include "devicekit/DeviceTypes.h"

namespace ow::core {
class ProfileSettings;
}

namespace ow::devicekit {

struct DeviceSettings {
    QList<DeviceConfig> devices;
    DeviceManager::Timing timing;

    static DeviceSettings read(const core::ProfileSettings &settings);
    [[nodiscard]] const DeviceConfig *config(DeviceKind kind) const;
};

} // namespace ow::devicekit
