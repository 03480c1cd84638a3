#include "idreader-sam/SamIdReader.h"

#include "idreader-sam/SerialTransport.h"

#include "core/IdNumber.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSerialPortInfo>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcIdReader, "ow.devices.idreader")

namespace ow::devices {
namespace {

bool boolOption(const devicekit::DeviceConfig &config, const QString &key, bool fallback)
{
    const QVariant v = config.options.value(key);
    if (!v.isValid()) return fallback;
    const QString s = v.toString().trimmed().toLower();
    return s == u"true" || s == u"1" || s == u"yes" || s == u"on";
}

} // namespace

SamIdReader::SamIdReader(QObject *parent) : devicekit::IdCardReader(parent) {}

SamIdReader::~SamIdReader() { closePort(); }

QList<devicekit::DeviceInfo> SamIdReader::scan()
{
    // Listing ports does not open them: a scan never disturbs a reader in use.
    QList<devicekit::DeviceInfo> out;
    for (const QSerialPortInfo &p : QSerialPortInfo::availablePorts()) {
        devicekit::DeviceInfo info;
        info.pluginId = QStringLiteral("idreader-sam");
        info.kind = devicekit::DeviceKind::IdCardReader;
        info.id = p.systemLocation();
        info.name = p.description().isEmpty() ? p.portName() : QStringLiteral("%1 (%2)").arg(p.description(), p.portName());
        QStringList detail;
        if (!p.manufacturer().isEmpty()) detail << p.manufacturer();
        if (p.hasVendorIdentifier() && p.hasProductIdentifier())
            detail << QStringLiteral("USB %1:%2")
                          .arg(p.vendorIdentifier(), 4, 16, QChar(u'0'))
                          .arg(p.productIdentifier(), 4, 16, QChar(u'0'));
        info.detail = detail.join(QStringLiteral(", "));
        out.append(info);
    }
    return out;
}

core::Status SamIdReader::open(const devicekit::DeviceConfig &config)
{
    const QString port = config.option(QStringLiteral("port")).trimmed();
    if (port.isEmpty())
        return core::makeError(QStringLiteral("idreader.port_unset"),
                               tr("No serial port is set for the ID reader. Set its port (for example /dev/ttyUSB0) "
                                  "in the device settings."),
                               QStringLiteral("option \"port\" is empty"));
    return openPort(port, config, {});
}

core::Status SamIdReader::openPort(const QString &port, const devicekit::DeviceConfig &config, Defaults defaults)
{
    closePort();
    const int baud = config.intOption(QStringLiteral("baud"), identity::SamReaderSession::kPowerOnBaud);
    if (!identity::SamReaderSession::baudCode(baud)) return identity::samBaudError(baud);
    identity::SamSessionOptions so;
    so.timeoutMs = std::clamp(config.intOption(QStringLiteral("timeoutMs"), so.timeoutMs), 20, 60000);
    so.retries = std::clamp(config.intOption(QStringLiteral("retries"), so.retries), 0, 10);
    m_pollMs = std::max(0, config.intOption(QStringLiteral("pollMs"), defaults.pollMs));
    if (m_pollMs > 0) m_pollMs = std::max(m_pollMs, 20);
    m_readOptions.fingerprint = boolOption(config, QStringLiteral("fingerprint"), false);
    m_readOptions.appendedAddress = boolOption(config, QStringLiteral("appendedAddress"), defaults.appendedAddress);

    const QString missing =
        tr("The ID reader does not answer: its port %1 is missing. Check its cable and power, then wait for it to reconnect.")
            .arg(port);
    if (!QFileInfo::exists(port))
        return core::makeError(QStringLiteral("idreader.port_missing"), missing, QStringLiteral("%1 does not exist").arg(port));

    m_port = std::make_unique<QSerialPort>();
    m_port->setPortName(port);
    m_port->setBaudRate(baud);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port->open(QIODevice::ReadWrite)) {
        const auto error = m_port->error();
        const QString detail = QStringLiteral("%1: %2").arg(port, m_port->errorString());
        m_port.reset();
        if (error == QSerialPort::DeviceNotFoundError)
            return core::makeError(QStringLiteral("idreader.port_missing"), missing, detail);
        if (error == QSerialPort::PermissionError)
            return core::makeError(QStringLiteral("idreader.port_busy"),
                                   tr("The ID reader's port %1 cannot be opened: another program is using it, or this "
                                      "account may not use serial ports (group dialout).")
                                       .arg(port),
                                   detail);
        return core::makeError(QStringLiteral("idreader.port_open"),
                               tr("The ID reader's port %1 cannot be opened. Check the reader's cable.").arg(port), detail);
    }
    // An unplugged USB-serial adapter shows up as a resource or read error (a hung-up tty reads as
    // end-of-file) while the thread is idle; handled once any
    // blocking exchange has returned (never from inside the port's own signal).
    connect(m_port.get(), &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) {
        if (e == QSerialPort::ResourceError || e == QSerialPort::ReadError)
            QMetaObject::invokeMethod(this, &SamIdReader::checkLine, Qt::QueuedConnection);
    });
    m_transport = std::make_unique<SerialTransport>(*m_port);
    m_session = std::make_unique<identity::SamReaderSession>(*m_transport, so);
    if (auto st = m_session->connect(baud); !st) {
        closePort();
        qCWarning(lcIdReader).noquote() << "reader on" << port << "did not come up:" << st.error().describe();
        return st.error();
    }
    m_portName = port;
    m_cardHandled = false;
    if (m_pollMs > 0) {
        if (!m_pollTimer) {
            m_pollTimer = new QTimer(this);
            connect(m_pollTimer, &QTimer::timeout, this, &SamIdReader::poll);
        }
        m_pollTimer->start(m_pollMs);
    }
    qCInfo(lcIdReader).noquote() << "reader ready on" << port << "at" << m_session->baud() << "baud, polling"
                                 << (m_pollMs > 0 ? QStringLiteral("every %1 ms").arg(m_pollMs) : QStringLiteral("off"));
    setState(devicekit::DeviceState::Ready);
    return {};
}

