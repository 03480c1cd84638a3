#pragma once
// The vocabulary shared by the plugins, the manager and the screens.

#include <QList>
#include <QMetaType>
#include <QPageSize>
#include <QSize>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace ow::devicekit {

enum class DeviceKind { IdCardReader, Camera, Printer, SignaturePad, Evaluator, CallerDisplay, DocumentScanner };
enum class DeviceState { Closed, Opening, Ready, Busy, Faulted };

[[nodiscard]] QList<DeviceKind> allDeviceKinds();
// Stable names used in plugin metadata and settings ("IdCardReader", "Camera", ...).
[[nodiscard]] QString deviceKindKey(DeviceKind k);
[[nodiscard]] std::optional<DeviceKind> deviceKindFromKey(QStringView key);
[[nodiscard]] QString deviceKindDisplayName(DeviceKind k);   // translated: 读卡器, 摄像头, ...
[[nodiscard]] QString deviceStateKey(DeviceState s);          // "closed", "opening", "ready", "busy", "faulted"
[[nodiscard]] QString deviceStateDisplayName(DeviceState s);  // translated

// One device a plugin can offer (a serial port with a reader on it, a camera index, a folder...).
struct DeviceInfo {
    QString pluginId;
    DeviceKind kind = DeviceKind::IdCardReader;
    QString id;          // what goes into the configuration to pick this one (port name, index, ...)
    QString name;        // for the officer
    bool simulated = false;
    QString detail;      // e.g. "folder :/onewindow/sim/cards, 6 cards"
};

// What the workstation configured for one kind: which plugin, and that plugin's options
// (already expanded: "{data}" replaced by the profile's data folder).
struct DeviceConfig {
    DeviceKind kind = DeviceKind::IdCardReader;
    QString pluginId;
    QVariantMap options;

    [[nodiscard]] QString option(const QString &key, const QString &fallback = {}) const
    {
        return options.value(key, fallback).toString();
    }
    [[nodiscard]] int intOption(const QString &key, int fallback) const
    {
        bool ok = false;
        const int v = options.value(key).toInt(&ok);
        return ok ? v : fallback;
    }
};

struct IdReaderCapabilities {
    bool fingerprint = false;        // 30 10
    bool appendedAddress = false;    // 30 03
    bool chipPhotoDecoding = false;  // a WLT decoder is configured
    bool presenceDetection = false;  // reads a card as soon as it is placed
};

struct CameraCapabilities {
    QList<QSize> resolutions;
    double maxFps = 0;
};

struct PrinterCapabilities {
    QList<QPageSize::PageSizeId> pageSizes;
    bool color = false;
    bool duplex = false;
    bool writesFiles = false;  // output is a file (PDF), not paper
};

} // namespace ow::devicekit

Q_DECLARE_METATYPE(ow::devicekit::DeviceKind)
Q_DECLARE_METATYPE(ow::devicekit::DeviceState)
