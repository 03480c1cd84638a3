#include "identity/SamReaderSession.h"

#include "identity/CardText.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSam, "ow.identity.sam")

namespace ow::identity {

using namespace sam;

namespace {

// How long the line must stay quiet before a command is repeated: the rest of a damaged answer
// must not be taken for the answer to the repeat. 30 ms is some 30 byte times even at 9600 baud.
constexpr int kQuietMs = 30;

core::Error lineError(QStringView code, const QString &message, const QString &detail)
{
    return core::makeError(code.toString(), message, detail);
}

QString garbageMessage()
{
    return QCoreApplication::translate("ow::identity",
                                       "The ID reader sent data that is not a valid answer. Try again; if this repeats, "
                                       "check the cable and the reader's speed setting.");
}

int be16(const QByteArray &d, int at) { return (quint8(d[at]) << 8) | quint8(d[at + 1]); }

// Answers carry no command code, so a late answer to an earlier command (one that timed out) can
// only be told apart by its shape: a success answer of the wrong size, or "find OK" to anything but
// find-card, is not the answer to this command. Other statuses fit anything.
bool fits(quint8 cmd, quint8 para, const Frame &f)
{
    if (f.status == kFindOk) return cmd == kCard && para == 0x01;
    if (f.status != kSuccess) return true;
    const qsizetype n = f.data.size();
    switch (cmd) {
    case kResetSam: case kSamStatus: case kSetBaud: return n == 0;
    case kSamId: return n == 16;
    // Find-card success is 9F; a reader answering 90 with its 4 bytes is taken at its word.
    case kCard: return para == 0x01 ? n == 4 : n == 8;
    case kRead:
        if (para == 0x03) return n == 70;
        return n >= (para == 0x10 ? 6 : 4) + kCardTextSize;
    default: break;
    }
    return true;
}

} // namespace

core::Error samDisconnectedError(const QString &detail)
{
    return lineError(samerr::kDisconnected,
                     QCoreApplication::translate("ow::identity", "The ID reader was disconnected. Plug it in again."),
                     detail);
}

core::Error samInterruptedError()
{
    return lineError(samerr::kInterrupted,
                     QCoreApplication::translate("ow::identity", "The card read was cancelled."),
                     QStringLiteral("device thread asked to stop"));
}

core::Error samNoAnswerError(const QString &detail)
{
    return lineError(samerr::kNoAnswer,
                     QCoreApplication::translate(
                         "ow::identity", "The ID reader does not answer. Check its cable and power, then wait for it to reconnect."),
                     detail);
}

core::Error samBaudError(int baud)
{
    return lineError(samerr::kBaud,
                     QCoreApplication::translate("ow::identity",
                                                 "The ID reader cannot run at %1 baud: use 115200, 57600, 38400, 19200 or 9600.")
                         .arg(baud),
                     QStringLiteral("no 60 xx code for %1").arg(baud));
}

core::Error samStatusError(quint8 status)
{
    return core::makeError(statusCode(status), statusMessage(status),
                           QStringLiteral("SW3 %1").arg(status, 2, 16, QChar(u'0')));
}

SamReaderSession::SamReaderSession(SamTransport &transport, SamSessionOptions options)
    : m_transport(transport), m_options(options)
{
    m_options.timeoutMs = std::max(10, m_options.timeoutMs);
    m_options.retries = std::clamp(m_options.retries, 0, 10);
}

std::optional<quint8> SamReaderSession::baudCode(int baud)
{
    switch (baud) {
    case 115200: return quint8(0x00);
    case 57600: return quint8(0x01);
    case 38400: return quint8(0x02);
    case 19200: return quint8(0x03);
    case 9600: return quint8(0x04);
    default: break;
    }
    return std::nullopt;
}

core::Status SamReaderSession::discardInput(int quietMs)
{
    // Bounded: a line that never falls quiet (a babbling device) must not hold the thread.
    QDeadlineTimer limit(m_options.timeoutMs + 1000);
    for (;;) {
        auto got = m_transport.read(quietMs);
        if (!got) return got.error();
        if (got->isEmpty() || limit.hasExpired()) break;
        qCDebug(lcSam) << "discarded" << got->size() << "stale bytes";
    }
    m_parser.clear();
    return {};
}

core::Result<Frame> SamReaderSession::awaitAnswer(quint8 cmd, quint8 para)
{
    bool anyBytes = false;
    // Silence is measured between bytes; this caps the whole answer at the longest frame's wire
    // time on top, so a line that babbles without ever forming a frame still ends.
    const qint64 wholeMs = m_options.timeoutMs + qint64(kMaxLength) * 10 * 1000 / std::max(1, m_baud);
    QDeadlineTimer whole(wholeMs);
    for (;;) {
        if (auto f = m_parser.next()) {
            if (!f->ok()) return f->error();
            if (fits(cmd, para, f->value())) return f->value();
            qCInfo(lcSam) << "dropped a late answer (status" << Qt::hex << f->value().status << Qt::dec << ","
                          << f->value().data.size() << "data bytes)";
            continue;
        }
        if (anyBytes && whole.hasExpired())
            return lineError(samerr::kGarbage, garbageMessage(),
                             QStringLiteral("no frame within %1 ms of data").arg(wholeMs));
        auto got = m_transport.read(m_options.timeoutMs);
        if (!got) return got.error();
        if (got->isEmpty()) {
            if (m_parser.holdsPartialFrame())
                return lineError(samerr::kIncomplete,
                                 QCoreApplication::translate(
                                     "ow::identity",
                                     "The ID reader's answer was cut off. Try again; if this repeats, check the cable."),
                                 QStringLiteral("%1 bytes of a frame, then %2 ms of silence")
                                     .arg(m_parser.pending())
                                     .arg(m_options.timeoutMs));
            if (anyBytes)
                return lineError(samerr::kGarbage, garbageMessage(),
                                 QStringLiteral("bytes without a frame, then %1 ms of silence").arg(m_options.timeoutMs));
            return lineError(samerr::kTimeout,
                             QCoreApplication::translate(
                                 "ow::identity",
                                 "The ID reader did not answer in time. Try again; if this repeats, check its cable and power."),
                             QStringLiteral("no answer within %1 ms").arg(m_options.timeoutMs));
        }
        anyBytes = true;
        m_stats.bytesIn += got->size();
        m_parser.feed(*got);
    }
}

core::Result<Frame> SamReaderSession::transact(quint8 cmd, quint8 para, bool retrySilence)
{
    const QByteArray frame = buildCommand(cmd, para);
    std::optional<core::Error> last;
    const int attempts = m_options.retries + 1;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (attempt > 0) ++m_stats.retries;
        // Before a repeat, let the rest of a damaged answer go by; before a first try, drop
        // whatever arrived unasked (a late answer to an earlier command).
        if (auto st = discardInput(attempt > 0 ? kQuietMs : 0); !st) return st.error();
        if (auto st = m_transport.write(frame); !st) return st.error();
        ++m_stats.commands;
        m_stats.bytesOut += frame.size();
        auto answer = awaitAnswer(cmd, para);
        if (answer) {
            const quint8 status = answer->status;
            // 10/11: the reader received our command damaged; sending it again is the cure.
            if (status != kChecksumError && status != kLengthError) return answer;
            last = samStatusError(status);
        } else {
            const core::Error &e = answer.error();
            if (e.is(samerr::kDisconnected) || e.is(samerr::kInterrupted)) return e;
            last = e;
            if (e.is(samerr::kTimeout) && !retrySilence) return e;
        }
        qCInfo(lcSam).noquote() << QStringLiteral("command %1 %2, attempt %3 of %4: %5")
                                       .arg(cmd, 2, 16, QChar(u'0'))
                                       .arg(para, 2, 16, QChar(u'0'))
                                       .arg(attempt + 1)
                                       .arg(attempts)
                                       .arg(last->describe());
    }
    core::Error e = *last;
    e.detail = QStringLiteral("%1 (after %2 attempts)").arg(e.detail).arg(attempts);
    return e;
}

