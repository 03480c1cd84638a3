#pragma once
// The counter's main window: header (practice banner, counter, officer), device bar, the visit
// work area, the citizen panel, and the status line.

#include <QFuture>
#include <QMainWindow>
#include <QPointer>

class QLabel;

namespace ow::gui {

class CaseSearchDialog;
class CitizenPanel;
class CounterScreen;
class DeviceBar;
class FaceDesk;
class IdleWatcher;
class LockScreen;
class QueuePanel;
class Session;
class SyncIndicator;
class SyncProblemsDialog;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);

    [[nodiscard]] CounterScreen *counterScreen() const { return m_counter; }
    [[nodiscard]] CitizenPanel *citizenPanel() const { return m_citizen; }
    [[nodiscard]] QueuePanel *queuePanel() const { return m_queue; }
    [[nodiscard]] DeviceBar *deviceBar() const { return m_deviceBar; }
    [[nodiscard]] QLabel *statusLine() const { return m_status; }
    [[nodiscard]] FaceDesk *faceDesk() const { return m_faces; }

    void showShortcuts();
    // Ctrl+F: the case search, window-modal and not blocking (a new one each time: no case stays on screen).
    void openCaseSearch();
    // The day's express deliveries, merged into parcels, with the shipping list to print.
    void openShipments();
    // One action for every ready case: a pickup reminder SMS, queued for sync.
    // Finished once the status line says how many were queued.
    QFuture<void> sendPickupReminders();
    [[nodiscard]] CaseSearchDialog *caseSearch() const;
    // Sync problems (conflicts and rejections), window-modal and not blocking; "Open case" shows
    // the case in Find a case.
    SyncProblemsDialog *openSyncProblems();
    [[nodiscard]] SyncProblemsDialog *syncProblems() const;
    [[nodiscard]] SyncIndicator *syncIndicator() const { return m_syncIndicator; }
    void lock();
    void changePassword();
    [[nodiscard]] bool isLocked() const;
    [[nodiscard]] LockScreen *lockScreen() const { return m_lock; }

signals:
    void logoutRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setLockedState(bool locked);

    Session &m_session;
    CounterScreen *m_counter = nullptr;
    CitizenPanel *m_citizen = nullptr;
    QueuePanel *m_queue = nullptr;
    DeviceBar *m_deviceBar = nullptr;
    FaceDesk *m_faces = nullptr;
    QLabel *m_status = nullptr;
    LockScreen *m_lock = nullptr;
    IdleWatcher *m_idle = nullptr;
    QList<QAction *> m_workActions;
    QPointer<CaseSearchDialog> m_caseSearch;
    QPointer<SyncProblemsDialog> m_syncProblems;
    SyncIndicator *m_syncIndicator = nullptr;
};

} // namespace ow::gui
