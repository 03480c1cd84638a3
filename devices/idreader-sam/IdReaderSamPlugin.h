#pragma once
// Plugin root of the SAM serial reader driver (see SamIdReader.h for its options).

#include "devicekit/Device.h"

namespace ow::devices {

class IdReaderSamPlugin final : public QObject, public devicekit::DevicePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OW_DEVICE_PLUGIN_IID FILE "idreader-sam.json")
    Q_INTERFACES(ow::devicekit::DevicePlugin)
public:
    devicekit::Device *create(devicekit::DeviceKind kind) override;
};

} // namespace ow::devices
