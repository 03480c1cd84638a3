#include "devicekit/DeviceManager.h"

#include "devicekit/Logging.h"
#include "devicekit/PluginRegistry.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>

namespace ow::devicekit {
namespace {

// Results cross threads by value; register once so queued connections can carry them.
const int kMetaTypes = [] {
    qRegisterMetaType<ow::core::IdCard>();
    qRegisterMetaType<ow::core::Error>();
    qRegisterMetaType<ow::devicekit::DeviceState>();
    qRegisterMetaType<ow::devicekit::DeviceKind>();
    qRegisterMetaType<ow::devicekit::PrintDocumentPtr>();
    return 0;
}();

} // namespace

DeviceManager::DeviceManager(PluginRegistry &registry, QObject *parent) : QObject(parent), m_registry(registry)
{
    (void)kMetaTypes;
}

DeviceManager::~DeviceManager() { stop(); }

void DeviceManager::setTiming(const Timing &timing)
{
    m_timing.openTimeoutMs = std::clamp(timing.openTimeoutMs, 200, 600000);
    m_timing.operationTimeoutMs = std::clamp(timing.operationTimeoutMs, 100, 600000);
    m_timing.reopenInitialMs = std::clamp(timing.reopenInitialMs, 50, 3600000);
    m_timing.reopenMaxMs = std::clamp(timing.reopenMaxMs, m_timing.reopenInitialMs, 3600000);
}

DeviceManager::Slot *DeviceManager::slot(DeviceKind kind) { return m_slots.value(int(kind), nullptr); }
const DeviceManager::Slot *DeviceManager::slot(DeviceKind kind) const { return m_slots.value(int(kind), nullptr); }

void DeviceManager::start(const QList<DeviceConfig> &configs)
{
    stop();
    m_stopping = false;
    for (const DeviceConfig &c : configs) {
        if (m_slots.contains(int(c.kind))) {
            qCWarning(lcDevices) << "second configuration for" << deviceKindKey(c.kind) << "ignored";
            continue;
        }
        auto *s = new Slot;
        s->config = c;
        s->watchdog = new QTimer(this);
        s->watchdog->setSingleShot(true);
        s->reopenTimer = new QTimer(this);
        s->reopenTimer->setSingleShot(true);
        const DeviceKind kind = c.kind;
        connect(s->watchdog, &QTimer::timeout, this, [this, kind] {
            Slot *sl = slot(kind);
            if (!sl || !hasPending(*sl)) return;
            const int secs = (sl->opening ? m_timing.openTimeoutMs : m_timing.operationTimeoutMs) / 1000;
            fault(*sl, tr("The %1 did not respond within %2 seconds.").arg(deviceKindDisplayName(kind)).arg(std::max(1, secs)));
        });
        connect(s->reopenTimer, &QTimer::timeout, this, [this, kind] {
            if (Slot *sl = slot(kind); sl && !m_stopping) openSlot(*sl);
        });
        if (const PluginEntry *e = m_registry.find(c.pluginId)) {
            s->pluginName = e->name;
            s->simulated = e->simulator;
        }
        m_slots.insert(int(kind), s);
        openSlot(*s);
    }
}

void DeviceManager::openSlot(Slot &s)
{
    s.generation = ++m_generation;
    if (s.simulated && !m_allowSimulators) {
        s.retryable = false;
        setSlotState(s, DeviceState::Faulted,
                     tr("\"%1\" is a simulated device and can only be used in practice mode.").arg(s.config.pluginId));
        return;
    }
    auto created = m_registry.create(s.config.pluginId, s.config.kind);
    if (!created) {
        // A missing or broken driver does not heal by itself: no retries.
        s.retryable = false;
        qCWarning(lcDevices).noquote() << deviceKindKey(s.config.kind) << created.error().describe();
        setSlotState(s, DeviceState::Faulted, created.error().message);
        return;
    }
    s.retryable = true;
    s.device = created.value();
    s.thread = new QThread;
    s.thread->setObjectName(QStringLiteral("ow-device-%1").arg(deviceKindKey(s.config.kind)));
    s.device->moveToThread(s.thread);
    connectDevice(s);
    s.thread->start();

    s.opening = true;
    setSlotState(s, DeviceState::Opening, {});
    armWatchdog(s, m_timing.openTimeoutMs);
    const DeviceConfig cfg = s.config;
    Device *d = s.device;
    QMetaObject::invokeMethod(d, [d, cfg] { d->openAndReport(cfg); }, Qt::QueuedConnection);
}

void DeviceManager::connectDevice(Slot &s)
{
    const DeviceKind kind = s.config.kind;
    const quint64 gen = s.generation;
    // Every handler first checks that the signal comes from the device currently in the slot:
    // a retired device may still emit while it winds down.
    auto current = [this, kind, gen]() -> Slot * {
        Slot *sl = slot(kind);
        return sl && sl->generation == gen ? sl : nullptr;
    };
    Device *d = s.device;
    connect(d, &Device::stateChanged, this, [this, current](DeviceState st, const QString &reason) {
        Slot *sl = current();
        if (!sl) return;
        if (st == DeviceState::Faulted) {
            fault(*sl, reason);
            return;
        }
        const bool justOpened = sl->opening && st == DeviceState::Ready;
        if (justOpened) {
            sl->opening = false;
            sl->attempts = 0;
            settleWatchdog(*sl);
        }
        setSlotState(*sl, st, reason);
        if (justOpened && sl->cameraWanted) startCamera();
    });

    if (auto *reader = qobject_cast<IdCardReader *>(d)) {
        connect(reader, &IdCardReader::cardRead, this, [this, current](const core::IdCard &card) {
            Slot *sl = current();
            if (!sl) return;
            sl->reading = false;
            settleWatchdog(*sl);
            emit cardRead(card);
        });
        connect(reader, &IdCardReader::readFailed, this, [this, current](const core::Error &e) {
            Slot *sl = current();
            if (!sl) return;
            sl->reading = false;
            settleWatchdog(*sl);
            emit cardReadFailed(e);
        });
        connect(reader, &IdCardReader::cardRemoved, this, [this, current] {
            if (current()) emit cardRemoved();
        });
    } else if (auto *cam = qobject_cast<Camera *>(d)) {
        connect(cam, &Camera::frameReady, this, [this, current](const QImage &f) {
            if (current()) emit frameReady(f);
        });
        connect(cam, &Camera::captureFailed, this, [this, current](const core::Error &e) {
            if (current()) emit cameraFailed(e);
        });
    } else if (auto *display = qobject_cast<CallerDisplay *>(d)) {
        connect(display, &CallerDisplay::announced, this, [this, current](const QString &ticket, const QString &text) {
            if (current()) emit announced(ticket, text);
        });
    } else if (auto *pad = qobject_cast<SignaturePad *>(d)) {
        connect(pad, &SignaturePad::signatureCaptured, this, [this, current](const QImage &image) {
            if (current()) emit signatureCaptured(image);
        });
        connect(pad, &SignaturePad::signatureFailed, this, [this, current](const core::Error &e) {
            if (current()) emit signatureFailed(e);
        });
    } else if (auto *printer = qobject_cast<Printer *>(d)) {
        connect(printer, &Printer::printed, this, [this, current](quint64 job, const QString &where) {
            Slot *sl = current();
            if (!sl || !sl->printJobs.remove(job)) return;
            settleWatchdog(*sl);
            emit printed(job, where);
        });
        connect(printer, &Printer::printFailed, this, [this, current](quint64 job, const core::Error &e) {
            Slot *sl = current();
            if (!sl || !sl->printJobs.remove(job)) return;
            settleWatchdog(*sl);
            emit printFailed(job, e);
        });
    }
}

void DeviceManager::setSlotState(Slot &s, DeviceState state, const QString &reason)
{
    // While re-opening after a fault the officer still needs to know what went wrong.
    const bool retrying = state == DeviceState::Opening && s.attempts > 0;
    const QString r = state == DeviceState::Faulted ? reason : retrying ? s.reason : QString();
    if (s.state == state && s.reason == r) return;
    s.state = state;
    s.reason = r;
    emit stateChanged(s.config.kind, state, r);
}

bool DeviceManager::hasPending(const Slot &s) const { return s.opening || s.reading || !s.printJobs.isEmpty(); }

void DeviceManager::armWatchdog(Slot &s, int ms)
{
    if (!s.watchdog->isActive()) s.watchdog->start(ms);
}

void DeviceManager::settleWatchdog(Slot &s)
{
    s.watchdog->stop();
    // Another job still under way gets a full period of its own from now.
    if (hasPending(s)) s.watchdog->start(m_timing.operationTimeoutMs);
}

void DeviceManager::failPending(Slot &s, const QString &reason)
{
    const DeviceKind kind = s.config.kind;
    const core::Error e = core::makeError(QStringLiteral("device.faulted"),
                                          tr("The %1 has a fault: %2").arg(deviceKindDisplayName(kind), reason));
    if (s.reading) {
        s.reading = false;
        emit cardReadFailed(e);
    }
    const auto jobs = s.printJobs;
    s.printJobs.clear();
    for (quint64 job : jobs) emit printFailed(job, e);
    if (kind == DeviceKind::Camera && s.cameraWanted) emit cameraFailed(e);
}

void DeviceManager::fault(Slot &s, const QString &reason)
{
    qCWarning(lcDevices).noquote() << deviceKindKey(s.config.kind) << "faulted:" << reason;
    s.opening = false;
    s.watchdog->stop();
    retire(s);
    setSlotState(s, DeviceState::Faulted, reason);
    failPending(s, reason);
    if (!m_stopping && s.retryable) {
        const int shift = std::min(s.attempts, 16);
        const qint64 delay = std::min<qint64>(qint64(m_timing.reopenInitialMs) << shift, m_timing.reopenMaxMs);
        ++s.attempts;
        qCInfo(lcDevices) << "re-opening" << deviceKindKey(s.config.kind) << "in" << delay << "ms (attempt" << s.attempts << ")";
        s.reopenTimer->start(int(delay));
    }
}

void DeviceManager::retire(Slot &s)
{
    if (!s.thread) return;
    QThread *t = s.thread;
    Device *d = s.device;
    s.thread = nullptr;
    s.device = nullptr;
    s.generation = ++m_generation;  // anything the old device still emits is now ignored
    // The thread deletes itself once finished (context: the thread object itself, so nothing
    // queued to the manager can outlive it). Connected before the device is told to close, so a
    // thread that finishes at once is still cleaned up.
    connect(t, &QThread::finished, t, &QObject::deleteLater);
    m_retiring.removeIf([](const QPointer<QThread> &p) { return p.isNull(); });
    m_retiring.append(QPointer<QThread>(t));
    if (d) {
        disconnect(d, nullptr, this, nullptr);
        // Runs after whatever the device is stuck in has returned (a driver honouring
        // isInterruptionRequested() returns promptly); the thread ends itself once the device
        // is closed, and its pending deferred deletes run as it finishes.
        QMetaObject::invokeMethod(d, [d] {
            d->closeAndReport();
            d->deleteLater();
            QThread::currentThread()->quit();
        }, Qt::QueuedConnection);
    } else {
        t->quit();
    }
    t->requestInterruption();
}

void DeviceManager::stop()
{
    m_stopping = true;
    for (Slot *s : std::as_const(m_slots)) {
        s->watchdog->stop();
        s->reopenTimer->stop();
        retire(*s);
        failPending(*s, tr("the device was closed"));
        delete s->watchdog;
        delete s->reopenTimer;
        delete s;
    }
    m_slots.clear();
    QDeadlineTimer grace(3000);
    for (const QPointer<QThread> &t : std::as_const(m_retiring)) {
        if (!t) continue;  // already finished and deleted
        if (!t->wait(grace)) {
            // Destroying a running QThread aborts the process; a driver stuck in a system call is
            // left to the end of the process instead (its deleteLater runs if it ever returns).
            qCWarning(lcDevices) << "device thread" << t->objectName() << "did not stop; abandoning it";
        }
    }
    m_retiring.clear();
}

QList<DeviceHealth> DeviceManager::health() const
{
    QList<DeviceHealth> out;
    for (DeviceKind k : allDeviceKinds())
        if (slot(k)) out.append(health(k));
    return out;
}

DeviceHealth DeviceManager::health(DeviceKind kind) const
{
    DeviceHealth h;
    h.kind = kind;
    const Slot *s = slot(kind);
    if (!s) return h;
    h.configured = true;
    h.pluginId = s->config.pluginId;
    h.pluginName = s->pluginName;
    h.simulated = s->simulated;
    h.state = s->state;
    h.reason = s->reason;
    return h;
}

bool DeviceManager::isReady(DeviceKind kind) const
{
    const Slot *s = slot(kind);
    return s && s->state == DeviceState::Ready;
}

bool DeviceManager::settled() const
{
    for (const Slot *s : m_slots)
        if (s->state == DeviceState::Opening || s->state == DeviceState::Closed) return false;
    return true;
}

core::Error DeviceManager::notReady(DeviceKind kind) const
{
    const Slot *s = slot(kind);
    const QString name = deviceKindDisplayName(kind);
    if (!s)
        return core::makeError(QStringLiteral("device.not_configured"),
                               tr("No %1 is set up on this workstation.").arg(name));
    if (s->state == DeviceState::Faulted)
        return core::makeError(QStringLiteral("device.faulted"), tr("The %1 has a fault: %2").arg(name, s->reason));
    return core::makeError(QStringLiteral("device.not_ready"), tr("The %1 is still starting. Try again in a moment.").arg(name));
}

void DeviceManager::readCard()
{
    Slot *s = slot(DeviceKind::IdCardReader);
    if (!s || !s->device || (s->state != DeviceState::Ready && s->state != DeviceState::Busy)) {
        const core::Error e = notReady(DeviceKind::IdCardReader);
        QMetaObject::invokeMethod(this, [this, e] { emit cardReadFailed(e); }, Qt::QueuedConnection);
        return;
    }
    if (s->reading) return;  // one read at a time; its result answers this request too
    s->reading = true;
    armWatchdog(*s, m_timing.operationTimeoutMs);
    auto *reader = qobject_cast<IdCardReader *>(s->device.data());
    QMetaObject::invokeMethod(reader, [reader] { reader->readCard(); }, Qt::QueuedConnection);
}

template <typename Kind>
Kind *DeviceManager::readyDevice(DeviceKind kind, void (DeviceManager::*failed)(const core::Error &))
{
    Slot *s = slot(kind);
    if (!s || !s->device || s->state != DeviceState::Ready) {
        // Answered at once (queued, like a device's answer): the screen says why, nothing waits.
        const core::Error e = notReady(kind);
        QMetaObject::invokeMethod(this, [this, e, failed] { emit(this->*failed)(e); }, Qt::QueuedConnection);
        return nullptr;
    }
    return qobject_cast<Kind *>(s->device.data());
}

void DeviceManager::announce(const QString &ticket, const QString &counterName, bool recall)
{
    auto *display = readyDevice<CallerDisplay>(DeviceKind::CallerDisplay, &DeviceManager::callerDisplayFailed);
    if (!display) return;
    QMetaObject::invokeMethod(display, [display, ticket, counterName, recall] { display->announce(ticket, counterName, recall); },
                              Qt::QueuedConnection);
}

void DeviceManager::beginSignature()
{
    auto *pad = readyDevice<SignaturePad>(DeviceKind::SignaturePad, &DeviceManager::signatureFailed);
    if (!pad) return;
    QMetaObject::invokeMethod(pad, [pad] { pad->beginSignature(); }, Qt::QueuedConnection);
}

void DeviceManager::submitHostSignature(const QImage &signature)
{
    auto *pad = readyDevice<SignaturePad>(DeviceKind::SignaturePad, &DeviceManager::signatureFailed);
    if (!pad) return;
    QMetaObject::invokeMethod(pad, [pad, signature] { pad->hostSignature(signature); }, Qt::QueuedConnection);
}

void DeviceManager::startCamera()
{
    Slot *s = slot(DeviceKind::Camera);
    if (s) s->cameraWanted = true;  // (re)starts by itself whenever the camera comes up
    if (!s || !s->device || s->state != DeviceState::Ready) {
        // Answered at once: the preview shows why there is no picture instead of waiting.
        if (s && s->state == DeviceState::Opening) return;
        const core::Error e = notReady(DeviceKind::Camera);
        QMetaObject::invokeMethod(this, [this, e] { emit cameraFailed(e); }, Qt::QueuedConnection);
        return;
    }
    auto *cam = qobject_cast<Camera *>(s->device.data());
    QMetaObject::invokeMethod(cam, [cam] { cam->startCapture(); }, Qt::QueuedConnection);
}

void DeviceManager::stopCamera()
{
    Slot *s = slot(DeviceKind::Camera);
    if (!s) return;
    s->cameraWanted = false;
    if (!s->device) return;
    auto *cam = qobject_cast<Camera *>(s->device.data());
    QMetaObject::invokeMethod(cam, [cam] { cam->stopCapture(); }, Qt::QueuedConnection);
}

quint64 DeviceManager::print(const PrintDocumentPtr &document)
{
    const quint64 job = m_nextJob++;
    Slot *s = slot(DeviceKind::Printer);
    if (!s || !s->device || (s->state != DeviceState::Ready && s->state != DeviceState::Busy)) {
        const core::Error e = notReady(DeviceKind::Printer);
        QMetaObject::invokeMethod(this, [this, job, e] { emit printFailed(job, e); }, Qt::QueuedConnection);
        return job;
    }
    s->printJobs.insert(job);
    armWatchdog(*s, m_timing.operationTimeoutMs);
    auto *printer = qobject_cast<Printer *>(s->device.data());
    QMetaObject::invokeMethod(printer, [printer, job, document] { printer->print(job, document); },
                              Qt::QueuedConnection);
    return job;
}

} // namespace ow::devicekit
