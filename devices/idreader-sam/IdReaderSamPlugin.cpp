#include "IdReaderSamPlugin.h"

#include "idreader-sam/SamIdReader.h"

namespace ow::devices {

devicekit::Device *IdReaderSamPlugin::create(devicekit::DeviceKind kind)
{
    return kind == devicekit::DeviceKind::IdCardReader ? new SamIdReader : nullptr;
}

} // namespace ow::devices
