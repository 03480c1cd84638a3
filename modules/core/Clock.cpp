#include "core/Clock.h"

namespace ow::core {

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace ow::core
