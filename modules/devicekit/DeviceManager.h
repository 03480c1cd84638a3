#pragma once
// The one door between screens and devices. It opens each configured device on its own thread,
// mirrors its health for the device bar, times out any device that stops answering (it turns
// Faulted and the window stays responsive), and re-opens faulted devices with back-off.

#include "core/IdCard.h"
#include "core/Result.h"
#include "devicekit/Device.h"
#include "devicekit/DeviceTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>

class QThread;
class QTimer;

namespace ow::devicekit {

class PluginRegistry;

struct DeviceHealth {
    DeviceKind kind = DeviceKind::IdCardReader;
    bool configured = false;
    QString pluginId;
    QString pluginName;
    bool simulated = false;
    DeviceState state = DeviceState::Closed;
    QString reason;  // why it is Faulted (or, while re-opening after a fault, why it was), for the officer
};

class DeviceManager final : public QObject {
    Q_OBJECT
public:
    struct Timing {
        int openTimeoutMs = 10000;
        int operationTimeoutMs = 15000;
        int reopenInitialMs = 1000;
        int reopenMaxMs = 60000;
    };

    explicit DeviceManager(PluginRegistry &registry, QObject *parent = nullptr);
    ~DeviceManager() override;

    // Clamped to sane bounds: a zero back-off would re-open a failing device in a tight loop.
    void setTiming(const Timing &timing);
    [[nodiscard]] const Timing &timing() const { return m_timing; }

    // Simulated devices serve fictional citizens: only practice may use them. Outside practice a
    // configured simulator turns Faulted with the reason instead of opening.
    void setAllowSimulators(bool allow) { m_allowSimulators = allow; }

    // Opens every configured device (asynchronously; watch stateChanged).
    void start(const QList<DeviceConfig> &configs);
    // Closes every device and joins the device threads (a hung one is abandoned after a grace period).
    void stop();

    [[nodiscard]] QList<DeviceHealth> health() const;  // configured kinds, in kind order
    [[nodiscard]] DeviceHealth health(DeviceKind kind) const;
    [[nodiscard]] bool isReady(DeviceKind kind) const;
    // True when no configured device is still opening (each is Ready or Faulted).
    [[nodiscard]] bool settled() const;

    // Operations. Each ends in exactly one result signal, also when the device is missing,
    // faulted, or stops answering.
    void readCard();
    void startCamera();
    void stopCamera();
    quint64 print(const PrintDocumentPtr &document);
    // The caller display: `announced` with what it shows, or callerDisplayFailed.
    void announce(const QString &ticket, const QString &counterName, bool recall);
    // The signature pad: a signature begins; the citizen screen's drawing is handed over with
    // submitHostSignature (pads with glass ignore it). Ends in signatureCaptured or signatureFailed.
    void beginSignature();
    void submitHostSignature(const QImage &signature);

signals:
    void stateChanged(ow::devicekit::DeviceKind kind, ow::devicekit::DeviceState state, const QString &reason);
    void cardRead(const ow::core::IdCard &card);
    void cardReadFailed(const ow::core::Error &error);
    void cardRemoved();
    void frameReady(const QImage &frame);
    void cameraFailed(const ow::core::Error &error);
    void printed(quint64 jobId, const QString &where);
    void printFailed(quint64 jobId, const ow::core::Error &error);
    void announced(const QString &ticket, const QString &text);
    void callerDisplayFailed(const ow::core::Error &error);
    void signatureCaptured(const QImage &signature);
    void signatureFailed(const ow::core::Error &error);

private:
    struct Slot {
        DeviceConfig config;
        QString pluginName;
        bool simulated = false;
        QPointer<Device> device;
        QThread *thread = nullptr;
        quint64 generation = 0;
        DeviceState state = DeviceState::Closed;
        QString reason;
        int attempts = 0;
        bool retryable = true;
        bool opening = false;
        bool reading = false;
        bool cameraWanted = false;
        QSet<quint64> printJobs;
        QTimer *watchdog = nullptr;
        QTimer *reopenTimer = nullptr;
    };

    Slot *slot(DeviceKind kind);
    const Slot *slot(DeviceKind kind) const;
    void openSlot(Slot &s);
    void connectDevice(Slot &s);
    void setSlotState(Slot &s, DeviceState state, const QString &reason);
    void fault(Slot &s, const QString &reason);
    void retire(Slot &s);
    void failPending(Slot &s, const QString &reason);
    void armWatchdog(Slot &s, int ms);
    void settleWatchdog(Slot &s);
    [[nodiscard]] bool hasPending(const Slot &s) const;
    [[nodiscard]] core::Error notReady(DeviceKind kind) const;
    // The device of `kind` when it is Ready; else null, and `failed` is emitted with the reason.
    template <typename Kind>
    Kind *readyDevice(DeviceKind kind, void (DeviceManager::*failed)(const core::Error &));

    PluginRegistry &m_registry;
    Timing m_timing;
    QHash<int, Slot *> m_slots;
    QList<QPointer<QThread>> m_retiring;
    quint64 m_nextJob = 1;
    // Manager-wide, so a slot made by a later start() never matches a signal still queued from a
    // device of an earlier one.
    quint64 m_generation = 0;
    bool m_stopping = false;
    bool m_allowSimulators = true;
};

} // namespace ow::devicekit
