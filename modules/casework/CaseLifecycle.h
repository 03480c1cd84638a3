#pragma once
// The workflow of a case as the counter sees it: which status may follow which, which moves need
// a reason, and why a move is refused, in the officer's language. The table itself is
// core::caseTransitionAllowed (storage enforces it when it writes a transition);
// storage::CaseStore::transition persists a move.

#include "core/CaseStatus.h"
#include "core/Result.h"

#include <QList>
#include <QString>

namespace ow::casework {

[[nodiscard]] bool allowed(core::CaseStatus from, core::CaseStatus to);
// Reachable in one step, in core::allCaseStatuses() order (the order of the buttons).
[[nodiscard]] QList<core::CaseStatus> nextStates(core::CaseStatus from);
// Refused, Returned and Withdrawn: the reason goes on the notice the citizen takes home.
[[nodiscard]] bool needsReason(core::CaseStatus to);
// Collected, Mailed, Refused, Withdrawn: nothing follows.
[[nodiscard]] bool isTerminal(core::CaseStatus s);

// Ok when `from` may become `to` with this reason; otherwise an error whose message tells the
// officer what is wrong and what is possible instead. Codes: casework.no_change,
// casework.case_closed, casework.transition_not_allowed, casework.reason_required.
[[nodiscard]] core::Status check(core::CaseStatus from, core::CaseStatus to, const QString &reason = {});

} // namespace ow::casework
