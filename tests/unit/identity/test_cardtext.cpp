#include "TestSupport.h"

#include "identity/CardText.h"

using namespace ow::identity;
using ow::core::IdCard;
using ow::core::IdCardKind;

namespace {

IdCard resident()
{
    IdCard c;
    c.kind = IdCardKind::Resident;
    c.name = QStringLiteral("张伟");
    c.gender = ow::core::Gender::Male;
    c.nationCode = QStringLiteral("01");
    c.birthDate = QDate(1988, 5, 12);
    c.address = QStringLiteral("北京市东城区东华门街道南池子大街12号院3号楼2单元501室");
    c.idNumber = QStringLiteral("110101198805120178");
    c.issuer = QStringLiteral("北京市公安局东城分局");
    c.validFrom = QDate(2016, 3, 1);
    c.validTo = QDate(2036, 3, 1);
    return c;
}

} // namespace

TEST_CASE("A resident card's text block round-trips, UCS-2 little-endian, space padded")
{
    const QByteArray block = encodeCardText(resident());
    REQUIRE(block.size() == 256);
    CHECK(block.mid(0, 4) == QByteArray::fromHex("205F1F4F"));  // 张 U+5F20, 伟 U+4F1F
    CHECK(block.mid(4, 2) == QByteArray::fromHex("2000"));      // padding
    auto c = decodeCardText(block);
    REQUIRE(c.ok());
    CHECK(c->kind == IdCardKind::Resident);
    CHECK(c->name == QStringLiteral("张伟"));
    CHECK(c->nationCode == QStringLiteral("01"));
    CHECK(c->address == resident().address);
    CHECK(c->idNumber == QStringLiteral("110101198805120178"));
    CHECK(c->validTo == QDate(2036, 3, 1));
    CHECK(c->rawText == block);
}

TEST_CASE("Long-term validity (长期) is understood")
{
    IdCard r = resident();
    r.longTerm = true;
    r.validTo = {};
    auto c = decodeCardText(encodeCardText(r));
    REQUIRE(c.ok());
    CHECK(c->longTerm);
}

TEST_CASE("Hong Kong/Macau/Taiwan residence permit ('J')")
{
    IdCard p = resident();
    p.kind = IdCardKind::HmtResidencePermit;
    p.name = QStringLiteral("陈美玲");
    p.gender = ow::core::Gender::Female;
    p.nationCode.clear();
    p.idNumber = QStringLiteral("810000199103150020");
    p.passNumber = QStringLiteral("H12345678");
    p.issueCount = 1;
    auto c = decodeCardText(encodeCardText(p));
    REQUIRE(c.ok());
    CHECK(c->kind == IdCardKind::HmtResidencePermit);
    CHECK(c->passNumber == QStringLiteral("H12345678"));
    CHECK(c->issueCount == 1);
    CHECK(c->nationCode.isEmpty());
}

TEST_CASE("Foreign permanent resident cards, 2017 ('I') and 2023 ('Y')")
{
    IdCard i;
    i.kind = IdCardKind::ForeignPermanent;
    i.englishName = QStringLiteral("SMITH, JOHN");
    i.name = QStringLiteral("史密斯");
    i.gender = ow::core::Gender::Male;
    i.idNumber = QStringLiteral("USA110075010101");  // 15 characters: the 2017 card
    i.nationality = QStringLiteral("USA");
    i.birthDate = QDate(1975, 1, 1);
    i.validFrom = QDate(2017, 6, 1);
    i.validTo = QDate(2027, 6, 1);
    i.cardVersion = QStringLiteral("01");
    i.issuer = QStringLiteral("1500");
    QByteArray block = encodeCardText(i);
    CHECK(block.mid(248, 2) == QByteArray("I\0", 2));
    auto c = decodeCardText(block);
    REQUIRE(c.ok());
    CHECK(c->englishName == QStringLiteral("SMITH, JOHN"));
    CHECK(c->idNumber == QStringLiteral("USA110075010101"));
    CHECK(c->nationality == QStringLiteral("USA"));
    CHECK(c->birthDate == QDate(1975, 1, 1));

    IdCard y = i;
    y.idNumber = QStringLiteral("911840197501010010");
    y.englishName = QStringLiteral("MONTGOMERY-WORTHINGTON, ALEXANDRA ELIZABETH");  // 44 characters: spans both slots
    y.nationality = QStringLiteral("840");
    y.issueCount = 0;
    block = encodeCardText(y);
    CHECK(block.mid(248, 2) == QByteArray("Y\0", 2));
    c = decodeCardText(block);
    REQUIRE(c.ok());
    CHECK(c->kind == IdCardKind::ForeignPermanent);
    CHECK(c->englishName == y.englishName);
    CHECK(c->idNumber == y.idNumber);
    CHECK(c->nationality == QStringLiteral("840"));
}

TEST_CASE("A damaged block names the field, never crashes")
{
    CHECK_FALSE(decodeCardText(QByteArray(255, ' ')).ok());
    QByteArray block = encodeCardText(resident());
    block[36] = 'X';  // birth date
    auto r = decodeCardText(block);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("card.text"));
    CHECK(r.error().message.contains(QStringLiteral("birthDate")));
}

TEST_CASE("The appended address (30 03) round-trips")
{
    const QByteArray b = encodeAppendedAddress(QStringLiteral("上海市徐汇区漕溪北路398号1702室"));
    CHECK(b.size() == 70);
    CHECK(decodeAppendedAddress(b) == QStringLiteral("上海市徐汇区漕溪北路398号1702室"));
}

#include "identity/Regions.h"

TEST_CASE("The region table names where an ID number was issued, down to the county")
{
    const auto &t = RegionTable::builtIn();
    CHECK(t.size() > 3000);
    CHECK(t.fullName(u"440106") == QStringLiteral("广东省广州市天河区"));
    CHECK(t.fullName(u"110101") == QStringLiteral("北京市东城区"));  // 市辖区 left out
    CHECK(t.fullName(u"440100") == QStringLiteral("广东省广州市"));
    CHECK(t.fullName(u"650102") == QStringLiteral("新疆维吾尔自治区乌鲁木齐市天山区"));
    CHECK(t.fullName(u"810000") == QStringLiteral("香港特别行政区"));
    CHECK(t.fullName(u"440199").startsWith(QStringLiteral("广东省广州市")));  // unknown county: deepest known level
    CHECK(t.fullName(u"990101").isEmpty());
    // Every province and prefecture-level city is there.
    for (const char *code : {"130000", "130100", "320500", "510100", "540100", "630100", "460200"}) {
        INFO(code);
        CHECK(t.contains(QString::fromLatin1(code)));
    }
}
