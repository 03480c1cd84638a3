#pragma once
// The body shared by the libFuzzer target (fuzz_identity, OW_FUZZ=ON with clang) and the seeded
// deterministic run in ctest (test_fuzz_identity): one input through the SAM frame parser and the
// card text decoders, checking that nothing crashes, hangs or reads past the input, and that
// what comes out is sane.
//
// Input layout: byte 0 picks the target (see Mode), byte 1 seeds how the rest is cut into the
// pieces fed to the parser (a serial port delivers frames in arbitrary pieces), the rest is the
// payload.

#include <cstddef>
#include <cstdint>

namespace ow::fuzz {

enum Mode : std::uint8_t {
    kResponses = 0,  // payload = bytes from a reader: response parser, then the 30 01 / 30 03 payloads decoded
    kCommands = 1,   // payload = bytes from a host: command parser
    kTextBlock = 2,  // payload = a text block (any size) and an appended-address block
    kModeCount = 3,
};

struct FuzzStats {
    std::uint64_t inputs = 0;
    std::uint64_t bytes = 0;
    std::uint64_t framesOk = 0;
    std::uint64_t frameErrors = 0;
    std::uint64_t cardsDecoded = 0;
    std::uint64_t textErrors = 0;
};

// nullptr when every invariant held; otherwise what broke (a static string).
const char *fuzzIdentityOne(const std::uint8_t *data, std::size_t size, FuzzStats *stats = nullptr);

} // namespace ow::fuzz
