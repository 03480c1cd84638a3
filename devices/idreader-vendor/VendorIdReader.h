#pragma once
// An ID card reader driven through its vendor's `sdtapi`-style SDK, loaded at run time (the
// reader models that are not spoken to over a plain serial port). Options:
//   library     path of the vendor SDK library (required), e.g. /opt/reader/lib/libsdtapi.so
//   port        SDK port number: 1..16 serial, 1001..1016 USB (default 1001, the first USB reader)
//   wltLibrary  path of a licensed WLT photo decoder (libwlt2bmp-style); without one every card
//               arrives with photoUndecodable set
//   wltCode     the vendor code the decoder expects as its bmpSave argument (default 0)
//   pollMs      presence polling period (default 300; 0 = read only when asked): a card placed
//               on the reader is read at once, and not again until it has been lifted
// The SDK's functions and their signatures are in SdtApi.h. SDK calls block: they are made on the
// device thread only, and a call that never returns is the manager's watchdog's business.

#include "SdtApi.h"

#include "devicekit/Device.h"
#include "identity/WltDecoder.h"

class QTimer;

namespace ow::devices {

class VendorIdReader final : public devicekit::IdCardReader {
    Q_OBJECT
public:
    VendorIdReader();
    ~VendorIdReader() override;

    QList<devicekit::DeviceInfo> scan() override;
    core::Status open(const devicekit::DeviceConfig &config) override;
    void close() override;
    [[nodiscard]] devicekit::IdReaderCapabilities capabilities() const override;
    void readCard() override;

private:
    // Outcome of one attempt at the card: the card, or the error with the status behind it.
    struct Attempt {
        std::optional<core::IdCard> card;
        core::Error error;
        int status = 0;
    };

    Attempt readOnce();
    void poll();
    // Is a card on the reader? Tries find, then select (some readers do not "find" a card that
    // was read and never lifted, but still select it). Returns the find status too.
    bool cardPresent(int *status);
    // Turns the reader Faulted when `status` means it can no longer be reached; true if it did.
    bool faultIfGone(int status);
    void finishRead(const Attempt &a, bool asked);
    [[nodiscard]] core::Error statusError(int status) const;

    sdt::SdtApi m_api;
    identity::WltDecoder m_wlt;
    QTimer *m_poll = nullptr;
    int m_port = 1001;
    bool m_portOpen = false;
    bool m_cardOn = false;   // a card is on the reader and was already read (or failed to read)
    int m_absentPolls = 0;   // consecutive polls that saw no card
    int m_transportErrors = 0;  // consecutive polls that ended in a transport error
};

class VendorIdReaderPlugin final : public QObject, public devicekit::DevicePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OW_DEVICE_PLUGIN_IID FILE "idreader-vendor.json")
    Q_INTERFACES(ow::devicekit::DevicePlugin)
public:
    devicekit::Device *create(devicekit::DeviceKind kind) override;
};

} // namespace ow::devices
