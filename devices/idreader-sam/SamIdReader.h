#pragma once
// The resident ID card reader driver for SAM readers on a serial or USB-serial port (GA/T 467
// frames, shared reference id-documents.md §1). Options:
//   port             the serial device, e.g. /dev/ttyUSB0 (required)
//   baud             115200 (default), 57600, 38400, 19200 or 9600. A reader found at its
//                    power-on 115200 is switched with 60 xx, and switched back when closed.
//   pollMs           card-presence polling interval in ms (default 300; 0: read only when asked).
//                    A card placed on the reader is read at once, and not again until lifted.
//   timeoutMs        longest silence while an answer is due (default 1000)
//   retries          repeats of a command after a damaged or missing answer (default 2)
//   fingerprint      true: read with 30 10 (fingerprint data is kept, not shown)
//   appendedAddress  true: also read the new address (30 03)
//
// The chip photo is WLT, which needs a licensed decoder this driver does not have: cards come
// with photoUndecodable set and no photo.

#include "devicekit/Device.h"
#include "identity/SamReaderSession.h"

#include <QSerialPort>

#include <memory>

class QTimer;

namespace ow::devices {

class SerialTransport;

class SamIdReader : public devicekit::IdCardReader {
    Q_OBJECT
public:
    explicit SamIdReader(QObject *parent = nullptr);
    ~SamIdReader() override;

    QList<devicekit::DeviceInfo> scan() override;
    core::Status open(const devicekit::DeviceConfig &config) override;
    void close() override;
    [[nodiscard]] devicekit::IdReaderCapabilities capabilities() const override;
    void readCard() override;

    [[nodiscard]] QString samId() const;
    // The chip data of the last successful read (WLT photo and fingerprint bytes included).
    [[nodiscard]] identity::SamSessionStats sessionStats() const;

protected:
    // Option defaults that differ between the real reader and the practice one.
    struct Defaults {
        int pollMs = 300;
        bool appendedAddress = false;
    };
    // open() once the port is known: opens it, runs the handshake, starts presence polling.
    core::Status openPort(const QString &port, const devicekit::DeviceConfig &config, Defaults defaults);
    // Last touch on a card before it is delivered (the practice reader adds its plain photo).
    virtual void completeCard(core::IdCard &card);
    [[nodiscard]] virtual bool decodesPhotos() const { return false; }

private:
    void poll();
    void finishRead(core::Result<identity::SamChipData> result);
    void lose(const QString &reason);
    void closePort();
    void checkLine();
    [[nodiscard]] QString noAnswerReason() const;

    std::unique_ptr<QSerialPort> m_port;
    std::unique_ptr<SerialTransport> m_transport;
    std::unique_ptr<identity::SamReaderSession> m_session;
    QTimer *m_pollTimer = nullptr;
    identity::SamReadOptions m_readOptions;
    int m_pollMs = 0;
    // The card on the reader has been dealt with (read, or failed once): polling leaves it alone
    // until find-card says it was lifted.
    bool m_cardHandled = false;
    QString m_portName;
};

} // namespace ow::devices
