#include "TestSupport.h"

#include "core/Gender.h"
#include "core/IdNumber.h"
#include "core/Regions.h"
#include "storage/Cases.h"
#include "storage/SyntheticCases.h"

#include <QSet>

#include <algorithm>

using namespace ow::storage;

namespace {

const QDateTime kNow(QDate(2026, 11, 21), QTime(15, 30));

bool isHan(QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }

} // namespace

TEST_CASE("Synthetic ID numbers are valid, and their gender and birth date agree with the case")
{
    SyntheticCases gen(7, kNow);
    for (const CaseRecord &c : gen.batch(2000)) {
        INFO(c.idNumber.toStdString());
        auto id = ow::core::IdNumber::parse(c.idNumber, kNow.date());
        REQUIRE(id.ok());
        CHECK(id.value().kind() == ow::core::IdNumberKind::Resident);
        CHECK(c.idNumber.size() == 18);
        CHECK(id.value().birthDate() >= QDate(1930, 1, 1));
        CHECK(id.value().birthDate() <= QDate(2022, 12, 31));
        CHECK(ow::core::genderKey(id.value().gender()) == c.payload["gender"].toString());
        CHECK(id.value().birthDate().toString(Qt::ISODate) == c.payload["birthDate"].toString());
        // The address lies in the province that issued the number.
        CHECK(c.address.startsWith(ow::core::provinceName(QStringView(c.idNumber).left(2))));
    }
}

TEST_CASE("Synthetic names are Chinese and phones are 11-digit mobile numbers")
{
    SyntheticCases gen(11, kNow);
    bool sawCompound = false, sawFormattedPhone = false;
    for (const CaseRecord &c : gen.batch(3000)) {
        INFO(c.applicantName.toStdString() << " " << c.phone.toStdString());
        REQUIRE(c.applicantName.size() >= 2);
        CHECK(c.applicantName.size() <= 4);
        CHECK(std::all_of(c.applicantName.begin(), c.applicantName.end(), isHan));
        sawCompound |= c.applicantName.startsWith(QStringLiteral("欧阳"));
        const QString phone = normalizePhone(c.phone);
        CHECK(phone.size() == 11);
        CHECK(phone.startsWith(u'1'));
        CHECK(QStringLiteral("35789").contains(phone[1]));
        sawFormattedPhone |= phone != c.phone;
        CHECK_FALSE(c.address.isEmpty());
        CHECK(c.address.contains(u'号'));
    }
    CHECK(sawCompound);
    CHECK(sawFormattedPhone);
}

TEST_CASE("Synthetic cases are the same for the same seed and differ for another")
{
    auto a = SyntheticCases(42, kNow).batch(200);
    auto b = SyntheticCases(42, kNow).batch(200);
    auto other = SyntheticCases(43, kNow).batch(200);
    int differ = 0;
    for (int i = 0; i < a.size(); ++i) {
        CHECK(a[i].idNumber == b[i].idNumber);
        CHECK(a[i].applicantName == b[i].applicantName);
        CHECK(a[i].address == b[i].address);
        CHECK(a[i].phone == b[i].phone);
        CHECK(a[i].status == b[i].status);
        CHECK(a[i].createdAt == b[i].createdAt);
        CHECK(a[i].payload == b[i].payload);
        differ += a[i].idNumber != other[i].idNumber;
    }
    CHECK(differ > 190);
}

TEST_CASE("Synthetic cases vary: many regions, matters and statuses, dates over the past year")
{
    SyntheticCases gen(3, kNow);
    QSet<QString> regions, provinces, matters, names, statuses;
    QDateTime oldest = kNow.toUTC(), newest;
    int settled = 0;
    const auto batch = gen.batch(5000);
    for (const CaseRecord &c : batch) {
        regions << c.idNumber.left(6);
        provinces << c.idNumber.left(2);
        matters << c.matterCode;
        names << c.applicantName;
        statuses << ow::core::caseStatusKey(c.status);
        CHECK(c.status != ow::core::CaseStatus::Draft);
        settled += c.status == ow::core::CaseStatus::Collected || c.status == ow::core::CaseStatus::ReadyForPickup ||
                   c.status == ow::core::CaseStatus::Accepted;
        CHECK(c.createdAt <= kNow.toUTC());
        CHECK(c.createdAt >= kNow.toUTC().addDays(-367));
        CHECK(c.updatedAt >= c.createdAt);
        CHECK(c.updatedAt <= kNow.toUTC());
        CHECK(c.payload["synthetic"].toBool());
        CHECK_FALSE(c.payload["matterName"].toString().isEmpty());
        oldest = std::min(oldest, c.createdAt);
        newest = std::max(newest, c.createdAt);
    }
    CHECK(SyntheticCases::regionCount() >= 60);
    CHECK(regions.size() >= 60);
    CHECK(provinces.size() >= 31);
    CHECK(matters.size() >= 10);
    CHECK(statuses.size() >= 8);
    CHECK(names.size() > 2000);
    CHECK(settled > batch.size() / 2);
    CHECK(oldest.daysTo(newest) > 300);
}
