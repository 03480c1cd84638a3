#pragma once
// The status bar's sync indicator: last sync time, operations waiting, the last failure in plain
// words; clicking it syncs now. Owns the background sync (sync::SyncService on its own thread)
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

private:
    void display(const sync::SyncStatus &status);

    sync::SyncService *m_service = nullptr;
};

} // namespace ow::gui
