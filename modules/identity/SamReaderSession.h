#pragma once
// The host side of the SAM frame protocol (GA/T 467, shared reference id-documents.md §1), apart
// from how the bytes travel: the serial driver (devices/idreader-sam), the practice reader and the
// tests all run this same code, over a serial port or the simulator's pseudo-terminal.
//
// Everything here blocks: it runs on a device thread, never on the GUI thread. Every wait is cut
// short when the thread is asked to stop (QThread::isInterruptionRequested()).

#include "core/IdCard.h"
#include "core/Result.h"
#include "identity/SamFrame.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace ow::identity {

// Error codes of the line and the frames, besides sam::statusCode()'s for reader statuses and
// the parser's "idreader.frame_checksum" / "idreader.frame_length".
namespace samerr {
inline constexpr QStringView kTimeout = u"idreader.timeout";          // nothing came back in time
inline constexpr QStringView kNoAnswer = u"idreader.no_answer";       // silent while opening: no reader there
inline constexpr QStringView kGarbage = u"idreader.garbage";          // bytes came, but no frame in them
inline constexpr QStringView kIncomplete = u"idreader.frame_incomplete"; // a frame began and was cut off
inline constexpr QStringView kLayout = u"idreader.layout";            // a well-formed frame of the wrong shape
inline constexpr QStringView kDisconnected = u"idreader.disconnected"; // the line is gone (unplugged)
inline constexpr QStringView kInterrupted = u"idreader.interrupted";  // the device thread is being stopped
inline constexpr QStringView kBaud = u"idreader.baud";                // a line speed the protocol has no code for
} // namespace samerr

[[nodiscard]] core::Error samDisconnectedError(const QString &detail);
[[nodiscard]] core::Error samInterruptedError();
[[nodiscard]] core::Error samNoAnswerError(const QString &detail);
[[nodiscard]] core::Error samBaudError(int baud);

// A byte pipe to a reader. Implementations block and return promptly when the calling thread is
// asked to stop.
class SamTransport {
public:
    virtual ~SamTransport() = default;
    // Hands every byte to the line. Error kDisconnected when the line is gone.
    virtual core::Status write(QByteArrayView bytes) = 0;
    // Whatever has arrived, waiting up to `ms` for the first byte; empty when nothing came in
    // time. Errors: kDisconnected, kInterrupted.
    virtual core::Result<QByteArray> read(int ms) = 0;
    // The host side's line speed.
    virtual core::Status setBaud(int baud) = 0;
};

struct SamSessionOptions {
    // Longest silence waited for while an answer is due. Measured between bytes, not over the
    // whole answer, so a 2321-byte answer at 9600 baud needs no larger value.
    int timeoutMs = 1000;
    // Further attempts after a damaged or missing answer (status 10/11, a bad frame, silence).
    int retries = 2;
};

struct SamReadOptions {
    bool fingerprint = false;      // 30 10 instead of 30 01
    bool appendedAddress = false;  // then 30 03 (a card without one answers 91, which is fine)
};

// What one read of a chip gives.
struct SamChipData {
    // Decoded text, rawText kept. photoUndecodable is set: the chip's photo is WLT, which only a
    // licensed vendor library can decode; a caller with a decoded photo clears it.
    core::IdCard card;
    QByteArray wltPhoto;     // the compressed photo as read (1024 bytes)
    QByteArray fingerprint;  // 0, 512 or 1024 bytes (30 10 only)
};

struct SamSessionStats {
    int commands = 0;  // frames sent, retries included
    int retries = 0;
    qint64 bytesOut = 0;
    qint64 bytesIn = 0;
};

class SamReaderSession {
public:
    static constexpr int kPowerOnBaud = 115200;

    explicit SamReaderSession(SamTransport &transport, SamSessionOptions options = {});

    // Opening handshake at `baud`: reset SAM, SAM status, read SAM ID. A reader still at its
    // power-on speed (115200) is switched to `baud` with 60 xx. Error kNoAnswer when nothing
    // answers, the status message when the SAM reports a fault.
    core::Status connect(int baud);
    // 60 xx, then the host side follows.
    core::Status switchBaud(int baud);
    [[nodiscard]] int baud() const { return m_baud; }
    [[nodiscard]] QString samId() const { return m_samId; }

    // 20 01: true when a card answered, false for "no card" (80).
    core::Result<bool> findCard();
    // 20 02, then 30 01 or 30 10 (then 30 03 when asked).
    core::Result<SamChipData> readSelected(const SamReadOptions &options);
    // The whole sequence: find, select, read.
    core::Result<SamChipData> readCard(const SamReadOptions &options);

    // One command and its answer. A damaged or missing answer is retried (bounded); reader
    // statuses other than 10/11 are returned for the caller to judge. `retrySilence` false: one
    // silent wait is the verdict (used while probing for a reader).
    core::Result<sam::Frame> transact(quint8 cmd, quint8 para, bool retrySilence = true);

    [[nodiscard]] const SamSessionStats &stats() const { return m_stats; }
    [[nodiscard]] const SamSessionOptions &options() const { return m_options; }

    // PARA of 60 xx for a line speed; nullopt for speeds the protocol has no code for.
    static std::optional<quint8> baudCode(int baud);

private:
    core::Result<sam::Frame> awaitAnswer(quint8 cmd, quint8 para);
    core::Status discardInput(int quietMs);

    SamTransport &m_transport;
    SamSessionOptions m_options;
    sam::FrameParser m_parser{sam::FrameParser::Kind::Response};
    SamSessionStats m_stats;
    QString m_samId;
    int m_baud = kPowerOnBaud;
};

// The officer-facing error for a reader status byte (statusCode / statusMessage).
[[nodiscard]] core::Error samStatusError(quint8 status);

} // namespace ow::identity
