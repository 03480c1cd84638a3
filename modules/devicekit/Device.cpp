#include "devicekit/Device.h"

#include <QDeadlineTimer>
#include <QMutexLocker>
#include <QThread>

namespace ow::devicekit {

Device::Device(DeviceKind kind, QObject *parent) : QObject(parent), m_kind(kind) {}

Device::~Device() = default;

DeviceState Device::state() const
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

QString Device::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

void Device::setState(DeviceState state, const QString &reason)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_state == state && m_error == reason) return;
        m_state = state;
        m_error = state == DeviceState::Faulted ? reason : QString();
    }
    emit stateChanged(state, reason);
}

void Device::openAndReport(const DeviceConfig &config)
{
    setState(DeviceState::Opening);
    const core::Status st = open(config);
    if (!st.ok()) {
        setState(DeviceState::Faulted, st.error().message);
        return;
    }
    const DeviceState s = state();
    if (s == DeviceState::Opening || s == DeviceState::Closed) setState(DeviceState::Ready);
}

void Device::closeAndReport()
{
    close();
    setState(DeviceState::Closed);
}

bool Device::interruptibleSleep(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (QThread::currentThread()->isInterruptionRequested()) return false;
        QThread::msleep(std::min<qint64>(20, std::max<qint64>(1, deadline.remainingTime())));
    }
    return !QThread::currentThread()->isInterruptionRequested();
}

} // namespace ow::devicekit
