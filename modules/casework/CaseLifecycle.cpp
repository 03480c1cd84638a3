#include "casework/CaseLifecycle.h"

#include <QCoreApplication>
#include <QStringList>

namespace ow::casework {

bool allowed(core::CaseStatus from, core::CaseStatus to) { return core::caseTransitionAllowed(from, to); }

QList<core::CaseStatus> nextStates(core::CaseStatus from) { return core::caseNextStates(from); }

bool needsReason(core::CaseStatus to) { return core::caseTransitionNeedsReason(to); }

bool isTerminal(core::CaseStatus s) { return !core::caseStatusIsOpen(s); }

core::Status check(core::CaseStatus from, core::CaseStatus to, const QString &reason)
{
    const QString fromName = core::caseStatusDisplayName(from);
    const QString toName = core::caseStatusDisplayName(to);
    const QString technical = QStringLiteral("%1->%2").arg(core::caseStatusKey(from), core::caseStatusKey(to));
    if (from == to)
        return core::makeError(QStringLiteral("casework.no_change"),
                               QCoreApplication::translate("ow::casework", "The case is already %1.").arg(fromName),
                               technical);
    if (isTerminal(from))
        return core::makeError(QStringLiteral("casework.case_closed"),
                               QCoreApplication::translate("ow::casework",
                                                           "The case is %1 and therefore closed; its status cannot "
                                                           "change any more. Start a new case if the citizen applies "
                                                           "again.")
                                   .arg(fromName),
                               technical);
    if (!allowed(from, to)) {
        QStringList next;
        for (core::CaseStatus s : nextStates(from)) next << core::caseStatusDisplayName(s);
        return core::makeError(
            QStringLiteral("casework.transition_not_allowed"),
            QCoreApplication::translate("ow::casework", "A case that is %1 cannot become %2. It can become: %3.")
                .arg(fromName, toName,
                     next.join(QCoreApplication::translate("ow::casework", ", ", "separator of a list of statuses"))),
            technical);
    }
    if (needsReason(to) && reason.trimmed().isEmpty())
        return core::makeError(QStringLiteral("casework.reason_required"),
                               QCoreApplication::translate("ow::casework",
                                                           "Give the reason why the case becomes %1; it is written on "
                                                           "the notice the citizen receives.")
                                   .arg(toName),
                               technical);
    return {};
}

} // namespace ow::casework
