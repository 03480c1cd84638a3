#pragma once
// SamTransport over a QSerialPort: blocking waits in short slices, so an unplugged port and a
// device thread being stopped are both noticed within a few tens of milliseconds.

#include "identity/SamReaderSession.h"

class QSerialPort;

namespace ow::devices {

class SerialTransport final : public identity::SamTransport {
public:
    explicit SerialTransport(QSerialPort &port) : m_port(port) {}

    core::Status write(QByteArrayView bytes) override;
    core::Result<QByteArray> read(int ms) override;
    core::Status setBaud(int baud) override;

private:
    [[nodiscard]] bool lineGone() const;

    QSerialPort &m_port;
};

} // namespace ow::devices
