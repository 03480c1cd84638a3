#include "identity/SamFrame.h"

#include <QCoreApplication>

namespace ow::identity::sam {
namespace {

core::Error frameError(const char *code, const QString &message, const QString &detail)
{
    return core::makeError(QString::fromLatin1(code), message, detail);
}

} // namespace

quint8 checksum(QByteArrayView bytes)
{
    quint8 x = 0;
    for (char c : bytes) x ^= quint8(c);
    return x;
}

namespace {

QByteArray build(quint8 b0, quint8 b1, std::optional<quint8> b2, QByteArrayView data)
{
    const int len = 2 + (b2 ? 1 : 0) + int(data.size()) + 1;
    QByteArray f(kPreamble, kPreambleSize);
    f.append(char(len >> 8)).append(char(len & 0xFF)).append(char(b0)).append(char(b1));
    if (b2) f.append(char(*b2));
    f.append(data.data(), data.size());
    f.append(char(checksum(QByteArrayView(f).sliced(kPreambleSize))));
    return f;
}

} // namespace

QByteArray buildCommand(quint8 cmd, quint8 para, QByteArrayView data) { return build(cmd, para, std::nullopt, data); }

QByteArray buildResponse(quint8 status, QByteArrayView data, quint8 sw1, quint8 sw2)
{
    return build(sw1, sw2, status, data);
}

QString statusCode(quint8 status)
{
    switch (status) {
    case kSuccess: case kFindOk: return QStringLiteral("idreader.ok");
    case kNoContent: return QStringLiteral("idreader.no_content");
    case kNoCard: return QStringLiteral("idreader.no_card");
    case kSelectFailed: return QStringLiteral("idreader.select_failed");
    case kChecksumError: return QStringLiteral("idreader.checksum");
    case kLengthError: return QStringLiteral("idreader.length");
    case kCommandError: return QStringLiteral("idreader.command");
    case kNotPermitted: return QStringLiteral("idreader.not_permitted");
    case kUnrecognisedError: return QStringLiteral("idreader.unrecognised");
    case kCardAuthFailed: case kSamAuthFailed: case kVerifyFailed: return QStringLiteral("idreader.auth");
    case kUnknownCardType: return QStringLiteral("idreader.unknown_card");
    case kReadFailed: return QStringLiteral("idreader.read_failed");
    case kRandomFailed: return QStringLiteral("idreader.random");
    case kSamSelfTestFailed: return QStringLiteral("idreader.sam_selftest");
    case kSamNotAuthorised: return QStringLiteral("idreader.sam_unauthorised");
    default: break;
    }
    return QStringLiteral("idreader.status");
}

QString statusMessage(quint8 status)
{
    switch (status) {
    case kSuccess: case kFindOk: return QCoreApplication::translate("ow::identity", "The card was read.");
    case kNoContent: return QCoreApplication::translate("ow::identity", "The card holds no such information (for example no new address).");
    case kNoCard: return QCoreApplication::translate("ow::identity", "No card on the reader: place the card flat on the reader.");
    case kSelectFailed: return QCoreApplication::translate("ow::identity", "The card did not answer: lift it, then place it flat on the reader again.");
    case kChecksumError: return QCoreApplication::translate("ow::identity", "The reader received a damaged command. It is retried; if this repeats, check the cable.");
    case kLengthError: return QCoreApplication::translate("ow::identity", "The reader received an incomplete command. It is retried; if this repeats, check the cable.");
    case kCommandError: return QCoreApplication::translate("ow::identity", "The reader does not know this command: its firmware may be too old.");
    case kNotPermitted: return QCoreApplication::translate("ow::identity", "The reader refused the operation.");
    case kUnrecognisedError: return QCoreApplication::translate("ow::identity", "The reader reported an unknown error. Lift the card and try again.");
    case kCardAuthFailed: return QCoreApplication::translate("ow::identity", "The card could not authenticate the reader's security module: this card may be damaged or not genuine.");
    case kSamAuthFailed: return QCoreApplication::translate("ow::identity", "The reader could not authenticate the card: this card may be damaged or not genuine.");
    case kVerifyFailed: return QCoreApplication::translate("ow::identity", "The card's information failed verification: this card may be damaged or not genuine.");
    case kUnknownCardType: return QCoreApplication::translate("ow::identity", "This card is not an identity card the reader recognises.");
    case kReadFailed: return QCoreApplication::translate("ow::identity", "The card could not be read: hold it still on the reader and try again.");
    case kRandomFailed: return QCoreApplication::translate("ow::identity", "The reader could not start a secure session with the card. Lift the card and try again.");
    case kSamSelfTestFailed: return QCoreApplication::translate("ow::identity", "The reader's security module failed its self-test: the reader needs service.");
    case kSamNotAuthorised: return QCoreApplication::translate("ow::identity", "The reader's security module is not authorised: the reader needs service.");
    default: break;
    }
    return QCoreApplication::translate("ow::identity", "The reader reported status %1.")
        .arg(QStringLiteral("%1").arg(status, 2, 16, QChar(u'0')).toUpper());
}

bool FrameParser::holdsPartialFrame() const
{
    return m_buf.startsWith(QByteArrayView(kPreamble, kPreambleSize));
}

void FrameParser::feed(QByteArrayView bytes) { m_buf.append(bytes.data(), bytes.size()); }

std::optional<core::Result<Frame>> FrameParser::next()
{
    static const QByteArray preamble(kPreamble, kPreambleSize);
    for (;;) {
        const qsizetype at = m_buf.indexOf(preamble);
        if (at < 0) {
            // Keep a tail that may be the start of a preamble split across reads.
            if (m_buf.size() > kPreambleSize - 1) m_buf.remove(0, m_buf.size() - (kPreambleSize - 1));
            return std::nullopt;
        }
        if (at > 0) m_buf.remove(0, at);  // garbage before the frame
        if (m_buf.size() < kPreambleSize + 2) return std::nullopt;
        const int len = (quint8(m_buf[kPreambleSize]) << 8) | quint8(m_buf[kPreambleSize + 1]);
        const int minLen = m_kind == Kind::Response ? 4 : 3;
        if (len < minLen || len > kMaxLength) {
            // Not a frame after all: skip this preamble and look for the next one.
            m_buf.remove(0, 1);
            return core::Result<Frame>(frameError(
                "idreader.frame_length",
                QCoreApplication::translate("ow::identity", "The reader sent a damaged answer. Try again."),
                QStringLiteral("impossible frame length %1").arg(len)));
        }
        const qsizetype total = kPreambleSize + 2 + len;
        if (m_buf.size() < total) return std::nullopt;
        const QByteArrayView frame(m_buf.constData(), total);
        const quint8 chk = quint8(frame[total - 1]);
        if (checksum(frame.sliced(kPreambleSize, total - kPreambleSize - 1)) != chk) {
            m_buf.remove(0, 1);  // resynchronise on the next preamble
            return core::Result<Frame>(frameError(
                "idreader.frame_checksum",
                QCoreApplication::translate("ow::identity", "The reader sent a damaged answer. Try again."),
                QStringLiteral("checksum mismatch in a %1-byte frame").arg(total)));
        }
        Frame f;
        f.a = quint8(frame[7]);
        f.b = quint8(frame[8]);
        int dataAt = 9;
        if (m_kind == Kind::Response) {
            f.status = quint8(frame[9]);
            dataAt = 10;
        }
        f.data = QByteArray(frame.data() + dataAt, total - dataAt - 1);
        m_buf.remove(0, total);
        return core::Result<Frame>(f);
    }
}

} // namespace ow::identity::sam
