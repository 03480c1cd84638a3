#pragma once
// The status bar's sync indicator: last sync time, operations waiting, the last failure in plain
// words; clicking it syncs now, or, when something needs an officer (conflicts, rejections,
// held-back back-office moves), asks for the sync problems dialog (problemsRequested). Owns the background sync (sync::SyncService on its own thread)
// for the logged-in officer; does nothing when the profile has no central service set up.

#include <QToolButton>

namespace ow::sync {
class SyncService;
struct SyncStatus;
} // namespace ow::sync

namespace ow::gui {

class Session;

class SyncIndicator final : public QToolButton {
    Q_OBJECT
public:
    explicit SyncIndicator(Session &session, QWidget *parent = nullptr);
    ~SyncIndicator() override;

    [[nodiscard]] sync::SyncService &service() { return *m_service; }
    void syncNow();
    // Reads the counts again from the profile (after an officer settled a problem).
    void refresh();

signals:
    void problemsRequested();

private:
    void display(const sync::SyncStatus &status);
    void clickedByOfficer();

    Session &m_session;
    sync::SyncService *m_service = nullptr;
    qint64 m_problems = 0;
};

} // namespace ow::gui
