#pragma once
// Device interfaces. A driver is a QObject living on its own thread: the DeviceManager calls
// its methods through queued invocations and listens to its signals, so no screen ever blocks
// on hardware. Methods below run on the device's thread.

#include "core/IdCard.h"
#include "core/Result.h"
#include "devicekit/DeviceTypes.h"

#include <QImage>
#include <QMutex>
#include <QObject>
#include <QPageLayout>
#include <QPagedPaintDevice>

#include <memory>

namespace ow::devicekit {

class Device : public QObject {
    Q_OBJECT
public:
    explicit Device(DeviceKind kind, QObject *parent = nullptr);
    ~Device() override;

    [[nodiscard]] DeviceKind kind() const { return m_kind; }
    // Thread-safe snapshots.
    [[nodiscard]] DeviceState state() const;
    [[nodiscard]] QString errorString() const;

    // Devices of this kind the plugin can see right now (ports, indices, folders).
    virtual QList<DeviceInfo> scan() = 0;
    // Opens the device described by `config`. Ends in Ready, or in Faulted with a reason the
    // officer can act on. May block (it runs on the device thread) but must honour
    // QThread::isInterruptionRequested() in any long wait.
    virtual core::Status open(const DeviceConfig &config) = 0;
    virtual void close() = 0;

    // Called by the manager on the device thread: open(), then make sure the device ends in
    // Ready or Faulted whatever the driver did, so the manager never waits on an unfinished open.
    void openAndReport(const DeviceConfig &config);
    void closeAndReport();

signals:
    void stateChanged(ow::devicekit::DeviceState state, const QString &reason);

protected:
    void setState(DeviceState state, const QString &reason = {});
    // Sleeps up to `ms`, waking early when the manager gave up on this device; false if interrupted.
    static bool interruptibleSleep(int ms);

private:
    const DeviceKind m_kind;
    mutable QMutex m_mutex;
    DeviceState m_state = DeviceState::Closed;
    QString m_error;
};

class IdCardReader : public Device {
    Q_OBJECT
public:
    explicit IdCardReader(QObject *parent = nullptr) : Device(DeviceKind::IdCardReader, parent) {}
    [[nodiscard]] virtual IdReaderCapabilities capabilities() const = 0;
    // One read: ends with cardRead or readFailed. A failed read (no card, card moved) leaves the
    // reader Ready; only a reader that can no longer work turns Faulted.
    virtual void readCard() = 0;

signals:
    void cardRead(const ow::core::IdCard &card);
    void readFailed(const ow::core::Error &error);
    void cardRemoved();
};

class Camera : public Device {
    Q_OBJECT
public:
    explicit Camera(QObject *parent = nullptr) : Device(DeviceKind::Camera, parent) {}
    [[nodiscard]] virtual CameraCapabilities capabilities() const = 0;
    virtual void startCapture() = 0;
    virtual void stopCapture() = 0;

signals:
    void frameReady(const QImage &frame);
    void captureFailed(const ow::core::Error &error);
};

// The hall's caller display (叫号屏): the ticket called and the counter to go to. One announcement
// at a time; `announced` says what the display shows now.
class CallerDisplay : public Device {
    Q_OBJECT
public:
    explicit CallerDisplay(QObject *parent = nullptr) : Device(DeviceKind::CallerDisplay, parent) {}
    virtual void announce(const QString &ticket, const QString &counterName, bool recall) = 0;

signals:
    void announced(const QString &ticket, const QString &text);
};

// The citizen's signature pad (签字板). A pad with glass of its own reports what was signed on it;
// a pad that draws on the host (the simulated one: the citizen screen is its glass) is handed the
// host's drawing with hostSignature(). Either way one beginSignature ends in signatureCaptured or
// signatureFailed.
class SignaturePad : public Device {
    Q_OBJECT
public:
    explicit SignaturePad(QObject *parent = nullptr) : Device(DeviceKind::SignaturePad, parent) {}
    virtual void beginSignature() = 0;
    virtual void hostSignature(const QImage &signature) = 0;
    virtual void cancelSignature() = 0;

signals:
    void signatureCaptured(const QImage &signature);
    void signatureFailed(const ow::core::Error &error);
};

// A printable document: paints its pages on any paged device (a PDF writer, a QPrinter).
// Documents are immutable once handed to a printer and may be rendered on the printer's thread.
class PrintDocument {
public:
    virtual ~PrintDocument() = default;
    [[nodiscard]] virtual QString title() const = 0;
    [[nodiscard]] virtual QPageLayout pageLayout() const = 0;
    // Paints every page (calling device.newPage() between pages).
    virtual core::Status render(QPagedPaintDevice &device) const = 0;
};
using PrintDocumentPtr = std::shared_ptr<const PrintDocument>;

class Printer : public Device {
    Q_OBJECT
public:
    explicit Printer(QObject *parent = nullptr) : Device(DeviceKind::Printer, parent) {}
    [[nodiscard]] virtual PrinterCapabilities capabilities() const = 0;
    // Ends with printed (where: the file written, or the printer's name) or printFailed.
    virtual void print(quint64 jobId, const ow::devicekit::PrintDocumentPtr &document) = 0;

signals:
    void printed(quint64 jobId, const QString &where);
    void printFailed(quint64 jobId, const ow::core::Error &error);
};

// The interface a device plugin's root object implements.
class DevicePlugin {
public:
    virtual ~DevicePlugin() = default;
    // A new, closed device of `kind`, owned by the caller; nullptr if the plugin has no such kind.
    virtual Device *create(DeviceKind kind) = 0;
};

} // namespace ow::devicekit

#define OW_DEVICE_PLUGIN_IID "org.onewindow.Device/1"
Q_DECLARE_INTERFACE(ow::devicekit::DevicePlugin, OW_DEVICE_PLUGIN_IID)
Q_DECLARE_METATYPE(ow::devicekit::PrintDocumentPtr)
