#pragma once
// The life of a case (GLOSSARY: 受理 accepted, 审核中 under review, ...). Allowed transitions are
// the casework module's business; this is the vocabulary.

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

} // namespace ow::core
