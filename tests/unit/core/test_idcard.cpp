#include "TestSupport.h"

#include "core/IdCard.h"

#include <QJsonObject>

using ow::core::IdCard;
using ow::core::IdCardKind;

namespace {

QJsonObject residentJson()
{
    return QJsonObject{{"kind", "resident"},          {"name", "张伟"},
                       {"gender", "male"},            {"nation", "01"},
                       {"birthDate", "1988-05-12"},   {"address", "北京市东城区南池子大街12号"},
                       {"idNumber", "110101198805120178"}, {"issuer", "北京市公安局东城分局"},
                       {"validFrom", "2016-03-01"},   {"validTo", "2036-03-01"}};
}

} // namespace

TEST_CASE("IdCard reads its JSON form and writes the same back")
{
    auto card = IdCard::fromJson(residentJson());
    REQUIRE(card.ok());
    CHECK(card->kind == IdCardKind::Resident);
    CHECK(card->name == QStringLiteral("张伟"));
    CHECK(card->gender == ow::core::Gender::Male);
    CHECK(card->birthDate == QDate(1988, 5, 12));
    CHECK(card->validTo == QDate(2036, 3, 1));
    CHECK_FALSE(card->longTerm);
    CHECK(card->toJson() == residentJson());
}

TEST_CASE("IdCard accepts card-style dates and long-term validity")
{
    QJsonObject o = residentJson();
    o["birthDate"] = "19880512";
    o["validTo"] = "长期";
    auto card = IdCard::fromJson(o);
    REQUIRE(card.ok());
    CHECK(card->birthDate == QDate(1988, 5, 12));
    CHECK(card->longTerm);
    CHECK_FALSE(card->isExpiredOn(QDate(2100, 1, 1)));
    CHECK(card->validityText() == QStringLiteral("2016.03.01-long-term"));
}

TEST_CASE("IdCard validity: expired, not yet valid, valid on its last day")
{
    auto card = IdCard::fromJson(residentJson()).value();
    CHECK_FALSE(card.isExpiredOn(QDate(2036, 3, 1)));
    CHECK(card.isExpiredOn(QDate(2036, 3, 2)));
    CHECK(card.isNotYetValidOn(QDate(2016, 2, 29)));
    CHECK_FALSE(card.isNotYetValidOn(QDate(2016, 3, 1)));
}

TEST_CASE("IdCard names the bad field")
{
    SECTION("unknown kind")
    {
        QJsonObject o = residentJson();
        o["kind"] = "library-card";
        auto r = IdCard::fromJson(o);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("kind")));
    }
    SECTION("impossible date")
    {
        QJsonObject o = residentJson();
        o["birthDate"] = "1990-02-30";
        auto r = IdCard::fromJson(o);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("birthDate")));
    }
    SECTION("missing number")
    {
        QJsonObject o = residentJson();
        o.remove("idNumber");
        auto r = IdCard::fromJson(o);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("idNumber")));
    }
}

TEST_CASE("Nation names cover the 56 nations and the two special codes")
{
    for (int i = 1; i <= 56; ++i) CHECK_FALSE(ow::core::nationName(QStringLiteral("%1").arg(i, 2, 10, QChar('0'))).isEmpty());
    CHECK_FALSE(ow::core::nationName(u"97").isEmpty());
    CHECK_FALSE(ow::core::nationName(u"98").isEmpty());
    CHECK(ow::core::nationName(u"57").isEmpty());
    CHECK(ow::core::nationName(u"01") == QStringLiteral("Han"));  // tests run untranslated
}
