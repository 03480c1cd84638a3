#pragma once
// The SAM / reader frame protocol of GA 467 (GA/T 467-2019), as spoken by resident ID card
// readers over serial: see shared reference id-documents.md §1.
//
//   AA AA AA 96 69 | LEN (2, big-endian) | CMD PARA (or SW1 SW2 SW3) | DATA | CHK
//   LEN counts everything after itself, CHK included; CHK is the XOR of LEN .. last data byte.

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ow::identity::sam {

inline constexpr char kPreamble[] = "\xAA\xAA\xAA\x96\x69";
inline constexpr int kPreambleSize = 5;
// Longest response (30 10 with a 1024-byte fingerprint) is 2321 bytes; anything claiming more
// than this is garbage, not a frame.
inline constexpr int kMaxLength = 4096;

enum Command : quint8 {
    kResetSam = 0x10,     // PARA FF
    kSamStatus = 0x11,    // PARA FF
    kSamId = 0x12,        // PARA FF
    kCard = 0x20,         // PARA 01 find, 02 select
    kRead = 0x30,         // PARA 01 text+photo, 10 +fingerprint, 03 appended address
    kSetBaud = 0x60,      // PARA 00 115200, 01 57600, 02 38400, 03 19200, 04 9600
};

enum Status : quint8 {
    kSuccess = 0x90,
    kFindOk = 0x9F,
    kNoContent = 0x91,
    kNoCard = 0x80,
    kSelectFailed = 0x81,
    kChecksumError = 0x10,
    kLengthError = 0x11,
    kCommandError = 0x21,
    kNotPermitted = 0x23,
    kUnrecognisedError = 0x24,
    kCardAuthFailed = 0x31,
    kSamAuthFailed = 0x32,
    kVerifyFailed = 0x33,
    kUnknownCardType = 0x40,
    kReadFailed = 0x41,
    kRandomFailed = 0x47,
    kSamSelfTestFailed = 0x60,
    kSamNotAuthorised = 0x66,
};

// A decoded frame. For commands: a = CMD, b = PARA. For responses: a = SW1, b = SW2, status = SW3.
struct Frame {
    quint8 a = 0;
    quint8 b = 0;
    quint8 status = 0;  // responses only
    QByteArray data;

    [[nodiscard]] bool ok() const { return status == kSuccess || status == kFindOk; }
};

[[nodiscard]] quint8 checksum(QByteArrayView bytesAfterPreamble);
[[nodiscard]] QByteArray buildCommand(quint8 cmd, quint8 para, QByteArrayView data = {});
[[nodiscard]] QByteArray buildResponse(quint8 status, QByteArrayView data = {}, quint8 sw1 = 0, quint8 sw2 = 0);

// Officer-facing message for a status byte, translated ("No card on the reader: place the card
// flat on the reader."). Unknown codes get a message naming the code.
[[nodiscard]] QString statusMessage(quint8 status);
// Stable error code for a status ("idreader.no_card", ...).
[[nodiscard]] QString statusCode(quint8 status);

// Reassembles frames from a byte stream that may arrive in pieces and contain garbage. Bad
// frames (wrong checksum, impossible length) produce an error and the parser resynchronises on
// the next preamble, so one damaged frame never poisons the next.
class FrameParser {
public:
    enum class Kind { Command, Response };
    explicit FrameParser(Kind kind) : m_kind(kind) {}

    void feed(QByteArrayView bytes);
    // The next complete frame (or the error of a broken one); nullopt when more bytes are needed.
    std::optional<core::Result<Frame>> next();
    // Bytes held that do not yet form a frame.
    [[nodiscard]] qsizetype pending() const { return m_buf.size(); }
    // True when the bytes held start a frame (preamble seen, the rest not yet arrived): a reader
    // that falls silent now has cut its answer short, rather than sent noise.
    [[nodiscard]] bool holdsPartialFrame() const;
    void clear() { m_buf.clear(); }

private:
    Kind m_kind;
    QByteArray m_buf;
};

} // namespace ow::identity::sam
