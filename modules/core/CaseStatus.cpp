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

} // namespace ow::core
