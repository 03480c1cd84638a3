#pragma once
// The life of a case (GLOSSARY: 受理 accepted, 审核中 under review, ...): the vocabulary and the
// table of allowed transitions. The table lives here rather than in casework because storage
// must enforce it inside the transaction that writes a transition, and storage cannot depend on
// casework; casework::CaseLifecycle builds the officer-facing explanations on top of it.

#include <QList>
#include <QString>

#include <optional>

namespace ow::core {

enum class CaseStatus {
    Draft,
    Accepted,      // 已受理
    UnderReview,   // 审核中
    Approved,      // 已审批
    InProduction,  // 制证中
    ReadyForPickup,// 待领取
    Collected,     // 已领取
    Mailed,        // 已寄出
    Returned,      // 退回补正
    Refused,       // 不予受理
    Withdrawn,     // 已撤回
};

[[nodiscard]] QList<CaseStatus> allCaseStatuses();
[[nodiscard]] QString caseStatusKey(CaseStatus s);  // "draft", "accepted", "under-review", ...
[[nodiscard]] std::optional<CaseStatus> caseStatusFromKey(QStringView key);
[[nodiscard]] QString caseStatusDisplayName(CaseStatus s);  // translated

// True when a case may move from `from` to `to` (see CaseStatus.cpp for the table and why).
[[nodiscard]] bool caseTransitionAllowed(CaseStatus from, CaseStatus to);
// The statuses reachable from `from` in one step, in allCaseStatuses() order; empty when terminal.
[[nodiscard]] QList<CaseStatus> caseNextStates(CaseStatus from);
// Refusing, returning for correction and withdrawing must be explained to the citizen in writing
// (one-time notice), so moving into these statuses needs a reason.
[[nodiscard]] bool caseTransitionNeedsReason(CaseStatus to);
// Still work for the counter: everything but Collected, Mailed, Refused and Withdrawn.
[[nodiscard]] bool caseStatusIsOpen(CaseStatus s);

} // namespace ow::core
