#include "SyncIndicator.h"

#include "Session.h"

#include "storage/ProfileStore.h"
#include "sync/SyncService.h"

namespace ow::gui {

SyncIndicator::SyncIndicator(Session &session, QWidget *parent) : QToolButton(parent), m_session(session)
{
    setObjectName(QStringLiteral("syncIndicator"));
    setAutoRaise(true);
    setFocusPolicy(Qt::NoFocus);
    m_service = new sync::SyncService(session.profile(), storage::ProfileStore::defaultWorkstationId(),
                                      session.officer().vault, this);
    connect(m_service, &sync::SyncService::statusChanged, this, &SyncIndicator::display);
    connect(this, &QToolButton::clicked, this, &SyncIndicator::clickedByOfficer);
    display(m_service->status());
    refresh();
    m_service->start();
}

SyncIndicator::~SyncIndicator() = default;

void SyncIndicator::syncNow()
{
    if (!m_service->status().configured) return;
    setText(tr("Syncing…"));
    m_service->syncNow();
}

void SyncIndicator::clickedByOfficer()
{
    if (m_problems > 0) emit problemsRequested();
    else syncNow();
}

void SyncIndicator::refresh()
{
    auto s = sync::readSyncStatus(m_session.store().db(), m_service->status().configured);
    if (!s) return;
    sync::SyncStatus shown = m_service->status();
    shown.problems = s->problems;
    shown.conflicts = s->conflicts;
    shown.rejected = s->rejected;
    shown.statusConflicts = s->statusConflicts;
    display(shown);
}

void SyncIndicator::display(const sync::SyncStatus &s)
{
    m_problems = s.problems;
    if (!s.configured) {
        setText(tr("Sync: not set up"));
        setToolTip(tr("This workstation has no central service set up; cases stay on this computer."));
        setEnabled(false);
        return;
    }
    setEnabled(true);
    const QString when = s.lastSuccess.toLocalTime().toString(QStringLiteral("HH:mm"));
    if (!s.lastSuccess.isValid())  // the first pass is under way, or failed
        setText(s.lastFailure.isEmpty() ? tr("Not synced yet, waiting: %1").arg(s.pending)
                                        : tr("Not synced yet, waiting: %1 — %2").arg(s.pending).arg(s.lastFailure));
    else if (!s.lastFailure.isEmpty())
        setText(tr("Not synced (last %1), waiting: %2 — %3").arg(when).arg(s.pending).arg(s.lastFailure));
    else
        setText(tr("Synced %1, waiting: %2").arg(when).arg(s.pending));
    if (s.problems > 0) setText(text() + QStringLiteral(" — ") + tr("%n need(s) an officer", nullptr, int(s.problems)));
    QString tip = s.problems > 0 ? tr("Click to see the sync problems.") : tr("Click to sync now.");
    if (s.conflicts > 0 || s.rejected > 0)
        tip += QLatin1Char('\n') + tr("Needs an officer: %1 conflict(s), %2 rejected.").arg(s.conflicts).arg(s.rejected);
    if (!s.lastConflict.isEmpty()) tip += QLatin1Char('\n') + s.lastConflict;
    if (!s.lastApplyProblem.isEmpty()) tip += QLatin1Char('\n') + s.lastApplyProblem;
    setToolTip(tip);
}

} // namespace ow::gui
