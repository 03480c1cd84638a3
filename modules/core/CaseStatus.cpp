#include "core/CaseStatus.h"

#include <QCoreApplication>

namespace ow::core {

QList<CaseStatus> allCaseStatuses()
{
    return {CaseStatus::Draft,        CaseStatus::Accepted,       CaseStatus::UnderReview, CaseStatus::Approved,
            CaseStatus::InProduction, CaseStatus::ReadyForPickup, CaseStatus::Collected,   CaseStatus::Mailed,
            CaseStatus::Returned,     CaseStatus::Refused,        CaseStatus::Withdrawn};
}

QString caseStatusKey(CaseStatus s)
{
    switch (s) {
    case CaseStatus::Draft: return QStringLiteral("draft");
    case CaseStatus::Accepted: return QStringLiteral("accepted");
    case CaseStatus::UnderReview: return QStringLiteral("under-review");
    case CaseStatus::Approved: return QStringLiteral("approved");
    case CaseStatus::InProduction: return QStringLiteral("in-production");
    case CaseStatus::ReadyForPickup: return QStringLiteral("ready-for-pickup");
    case CaseStatus::Collected: return QStringLiteral("collected");
    case CaseStatus::Mailed: return QStringLiteral("mailed");
    case CaseStatus::Returned: return QStringLiteral("returned");
    case CaseStatus::Refused: return QStringLiteral("refused");
    case CaseStatus::Withdrawn: return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<CaseStatus> caseStatusFromKey(QStringView key)
{
    for (CaseStatus s : allCaseStatuses())
        if (caseStatusKey(s) == key) return s;
    return std::nullopt;
}

QString caseStatusDisplayName(CaseStatus s)
{
    switch (s) {
    case CaseStatus::Draft: return QCoreApplication::translate("ow::core", "Draft");
    case CaseStatus::Accepted: return QCoreApplication::translate("ow::core", "Accepted");
    case CaseStatus::UnderReview: return QCoreApplication::translate("ow::core", "Under review");
    case CaseStatus::Approved: return QCoreApplication::translate("ow::core", "Approved");
    case CaseStatus::InProduction: return QCoreApplication::translate("ow::core", "In production");
    case CaseStatus::ReadyForPickup: return QCoreApplication::translate("ow::core", "Ready for pickup");
    case CaseStatus::Collected: return QCoreApplication::translate("ow::core", "Collected");
    case CaseStatus::Mailed: return QCoreApplication::translate("ow::core", "Mailed");
    case CaseStatus::Returned: return QCoreApplication::translate("ow::core", "Returned for correction");
    case CaseStatus::Refused: return QCoreApplication::translate("ow::core", "Refused");
    case CaseStatus::Withdrawn: return QCoreApplication::translate("ow::core", "Withdrawn");
    }
    return {};
}

bool caseTransitionAllowed(CaseStatus from, CaseStatus to)
{
    using S = CaseStatus;
    switch (from) {
    case S::Draft: return to == S::Accepted || to == S::Refused || to == S::Withdrawn;
    case S::Accepted:
        return to == S::UnderReview || to == S::Returned || to == S::Withdrawn || to == S::Refused;
    // Withdrawn is allowed during review too: the Administrative Licensing Law lets an applicant
    // withdraw an application at any time before the decision (行政许可法, 撤回申请), and review
    // is the stage where that usually happens (e.g. a trip cancelled while the passport is
    // being reviewed). After approval the decision exists and the case can only run its course.
    case S::UnderReview:
        return to == S::Approved || to == S::Returned || to == S::Refused || to == S::Withdrawn;
    case S::Approved: return to == S::InProduction || to == S::ReadyForPickup;
    case S::InProduction: return to == S::ReadyForPickup;
    case S::ReadyForPickup: return to == S::Collected || to == S::Mailed;
    // Back to Accepted when the citizen brings the missing materials (resubmission keeps the case
    // number and its deadline history); a citizen who never comes back is withdrawn.
    case S::Returned: return to == S::Accepted || to == S::Withdrawn;
    case S::Collected:
    case S::Mailed:
    case S::Refused:
    case S::Withdrawn: return false;
    }
    return false;
}

QList<CaseStatus> caseNextStates(CaseStatus from)
{
    QList<CaseStatus> out;
    for (CaseStatus to : allCaseStatuses())
        if (caseTransitionAllowed(from, to)) out << to;
    return out;
}

bool caseTransitionNeedsReason(CaseStatus to)
{
    return to == CaseStatus::Refused || to == CaseStatus::Returned || to == CaseStatus::Withdrawn;
}

bool caseStatusIsOpen(CaseStatus s)
{
    return s != CaseStatus::Collected && s != CaseStatus::Mailed && s != CaseStatus::Refused &&
           s != CaseStatus::Withdrawn;
}

} // namespace ow::core
