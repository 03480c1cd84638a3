#include "SimPeripherals.h"

#include <QImage>

namespace ow::devices {
namespace {

core::Status openScenario(const devicekit::DeviceConfig &config, const QString &what)
{
    if (config.option(QStringLiteral("scenario")) == u"unplugged")
        return core::makeError(QStringLiteral("device.sim.unplugged"),
                               QObject::tr("The simulated %1 is unplugged (scenario).").arg(what));
    return {};
}

} // namespace

QList<devicekit::DeviceInfo> SimCallerDisplay::scan()
{
    devicekit::DeviceInfo info;
    info.pluginId = QStringLiteral("sim-peripherals");
    info.kind = devicekit::DeviceKind::CallerDisplay;
    info.id = QStringLiteral("window");
    info.name = tr("Simulated caller display");
    info.simulated = true;
    info.detail = tr("shown as a window of the client");
    return {info};
}

core::Status SimCallerDisplay::open(const devicekit::DeviceConfig &config)
{
    return openScenario(config, tr("caller display"));
}

void SimCallerDisplay::close() {}

void SimCallerDisplay::announce(const QString &ticket, const QString &counterName, bool recall)
{
    // What a hall display shows (and its voice would say): the number, then where to go.
    const QString text = recall ? tr("Calling again: please go to %1").arg(counterName) : tr("Please go to %1").arg(counterName);
    emit announced(ticket, text);
}

QList<devicekit::DeviceInfo> SimSignaturePad::scan()
{
    devicekit::DeviceInfo info;
    info.pluginId = QStringLiteral("sim-peripherals");
    info.kind = devicekit::DeviceKind::SignaturePad;
    info.id = QStringLiteral("citizen-screen");
    info.name = tr("Simulated signature pad");
    info.simulated = true;
    info.detail = tr("the citizen signs on the citizen screen");
    return {info};
}

core::Status SimSignaturePad::open(const devicekit::DeviceConfig &config)
{
    if (auto st = openScenario(config, tr("signature pad")); !st) return st;
    m_refuse = config.option(QStringLiteral("scenario")) == u"refuse";
    return {};
}

void SimSignaturePad::close() { m_signing = false; }

void SimSignaturePad::beginSignature() { m_signing = true; }

void SimSignaturePad::hostSignature(const QImage &signature)
{
    m_signing = false;
    if (m_refuse) {
        emit signatureFailed(core::Error{QStringLiteral("signpad.refused"),
                                         tr("The signature pad did not take the signature: ask the citizen to sign again."),
                                         QStringLiteral("scenario refuse")});
        return;
    }
    if (signature.isNull()) {
        emit signatureFailed(core::Error{QStringLiteral("signpad.empty"), tr("Nothing was signed."), {}});
        return;
    }
    emit signatureCaptured(signature);
}

void SimSignaturePad::cancelSignature() { m_signing = false; }

devicekit::Device *SimPeripheralsPlugin::create(devicekit::DeviceKind kind)
{
    switch (kind) {
    case devicekit::DeviceKind::CallerDisplay: return new SimCallerDisplay;
    case devicekit::DeviceKind::SignaturePad: return new SimSignaturePad;
    default: return nullptr;
    }
}

} // namespace ow::devices
