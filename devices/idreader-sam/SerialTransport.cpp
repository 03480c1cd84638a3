#include "idreader-sam/SerialTransport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSerialPort>
#include <QThread>

#include <poll.h>

namespace ow::devices {
namespace {

// Short enough that a stop request or an unplug is seen at once, long enough not to spin.
constexpr qint64 kSliceMs = 20;
// A serial port that will not take 10 bytes in this long is not there any more.
constexpr int kWriteLimitMs = 2000;

bool interrupted() { return QThread::currentThread()->isInterruptionRequested(); }

} // namespace

bool SerialTransport::lineGone() const
{
    // A hung-up tty reads as end-of-file, which QSerialPort reports as a ReadError, not a
    // ResourceError: on a serial line both mean the other end is gone.
    const auto e = m_port.error();
    return !m_port.isOpen() || e == QSerialPort::ResourceError || e == QSerialPort::ReadError;
}

core::Status SerialTransport::write(QByteArrayView bytes)
{
    if (lineGone()) return identity::samDisconnectedError(m_port.errorString());
    if (m_port.write(bytes.data(), bytes.size()) != bytes.size())
        return identity::samDisconnectedError(QStringLiteral("write: %1").arg(m_port.errorString()));
    QDeadlineTimer limit(kWriteLimitMs);
    while (m_port.bytesToWrite() > 0) {
        if (interrupted()) return identity::samInterruptedError();
        if (lineGone()) return identity::samDisconnectedError(m_port.errorString());
        if (limit.hasExpired())
            return identity::samDisconnectedError(
                QStringLiteral("%1 bytes not written in %2 ms").arg(m_port.bytesToWrite()).arg(kWriteLimitMs));
        m_port.waitForBytesWritten(int(kSliceMs));
    }
    return {};
}

core::Result<QByteArray> SerialTransport::read(int ms)
{
    if (m_port.bytesAvailable() > 0) return m_port.readAll();
    QDeadlineTimer deadline(std::max(0, ms));
    for (;;) {
        if (interrupted()) return identity::samInterruptedError();
        if (lineGone()) return identity::samDisconnectedError(m_port.errorString());
        // Polled here rather than through waitForReadyRead(), which takes a hung-up line (POLLHUP
        // without POLLIN: an unplugged adapter, a simulator that went away) for mere silence.
        const qint64 slice = std::clamp(deadline.remainingTime(), qint64(0), kSliceMs);
        pollfd p{int(m_port.handle()), POLLIN, 0};
        const int n = ::poll(&p, 1, int(slice));
        if (n > 0 && (p.revents & POLLIN)) {
            m_port.waitForReadyRead(0);  // lets the port read what is there (or notice the hang-up)
            if (m_port.error() == QSerialPort::TimeoutError) m_port.clearError();
            if (m_port.bytesAvailable() > 0) return m_port.readAll();
        }
        if (n > 0 && (p.revents & (POLLHUP | POLLERR | POLLNVAL)))
            return identity::samDisconnectedError(QStringLiteral("serial line hung up (poll revents %1)").arg(p.revents));
        if (deadline.hasExpired()) return QByteArray();
    }
}

core::Status SerialTransport::setBaud(int baud)
{
    if (m_port.baudRate() == baud) return {};
    if (!m_port.setBaudRate(baud))
        return core::makeError(QStringLiteral("idreader.baud"),
                               QCoreApplication::translate("ow::devices", "The serial port cannot be set to %1 baud.").arg(baud),
                               m_port.errorString());
    return {};
}

} // namespace ow::devices