void SamIdReader::close()
{
    // Leave the reader at its power-on speed, so the next program (or the next open) finds it.
    if (m_session && state() != devicekit::DeviceState::Faulted && !QThread::currentThread()->isInterruptionRequested() &&
        m_session->baud() != identity::SamReaderSession::kPowerOnBaud) {
        if (auto st = m_session->switchBaud(identity::SamReaderSession::kPowerOnBaud); !st)
            qCInfo(lcIdReader).noquote() << "reader left at" << m_session->baud() << "baud:" << st.error().describe();
    }
    closePort();
}

void SamIdReader::closePort()
{
    if (m_pollTimer) m_pollTimer->stop();
    m_session.reset();
    m_transport.reset();
    if (m_port) {
        m_port->disconnect(this);
        m_port->close();
        m_port.reset();
    }
    m_cardHandled = false;
}

devicekit::IdReaderCapabilities SamIdReader::capabilities() const
{
    devicekit::IdReaderCapabilities c;
    c.fingerprint = m_readOptions.fingerprint;
    c.appendedAddress = m_readOptions.appendedAddress;
    c.chipPhotoDecoding = decodesPhotos();
    c.presenceDetection = m_pollMs > 0;
    return c;
}

QString SamIdReader::samId() const { return m_session ? m_session->samId() : QString(); }

identity::SamSessionStats SamIdReader::sessionStats() const
{
    return m_session ? m_session->stats() : identity::SamSessionStats{};
}

void SamIdReader::completeCard(core::IdCard &) {}

QString SamIdReader::noAnswerReason() const { return identity::samNoAnswerError({}).message; }

void SamIdReader::lose(const QString &reason)
{
    qCWarning(lcIdReader).noquote() << "reader on" << m_portName << "lost:" << reason;
    closePort();
    setState(devicekit::DeviceState::Faulted, reason);
}

void SamIdReader::checkLine()
{
    if (!m_port) return;
    const auto e = m_port->error();
    if (e != QSerialPort::ResourceError && e != QSerialPort::ReadError) return;
    lose(identity::samDisconnectedError(m_port->errorString()).message);
}

void SamIdReader::readCard()
{
    if (!m_session) {
        emit readFailed(core::makeError(QStringLiteral("idreader.not_open"), tr("The ID reader is not ready."),
                                        QStringLiteral("readCard() before open()")));
        return;
    }
    setState(devicekit::DeviceState::Busy);
    finishRead(m_session->readCard(m_readOptions));
}

void SamIdReader::poll()
{
    if (!m_session || state() != devicekit::DeviceState::Ready) return;
    auto found = m_session->findCard();
    if (!found) {
        const core::Error &e = found.error();
        if (e.is(identity::samerr::kInterrupted)) return;
        if (e.is(identity::samerr::kDisconnected)) return lose(e.message);
        if (e.is(identity::samerr::kTimeout)) return lose(noAnswerReason());
        qCInfo(lcIdReader).noquote() << "presence poll:" << e.describe();
        return;
    }
    if (!*found) {
        if (std::exchange(m_cardHandled, false)) emit cardRemoved();
        return;
    }
    if (m_cardHandled) return;  // still the card already read: not again until it is lifted
    setState(devicekit::DeviceState::Busy);
    finishRead(m_session->readSelected(m_readOptions));
}

void SamIdReader::finishRead(core::Result<identity::SamChipData> result)
{
    if (!result) {
        const core::Error e = result.error();
        // Being closed: whoever stopped us has answered the caller already.
        if (e.is(identity::samerr::kInterrupted)) return;
        if (e.is(identity::samerr::kDisconnected)) {
            lose(e.message);
            emit readFailed(e);
            return;
        }
        if (e.is(identity::samerr::kTimeout)) {
            // Silent through every retry: the reader, not the card, is in trouble. Faulted lets the
            // manager re-open it (reset and handshake), which is what revives a stuck reader.
            lose(noAnswerReason());
            emit readFailed(e);
            return;
        }
        if (e.is(u"idreader.no_card")) {
            if (std::exchange(m_cardHandled, false)) emit cardRemoved();
        } else {
            m_cardHandled = true;  // a card is there but would not read: the officer retries (F2)
        }
        qCInfo(lcIdReader).noquote() << "read failed:" << e.describe();
        setState(devicekit::DeviceState::Ready);
        emit readFailed(e);
        return;
    }
    // The chip data (WLT photo, fingerprints, raw text) lives only as long as this read.
    const identity::SamChipData chip = std::move(result).value();
    core::IdCard card = chip.card;
    completeCard(card);
    m_cardHandled = true;
    qCInfo(lcIdReader).noquote() << "card read:" << core::idCardKindKey(card.kind) << core::IdNumber::mask(card.idNumber)
                                 << "fingerprint bytes" << chip.fingerprint.size();
    setState(devicekit::DeviceState::Ready);
    emit cardRead(card);
}

} // namespace ow::devices
