#include "SyncIndicator.h"

#include "Session.h"

#include "storage/ProfileStore.h"
#include "sync/SyncService.h"

namespace ow::gui {

SyncIndicator::SyncIndicator(Session &session, QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("syncIndicator"));
    setAutoRaise(true);
    setFocusPolicy(Qt::NoFocus);
    m_service = new sync::SyncService(session.profile(), storage::ProfileStore::defaultWorkstationId(),
                                      session.officer().vault, this);
    connect(m_service, &sync::SyncService::statusChanged, this, &SyncIndicator::display);
    connect(this, &QToolButton::clicked, this, &SyncIndicator::syncNow);
    display(m_service->status());
    m_service->start();
}

SyncIndicator::~SyncIndicator() = default;

void SyncIndicator::syncNow()
{
    if (!m_service->status().configured) return;
    setText(tr("Syncing…"));
    m_service->syncNow();
}

void SyncIndicator::display(const sync::SyncStatus &s)
{
    if (!s.configured) {
        setText(tr("Sync: not set up"));
        setToolTip(tr("This workstation has no central service set up; cases stay on this computer."));
        setEnabled(false);
        return;
    }
    setEnabled(true);
    const QString when = s.lastSuccess.isValid() ? s.lastSuccess.toLocalTime().toString(QStringLiteral("HH:mm"))
                                                 : tr("never");
    if (!s.lastFailure.isEmpty())
        setText(tr("Not synced (last %1), waiting: %2 — %3").arg(when).arg(s.pending).arg(s.lastFailure));
    else
        setText(tr("Synced %1, waiting: %2").arg(when).arg(s.pending));
    QString tip = tr("Click to sync now.");
    if (s.conflicts > 0 || s.rejected > 0)
        tip += QLatin1Char('\n') + tr("Needs an officer: %1 conflict(s), %2 rejected.").arg(s.conflicts).arg(s.rejected);
    if (!s.lastConflict.isEmpty()) tip += QLatin1Char('\n') + s.lastConflict;
    setToolTip(tip);
}

} // namespace ow::gui