core::Status SamReaderSession::switchBaud(int baud)
{
    const auto code = baudCode(baud);
    if (!code) return samBaudError(baud);
    if (baud == m_baud) return {};
    auto r = transact(kSetBaud, *code);
    if (!r) return r.error();
    if (r->status != kSuccess) return samStatusError(r->status);
    // The reader answered at the old speed and listens at the new one from now on.
    if (auto st = m_transport.setBaud(baud); !st) return st;
    m_baud = baud;
    m_parser.clear();
    return {};
}

core::Status SamReaderSession::connect(int baud)
{
    if (!baudCode(baud)) return samBaudError(baud);
    if (auto st = m_transport.setBaud(baud); !st) return st;
    m_baud = baud;
    auto reset = transact(kResetSam, 0xFF, false);
    if (!reset && reset.error().is(samerr::kTimeout) && baud != kPowerOnBaud) {
        // A reader keeps the speed set by 60 xx only until it loses power: try its power-on speed.
        qCInfo(lcSam) << "no answer at" << baud << "baud; trying" << kPowerOnBaud;
        if (auto st = m_transport.setBaud(kPowerOnBaud); !st) return st;
        m_baud = kPowerOnBaud;
        reset = transact(kResetSam, 0xFF, false);
        if (reset && reset->status == kSuccess) {
            if (auto st = switchBaud(baud); !st) return st;
        }
    }
    if (!reset) return reset.error().is(samerr::kTimeout) ? samNoAnswerError(reset.error().detail) : reset.error();
    if (reset->status != kSuccess) return samStatusError(reset->status);

    auto status = transact(kSamStatus, 0xFF);
    if (!status) return status.error();
    if (status->status != kSuccess) return samStatusError(status->status);

    auto id = transact(kSamId, 0xFF);
    if (!id) return id.error();
    if (id->status != kSuccess) return samStatusError(id->status);
    // Kept as hex: vendors print the 16 bytes in different groupings, and hex loses nothing.
    m_samId = QString::fromLatin1(id->data.toHex()).toUpper();
    qCInfo(lcSam) << "reader ready at" << m_baud << "baud, SAM" << m_samId;
    return {};
}

