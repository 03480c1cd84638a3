// libFuzzer entry point (OW_FUZZ=ON with clang): see FuzzIdentity.h. Run, e.g.:
//   build-fuzz/bin/fuzz_identity -max_total_time=600 tests/fuzz/corpus
#include "FuzzIdentity.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (const char *why = ow::fuzz::fuzzIdentityOne(data, size)) {
        std::fprintf(stderr, "invariant broken: %s\n", why);
        std::abort();
    }
    return 0;
}
