#include "devicekit/DeviceTypes.h"

#include <QCoreApplication>

namespace ow::devicekit {

QList<DeviceKind> allDeviceKinds()
{
    return {DeviceKind::IdCardReader, DeviceKind::Camera,        DeviceKind::Printer,        DeviceKind::SignaturePad,
            DeviceKind::Evaluator,    DeviceKind::CallerDisplay, DeviceKind::DocumentScanner};
}

QString deviceKindKey(DeviceKind k)
{
    switch (k) {
    case DeviceKind::IdCardReader: return QStringLiteral("IdCardReader");
    case DeviceKind::Camera: return QStringLiteral("Camera");
    case DeviceKind::Printer: return QStringLiteral("Printer");
    case DeviceKind::SignaturePad: return QStringLiteral("SignaturePad");
    case DeviceKind::Evaluator: return QStringLiteral("Evaluator");
    case DeviceKind::CallerDisplay: return QStringLiteral("CallerDisplay");
    case DeviceKind::DocumentScanner: return QStringLiteral("DocumentScanner");
    }
    return {};
}

std::optional<DeviceKind> deviceKindFromKey(QStringView key)
{
    for (DeviceKind k : allDeviceKinds())
        if (deviceKindKey(k) == key) return k;
    return std::nullopt;
}

QString deviceKindDisplayName(DeviceKind k)
{
    switch (k) {
    case DeviceKind::IdCardReader: return QCoreApplication::translate("ow::devicekit", "ID reader");
    case DeviceKind::Camera: return QCoreApplication::translate("ow::devicekit", "Camera");
    case DeviceKind::Printer: return QCoreApplication::translate("ow::devicekit", "Printer");
    case DeviceKind::SignaturePad: return QCoreApplication::translate("ow::devicekit", "Signature pad");
    case DeviceKind::Evaluator: return QCoreApplication::translate("ow::devicekit", "Rating keypad");
    case DeviceKind::CallerDisplay: return QCoreApplication::translate("ow::devicekit", "Caller display");
    case DeviceKind::DocumentScanner: return QCoreApplication::translate("ow::devicekit", "Document scanner");
    }
    return {};
}

QString deviceStateKey(DeviceState s)
{
    switch (s) {
    case DeviceState::Closed: return QStringLiteral("closed");
    case DeviceState::Opening: return QStringLiteral("opening");
    case DeviceState::Ready: return QStringLiteral("ready");
    case DeviceState::Busy: return QStringLiteral("busy");
    case DeviceState::Faulted: return QStringLiteral("faulted");
    }
    return {};
}

QString deviceStateDisplayName(DeviceState s)
{
    switch (s) {
    case DeviceState::Closed: return QCoreApplication::translate("ow::devicekit", "Off");
    case DeviceState::Opening: return QCoreApplication::translate("ow::devicekit", "Starting");
    case DeviceState::Ready: return QCoreApplication::translate("ow::devicekit", "Ready");
    case DeviceState::Busy: return QCoreApplication::translate("ow::devicekit", "Busy");
    case DeviceState::Faulted: return QCoreApplication::translate("ow::devicekit", "Fault");
    }
    return {};
}

} // namespace ow::devicekit
