#include "TestSupport.h"

#include "casework/CaseLifecycle.h"

#include <QList>
#include <QPair>

using ow::core::CaseStatus;
using namespace ow::casework;

namespace {

// The table as the issue states it (plus UnderReview->Withdrawn, see CaseStatus.cpp), written out
// independently of the implementation so that a change to either shows up here.
const QList<QPair<CaseStatus, CaseStatus>> &expectedTransitions()
{
    using S = CaseStatus;
    static const QList<QPair<S, S>> set = {
        {S::Draft, S::Accepted},          {S::Draft, S::Refused},           {S::Draft, S::Withdrawn},
        {S::Accepted, S::UnderReview},    {S::Accepted, S::Returned},       {S::Accepted, S::Withdrawn},
        {S::Accepted, S::Refused},        {S::UnderReview, S::Approved},    {S::UnderReview, S::Returned},
        {S::UnderReview, S::Refused},     {S::UnderReview, S::Withdrawn},   {S::Approved, S::InProduction},
        {S::Approved, S::ReadyForPickup}, {S::InProduction, S::ReadyForPickup}, {S::ReadyForPickup, S::Collected},
        {S::ReadyForPickup, S::Mailed},   {S::Returned, S::Accepted},       {S::Returned, S::Withdrawn},
    };
    return set;
}

} // namespace

TEST_CASE("Every pair of statuses is allowed or refused exactly as the table says")
{
    int allowedCount = 0;
    for (CaseStatus from : ow::core::allCaseStatuses()) {
        for (CaseStatus to : ow::core::allCaseStatuses()) {
            const bool expected = expectedTransitions().contains({from, to});
            INFO(ow::core::caseStatusKey(from).toStdString() << " -> " << ow::core::caseStatusKey(to).toStdString());
            CHECK(allowed(from, to) == expected);
            CHECK(nextStates(from).contains(to) == expected);
            const auto st = check(from, to, QStringLiteral("材料不全"));
            CHECK(st.ok() == expected);
            if (!expected) {
                CHECK_FALSE(st.error().message.isEmpty());
                if (from == to) CHECK(st.error().code == QStringLiteral("casework.no_change"));
                else if (isTerminal(from)) CHECK(st.error().code == QStringLiteral("casework.case_closed"));
                else CHECK(st.error().code == QStringLiteral("casework.transition_not_allowed"));
            }
            allowedCount += expected ? 1 : 0;
        }
    }
    CHECK(allowedCount == expectedTransitions().size());
}

TEST_CASE("Terminal statuses have no next state; open ones have at least one")
{
    for (CaseStatus s : ow::core::allCaseStatuses()) {
        const bool terminal = s == CaseStatus::Collected || s == CaseStatus::Mailed || s == CaseStatus::Refused ||
                              s == CaseStatus::Withdrawn;
        CHECK(isTerminal(s) == terminal);
        CHECK(nextStates(s).isEmpty() == terminal);
    }
}

TEST_CASE("Refusing, returning and withdrawing need a reason; other moves do not")
{
    CHECK(needsReason(CaseStatus::Refused));
    CHECK(needsReason(CaseStatus::Returned));
    CHECK(needsReason(CaseStatus::Withdrawn));
    for (CaseStatus s : {CaseStatus::Accepted, CaseStatus::UnderReview, CaseStatus::Approved, CaseStatus::Collected})
        CHECK_FALSE(needsReason(s));

    for (CaseStatus to : {CaseStatus::Refused, CaseStatus::Returned, CaseStatus::Withdrawn}) {
        auto st = check(CaseStatus::Accepted, to, QStringLiteral("  "));
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == QStringLiteral("casework.reason_required"));
        CHECK(check(CaseStatus::Accepted, to, QStringLiteral("照片不合格")).ok());
    }
    CHECK(check(CaseStatus::Accepted, CaseStatus::UnderReview).ok());
}

TEST_CASE("A refused move tells the officer what is possible instead")
{
    auto st = check(CaseStatus::Accepted, CaseStatus::Collected);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.contains(ow::core::caseStatusDisplayName(CaseStatus::UnderReview)));
    CHECK(st.error().detail == QStringLiteral("accepted->collected"));
}
