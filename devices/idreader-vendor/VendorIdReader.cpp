#include "VendorIdReader.h"

#include "identity/CardText.h"
#include "identity/SamFrame.h"

#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <array>
#include <vector>

Q_LOGGING_CATEGORY(lcVendorReader, "ow.devices.idreader.vendor")

namespace ow::devices {
namespace {

constexpr int kMinPollMs = 50;
constexpr int kMaxPollMs = 10000;
// A card counts as lifted after this many polls in a row without it: one miss can be a reader
// that answers "find" only every other time for a card it has already read.
constexpr int kAbsentPollsForRemoval = 2;
// Polls in a row that end in a transport error before the reader counts as gone.
constexpr int kTransportErrorsForFault = 5;
constexpr int kAppendedRecordSize = 70;
constexpr int kAppendedRecords = 4;
// The SDK writes into our buffers with no size argument: give it far more room than the
// documented sizes, so a vendor that writes a little more cannot corrupt the heap.
constexpr int kSlack = 4096;

bool validPort(int port) { return (port >= 1 && port <= 16) || (port >= 1001 && port <= 1016); }

bool isSuccess(int status) { return status == identity::sam::kSuccess || status == identity::sam::kFindOk; }

// Statuses that mean the port itself is gone (unplugged, disabled), not a problem with a card.
bool isPortGone(int status)
{
    return status == sdt::kPortError || status == sdt::kUsbNotConfigured || status == sdt::kUsbDisabled;
}

bool isTransportError(int status) { return status == sdt::kReceiveTimeout || status == sdt::kTransferError; }

bool isSamBroken(int status)
{
    return status == identity::sam::kSamSelfTestFailed || status == identity::sam::kSamNotAuthorised;
}

QString hex(int status) { return QStringLiteral("0x%1").arg(status, 2, 16, QChar(u'0')); }

bool interrupted() { return QThread::currentThread()->isInterruptionRequested(); }

} // namespace

VendorIdReader::VendorIdReader() = default;

VendorIdReader::~VendorIdReader() { close(); }

QList<devicekit::DeviceInfo> VendorIdReader::scan()
{
    // Nothing can be seen without the vendor's library, and which library to load is
    // configuration: scanning must not guess at libraries on disk.
    return {};
}

core::Status VendorIdReader::open(const devicekit::DeviceConfig &config)
{
    close();
    const QString library = config.option(QStringLiteral("library"));
    if (library.isEmpty())
        return core::makeError(QStringLiteral("idreader.vendor.nolibrary"),
                               tr("The vendor ID reader has no library set (option library)."));
    // Not intOption(): a port written as "COM3" or "usb1" must be refused, not read as the default.
    const QVariant port = config.options.value(QStringLiteral("port"));
    bool numeric = true;
    m_port = port.isValid() ? port.toInt(&numeric) : 1001;
    if (!numeric || !validPort(m_port))
        return core::makeError(QStringLiteral("idreader.vendor.port"),
                               tr("The ID reader port %1 is not valid: use 1 to 16 for a serial reader or 1001 to "
                                  "1016 for a USB reader.")
                                   .arg(config.option(QStringLiteral("port"))));
    if (auto st = m_api.load(library); !st) {
        qCWarning(lcVendorReader).noquote() << st.error().describe();
        return st;
    }
    const int rc = m_api.openPort(m_port);
    if (rc != identity::sam::kSuccess) {
        m_api.release();
        return core::makeError(QStringLiteral("idreader.vendor.open"),
                               tr("The ID reader on port %1 cannot be opened: check its cable and power.").arg(m_port),
                               QStringLiteral("SDT_OpenPort(%1) returned %2").arg(m_port).arg(hex(rc)));
    }
    m_portOpen = true;

    // The security module (SAM) is checked now rather than at the first card, so a reader that
    // needs service says so in the device bar before a citizen is waiting.
    auto samCheck = [this](const char *call, int status) -> core::Status {
        if (isSuccess(status)) return {};
        if (isSamBroken(status)) {
            close();
            return core::makeError(identity::sam::statusCode(quint8(status)), identity::sam::statusMessage(quint8(status)),
                                   QStringLiteral("%1 returned %2").arg(QLatin1String(call), hex(status)));
        }
        qCInfo(lcVendorReader) << call << "returned" << hex(status) << "(ignored)";
        return {};
    };
    if (m_api.resetSam)
        if (auto st = samCheck("SDT_ResetSAM", m_api.resetSam(m_port, 0)); !st) return st;
    if (m_api.getSamIdToStr) {
        std::vector<char> id(128 + kSlack, '\0');
        const int st = m_api.getSamIdToStr(m_port, id.data(), 0);
        if (auto s = samCheck("SDT_GetSAMIDToStr", st); !s) return s;
        if (isSuccess(st))
            qCInfo(lcVendorReader).noquote() << "SAM" << QString::fromLatin1(id.data(), qsizetype(qstrnlen(id.data(), 127)));
    }

    const QString wlt = config.option(QStringLiteral("wltLibrary"));
    if (!wlt.isEmpty()) {
        // A missing decoder costs the chip photo, not the card: the reader still opens, and each
        // card says its photo cannot be decoded (the officer uses the register photo).
        if (auto st = m_wlt.load(wlt, config.intOption(QStringLiteral("wltCode"), 0)); !st)
            qCWarning(lcVendorReader).noquote() << "chip photos will not be decoded:" << st.error().describe();
    }

    m_cardOn = false;
    m_absentPolls = 0;
    m_transportErrors = 0;
    const int pollMs = config.intOption(QStringLiteral("pollMs"), 300);
    if (pollMs > 0) {
        m_poll = new QTimer(this);
        m_poll->setInterval(std::clamp(pollMs, kMinPollMs, kMaxPollMs));
        connect(m_poll, &QTimer::timeout, this, &VendorIdReader::poll);
        m_poll->start();
    }
    qCInfo(lcVendorReader).noquote() << "opened port" << m_port << "through" << library
                                     << (m_wlt.isLoaded() ? QStringLiteral("with photo decoder") : QStringLiteral("without photo decoder"));
    setState(devicekit::DeviceState::Ready);
    return {};
}

void VendorIdReader::close()
{
    if (m_poll) {
        m_poll->stop();
        delete m_poll;
        m_poll = nullptr;
    }
    if (m_portOpen && m_api.closePort) m_api.closePort(m_port);
    m_portOpen = false;
    m_api.release();
    m_wlt.release();
    m_cardOn = false;
}

devicekit::IdReaderCapabilities VendorIdReader::capabilities() const
{
    devicekit::IdReaderCapabilities c;
    c.appendedAddress = m_api.readNewAppMsg != nullptr;
    c.chipPhotoDecoding = m_wlt.isLoaded();
    c.presenceDetection = m_poll != nullptr;
    return c;
}

core::Error VendorIdReader::statusError(int status) const
{
    const QString detail = QStringLiteral("SDK status %1").arg(hex(status));
    switch (status) {
    case sdt::kReceiveTimeout:
        return core::makeError(QStringLiteral("idreader.timeout"),
                               tr("The ID reader did not answer in time. Try again; if this repeats, check its cable."),
                               detail);
    case sdt::kTransferError:
        return core::makeError(QStringLiteral("idreader.transfer"),
                               tr("The data from the ID reader was damaged on the way. Try again; if this repeats, "
                                  "check its cable."),
                               detail);
    case sdt::kPortError: case sdt::kUsbNotConfigured: case sdt::kUsbDisabled:
        return core::makeError(QStringLiteral("idreader.port"),
                               tr("The ID reader was disconnected. Plug it in again."), detail);
    default: break;
    }
    if (status < 0 || status > 0xFF)
        return core::makeError(QStringLiteral("idreader.status"),
                               tr("The ID reader's library reported error %1.").arg(status), detail);
    // Below 0x100 the SDK passes on the reader's own SW3 status: one set of messages for both.
    return core::makeError(identity::sam::statusCode(quint8(status)), identity::sam::statusMessage(quint8(status)), detail);
}

bool VendorIdReader::faultIfGone(int status)
{
    if (!isPortGone(status)) return false;
    if (m_poll) m_poll->stop();
    qCWarning(lcVendorReader) << "port" << m_port << "gone: status" << hex(status);
    setState(devicekit::DeviceState::Faulted, statusError(status).message);
    return true;
}

bool VendorIdReader::cardPresent(int *status)
{
    std::array<unsigned char, 64 + kSlack> info{};
    *status = m_api.findCard(m_port, info.data(), 0);
    if (*status == identity::sam::kFindOk) return true;
    if (!m_cardOn || isPortGone(*status)) return false;
    std::array<unsigned char, 64 + kSlack> serial{};
    return m_api.selectCard(m_port, serial.data(), 0) == identity::sam::kSuccess;
}

VendorIdReader::Attempt VendorIdReader::readOnce()
{
    Attempt a;
    auto failWith = [&a, this](int status) {
        a.status = status;
        a.error = statusError(status);
        return a;
    };
    std::array<unsigned char, 64 + kSlack> scratch{};
    const int found = m_api.findCard(m_port, scratch.data(), 0);
    if (isPortGone(found)) return failWith(found);
    // A card already read and never lifted may not be "found" again, but it still selects.
    const int selected = m_api.selectCard(m_port, scratch.data(), 0);
    if (selected != identity::sam::kSuccess) return failWith(found != identity::sam::kFindOk ? found : selected);

    std::vector<unsigned char> text(identity::kCardTextSize + kSlack, 0);
    std::vector<unsigned char> photo(identity::kWltSize + kSlack, 0);
    unsigned int textLen = identity::kCardTextSize;  // in: the sizes we expect (some SDKs read them)
    unsigned int photoLen = identity::kWltSize;
    const int rc = m_api.readBaseMsg(m_port, text.data(), &textLen, photo.data(), &photoLen, 0);
    if (rc != identity::sam::kSuccess) return failWith(rc);
    const auto clampLen = [](unsigned int n, std::size_t cap) { return qsizetype(std::min<std::size_t>(n, cap)); };
    const QByteArrayView textView(reinterpret_cast<const char *>(text.data()), clampLen(textLen, text.size()));
    auto decoded = identity::decodeCardText(textView);
    if (!decoded) {
        a.status = rc;
        a.error = decoded.error();
        return a;
    }
    core::IdCard card = std::move(decoded).value();

    const QByteArrayView wlt(reinterpret_cast<const char *>(photo.data()), clampLen(photoLen, photo.size()));
    if (!wlt.isEmpty()) {
        if (m_wlt.isLoaded()) {
            auto img = m_wlt.decode(wlt);
            if (img) card.photo = img.value();
            else qCWarning(lcVendorReader).noquote() << "chip photo not decoded:" << img.error().describe();
        }
        card.photoUndecodable = card.photo.isNull();
    }

    if (m_api.readNewAppMsg) {
        std::vector<unsigned char> app(kAppendedRecordSize * kAppendedRecords + kSlack, 0);
        unsigned int appLen = kAppendedRecordSize * kAppendedRecords;
        const int st = m_api.readNewAppMsg(m_port, app.data(), &appLen, 0);
        if (st == identity::sam::kSuccess) {
            // A card re-registered more than once holds several 70-byte records, oldest first:
            // the last one that is not blank is where the citizen lives now.
            const qsizetype n = clampLen(appLen, kAppendedRecordSize * kAppendedRecords);
            for (qsizetype at = 0; at < n; at += kAppendedRecordSize) {
                const QString address = identity::decodeAppendedAddress(QByteArrayView(
                    reinterpret_cast<const char *>(app.data()) + at, std::min<qsizetype>(kAppendedRecordSize, n - at)));
                if (!address.isEmpty()) card.appendedAddress = address;
            }
        } else if (st != identity::sam::kNoContent) {
            qCInfo(lcVendorReader) << "SDT_ReadNewAppMsg returned" << hex(st) << "(card read without appended address)";
        }
    }
    a.card = std::move(card);
    return a;
}

void VendorIdReader::finishRead(const Attempt &a, bool asked)
{
    if (a.card) {
        setState(devicekit::DeviceState::Ready);
        emit cardRead(*a.card);
        return;
    }
    if (faultIfGone(a.status)) return;
    setState(devicekit::DeviceState::Ready);
    qCInfo(lcVendorReader).noquote() << "read failed:" << a.error.describe();
    // A card lifted between "found" and "read" is not worth a message nobody asked for.
    if (asked || a.status != identity::sam::kNoCard) emit readFailed(a.error);
}

void VendorIdReader::readCard()
{
    if (!m_portOpen) {
        emit readFailed(core::makeError(QStringLiteral("idreader.vendor.closed"),
                                        tr("The ID reader is not open."), QStringLiteral("readCard before open")));
        return;
    }
    setState(devicekit::DeviceState::Busy);
    const Attempt a = readOnce();
    // Whatever the officer just read (or tried to) must not be read again by the poll.
    m_cardOn = a.card.has_value() || (a.status != identity::sam::kNoCard && a.status != 0);
    m_absentPolls = 0;
    finishRead(a, true);
}

void VendorIdReader::poll()
{
    if (!m_portOpen || interrupted()) return;
    int status = 0;
    const bool present = cardPresent(&status);
    if (faultIfGone(status)) return;
    if (!present && isTransportError(status)) {
        if (++m_transportErrors >= kTransportErrorsForFault) {
            if (m_poll) m_poll->stop();
            setState(devicekit::DeviceState::Faulted, statusError(status).message);
        }
        return;
    }
    m_transportErrors = 0;
    if (!present) {
        if (m_cardOn && ++m_absentPolls >= kAbsentPollsForRemoval) {
            m_cardOn = false;
            m_absentPolls = 0;
            emit cardRemoved();
        }
        return;
    }
    m_absentPolls = 0;
    if (m_cardOn) return;
    // Marked before reading: a card that fails to read is not retried every poll (the officer
    // lifts it and places it again, or asks for a read).
    m_cardOn = true;
    setState(devicekit::DeviceState::Busy);
    const Attempt a = readOnce();
    if (!a.card && a.status == identity::sam::kNoCard) m_cardOn = false;  // lifted before it was read
    finishRead(a, false);
}

devicekit::Device *VendorIdReaderPlugin::create(devicekit::DeviceKind kind)
{
    return kind == devicekit::DeviceKind::IdCardReader ? new VendorIdReader : nullptr;
}

} // namespace ow::devices
