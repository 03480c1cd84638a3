#include "devicekit/Logging.h"

Q_LOGGING_CATEGORY(lcDevices, "ow.devices")
