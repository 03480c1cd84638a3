#include "sync/SyncService.h"

#include "storage/ProfileStore.h"
#include "sync/Logging.h"

#include <QRandomGenerator>

namespace ow::sync {

// Runs on the sync thread: opens its own connection to the profile's database there.
class SyncWorker final : public QObject {
    Q_OBJECT
public:
    SyncWorker(core::Profile profile, QString workstation, std::shared_ptr<const storage::Vault> vault,
               SyncSettings settings, const std::atomic<bool> *cancel)
        : m_profile(std::move(profile)), m_workstation(std::move(workstation)), m_vault(std::move(vault)),
          m_settings(std::move(settings)), m_cancel(cancel)
    {
    }

    void pass()
    {
        if (!m_store) {
            auto store = storage::ProfileStore::open(m_profile, m_workstation);
            if (!store) {
                qCWarning(lcSync) << "sync cannot open the profile:" << store.error().detail;
                SyncStatus s;
                s.configured = m_settings.configured();
                s.lastFailureCode = store.error().code;
                s.lastFailure = store.error().message;
                emit done(s, false);
                return;
            }
            m_store = std::move(store.value());
            m_engine = std::make_unique<SyncEngine>(m_store->db(), m_vault, m_store->audit(), m_settings);
            m_engine->setCancelFlag(m_cancel);
        }
        const SyncReport report = m_engine->runOnce();
        auto status = readSyncStatus(m_store->db(), m_settings.configured());
        emit done(status ? status.value() : SyncStatus{}, report.ok());
    }

    void release()
    {
        m_engine.reset();
        m_store.reset();
    }

signals:
    void done(const ow::sync::SyncStatus &status, bool ok);

private:
    core::Profile m_profile;
    QString m_workstation;
    std::shared_ptr<const storage::Vault> m_vault;
    SyncSettings m_settings;
    std::unique_ptr<storage::ProfileStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    const std::atomic<bool> *m_cancel;
};

SyncService::SyncService(core::Profile profile, QString workstation, std::shared_ptr<const storage::Vault> vault,
                         QObject *parent)
    : QObject(parent), m_settings(SyncSettings::fromProfile(profile))
{
    qRegisterMetaType<ow::sync::SyncStatus>();
    m_status.configured = m_settings.configured();
    m_worker = new SyncWorker(std::move(profile), std::move(workstation), std::move(vault), m_settings, &m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::done, this, &SyncService::passDone);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::syncNow);
    m_thread.setObjectName(QStringLiteral("sync"));
}

SyncService::~SyncService()
{
    m_timer.stop();
    m_cancel = true;  // a pass under way ends within a fraction of a second
    if (m_thread.isRunning()) {
        // The worker's connection is closed on its own thread before the thread ends.
        QMetaObject::invokeMethod(m_worker, &SyncWorker::release, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

void SyncService::start(int firstDelayMs)
{
    if (!m_settings.configured()) return;  // nothing to do; status() says not configured
    m_thread.start();
    m_timer.start(firstDelayMs);
}

void SyncService::syncNow()
{
    if (m_busy || !m_thread.isRunning()) return;
    m_busy = true;
    m_timer.stop();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::pass, Qt::QueuedConnection);
}

void SyncService::passDone(const SyncStatus &status, bool ok)
{
    m_busy = false;
    m_status = status;
    const auto next = ok ? std::chrono::milliseconds(qint64(m_settings.intervalSec) * 1000)
                         : backoffDelay(status.failuresInRow, m_settings, QRandomGenerator::global()->generate());
    m_timer.start(int(next.count()));
    emit statusChanged(m_status);
}

} // namespace ow::sync

#include "SyncService.moc"
