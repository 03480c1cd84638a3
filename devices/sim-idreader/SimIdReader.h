#pragma once
// The practice ID reader: a SamSimulator on a pseudo-terminal inside the plugin, driven through
// the real serial driver (SamIdReader), so practice runs the same protocol code as a counter.
// Options (besides the driver's timeoutMs, retries, pollMs, fingerprint, appendedAddress, baud):
//   cardDir   folder of *.json card files with a plain photo beside each (default: the cards
//             built into the identity module, devices/sim-idreader/cards)
//   scenario  any SamSimulator scenario (cycle, card:NAME, foreign, permit, expired, no-card,
//             place-and-lift, read-error, bad-checksum, slow, unplug-mid-read, garbage, ...), and
//             the older names: error:no-card, error:read-failed, error:unknown-card,
//             hang (card commands are never answered: a read ends when the manager gives up on
//             it, or after timeoutMs x (retries + 1), when the reader turns Faulted),
//             vanish (the reader is unplugged as the second read begins),
//             fault-on-open (the reader is unplugged before it is opened)
//   slowMs    how long "slow" takes to answer a read (default 800)
//   placePolls  "place-and-lift": find-card polls the card stays, then stays away (default 5)
// Defaults differ from the real reader: no presence polling (the officer presses F2, and each
// read in "cycle" gives the next card) and the appended address is read.
// Photos: a simulator cannot make WLT, so the plain photo comes from the simulator's registry.

#include "idreader-sam/SamIdReader.h"
#include "identity/SamSimulator.h"

#include <memory>

namespace ow::devices {

class SimIdReader final : public SamIdReader {
    Q_OBJECT
public:
    ~SimIdReader() override;

    QList<devicekit::DeviceInfo> scan() override;
    core::Status open(const devicekit::DeviceConfig &config) override;
    void close() override;

    // The scenario name the simulator understands for an option value (older names mapped).
    static QString simulatorScenario(const QString &option);

protected:
    void completeCard(core::IdCard &card) override;
    [[nodiscard]] bool decodesPhotos() const override { return true; }

private:
    std::unique_ptr<identity::SamSimulator> m_sim;
};

class SimIdReaderPlugin final : public QObject, public devicekit::DevicePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OW_DEVICE_PLUGIN_IID FILE "sim-idreader.json")
    Q_INTERFACES(ow::devicekit::DevicePlugin)
public:
    devicekit::Device *create(devicekit::DeviceKind kind) override;
};

} // namespace ow::devices
