#pragma once
// The counter peripherals of practice and of the tests: a caller display whose face is a window of
// the client (it reports what it would show), and a signature pad whose glass is the citizen
// screen's drawing area (the host hands over the drawing). They keep the device contract: open,
// health, one result per request, Faulted with a reason (scenario "unplugged").
// Options: scenario = normal | unplugged | refuse (the pad refuses every signature: tests).

#include "devicekit/Device.h"

namespace ow::devices {

class SimCallerDisplay final : public devicekit::CallerDisplay {
    Q_OBJECT
public:
    QList<devicekit::DeviceInfo> scan() override;
    core::Status open(const devicekit::DeviceConfig &config) override;
    void close() override;
    void announce(const QString &ticket, const QString &counterName, bool recall) override;
};

class SimSignaturePad final : public devicekit::SignaturePad {
    Q_OBJECT
public:
    QList<devicekit::DeviceInfo> scan() override;
    core::Status open(const devicekit::DeviceConfig &config) override;
    void close() override;
    void beginSignature() override;
    void hostSignature(const QImage &signature) override;
    void cancelSignature() override;

private:
    bool m_refuse = false;
    bool m_signing = false;
};

class SimPeripheralsPlugin final : public QObject, public devicekit::DevicePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OW_DEVICE_PLUGIN_IID FILE "sim-peripherals.json")
    Q_INTERFACES(ow::devicekit::DevicePlugin)
public:
    devicekit::Device *create(devicekit::DeviceKind kind) override;
};

} // namespace ow::devices