core::Result<bool> SamReaderSession::findCard()
{
    auto r = transact(kCard, 0x01);
    if (!r) return r.error();
    if (r->status == kFindOk || r->status == kSuccess) return true;
    if (r->status == kNoCard) return false;
    return samStatusError(r->status);
}

core::Result<SamChipData> SamReaderSession::readSelected(const SamReadOptions &options)
{
    auto select = transact(kCard, 0x02);
    if (!select) return select.error();
    if (select->status != kSuccess) return samStatusError(select->status);

    auto read = transact(kRead, options.fingerprint ? 0x10 : 0x01);
    if (!read) return read.error();
    if (read->status != kSuccess) return samStatusError(read->status);

    // 30 01: text length, photo length, text, photo. 30 10 adds a fingerprint length before the
    // text and the fingerprint after the photo.
    const QByteArray &d = read->data;
    const int head = options.fingerprint ? 6 : 4;
    const auto layoutError = [&](const QString &why) {
        return lineError(samerr::kLayout,
                         QCoreApplication::translate("ow::identity",
                                                     "The ID reader sent an answer of an unexpected size. Try again."),
                         why);
    };
    if (d.size() < head) return layoutError(QStringLiteral("read answer of %1 bytes").arg(d.size()));
    const int textLen = be16(d, 0);
    const int photoLen = be16(d, 2);
    const int fpLen = options.fingerprint ? be16(d, 4) : 0;
    if (textLen != kCardTextSize || d.size() != head + textLen + photoLen + fpLen)
        return layoutError(QStringLiteral("lengths text %1 photo %2 fingerprint %3 in %4 bytes")
                               .arg(textLen)
                               .arg(photoLen)
                               .arg(fpLen)
                               .arg(d.size()));
    auto card = decodeCardText(QByteArrayView(d).sliced(head, textLen));
    if (!card) return card.error();
    SamChipData out;
    out.card = std::move(card).value();
    out.wltPhoto = d.mid(head + textLen, photoLen);
    out.fingerprint = d.mid(head + textLen + photoLen, fpLen);
    out.card.photoUndecodable = photoLen > 0;

    if (options.appendedAddress) {
        auto more = transact(kRead, 0x03);
        if (!more) {
            const core::Error &e = more.error();
            if (e.is(samerr::kDisconnected) || e.is(samerr::kInterrupted)) return e;
            // The card itself was read: a missing new address is no reason to throw it away.
            qCWarning(lcSam).noquote() << "appended address not read:" << e.describe();
        } else if (more->status == kSuccess) {
            out.card.appendedAddress = decodeAppendedAddress(more->data);
        } else if (more->status != kNoContent) {
            qCWarning(lcSam) << "appended address: status" << Qt::hex << more->status;
        }
    }
    return out;
}

core::Result<SamChipData> SamReaderSession::readCard(const SamReadOptions &options)
{
    auto found = findCard();
    if (!found) return found.error();
    if (!*found) return samStatusError(kNoCard);
    return readSelected(options);
}

} // namespace ow::identity
