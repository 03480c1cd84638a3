#pragma once
// Sync in the background for the client: a worker thread that runs SyncEngine passes (its own
// database connection, never the GUI thread), every interval while all is well and with
// exponential back-off and jitter after a failure, and at once on syncNow(). The GUI shows
// status() and listens to statusChanged().

#include "core/Profile.h"
#include "sync/SyncEngine.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace ow::storage {
class Vault;
}

namespace ow::sync {

class SyncWorker;

class SyncService final : public QObject {
    Q_OBJECT
public:
    // `vault`: the logged-in officer's (outbox rows and cases are sealed with it).
    SyncService(core::Profile profile, QString workstation, std::shared_ptr<const storage::Vault> vault,
                QObject *parent = nullptr);
    ~SyncService() override;

    // Starts the worker; the first pass runs after `firstDelayMs`.
    void start(int firstDelayMs = 2000);
    [[nodiscard]] const SyncStatus &status() const { return m_status; }
    [[nodiscard]] bool running() const { return m_busy; }

public slots:
    void syncNow();

signals:
    void statusChanged(const ow::sync::SyncStatus &status);

private:
    void passDone(const ow::sync::SyncStatus &status, bool ok);

    SyncSettings m_settings;
    QThread m_thread;
    SyncWorker *m_worker = nullptr;  // lives on m_thread
    QTimer m_timer;
    SyncStatus m_status;
    bool m_busy = false;
    std::atomic<bool> m_cancel{false};  // set when the service goes: the running pass stops at once
};

} // namespace ow::sync

Q_DECLARE_METATYPE(ow::sync::SyncStatus)
