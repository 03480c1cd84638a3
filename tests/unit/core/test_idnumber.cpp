// GB 11643-1999 ID numbers: the public examples of the reference (id-documents.md §4), the check
// character, dates, normalisation, kinds, the 15 -> 18 upgrade and the wording of every fault.

#include "TestSupport.h"

#include "core/IdNumber.h"
#include "core/Regions.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QSet>
#include <QString>

#include <random>

using ow::core::Gender;
using ow::core::IdNumber;
using ow::core::IdNumberKind;
using Catch::Matchers::Contains;

namespace {

// A fixed "today" so that age and future-date results never depend on the day the tests run.
const QDate kToday(2024, 6, 15);

// ISO 7064 MOD 11-2 the recursive way (the standard's "pure system" procedure), independent of
// the weight table the implementation uses, so a wrong weight cannot hide in both.
QChar referenceCheck(const QString &first17)
{
    int p = 0;
    for (const QChar c : first17) p = ((p + (c.unicode() - u'0')) * 2) % 11;
    const int check = (12 - p) % 11;
    return check == 10 ? QChar(u'X') : QChar(char16_t(u'0' + check));
}

QString withCheck(const QString &first17)
{
    return first17 + referenceCheck(first17);
}

std::string s(const QString &q)
{
    return q.toStdString();
}

IdNumber parseOk(const QString &text, QDate today = kToday)
{
    const auto r = IdNumber::parse(text, today);
    INFO("input " << s(text) << (r ? std::string() : " -> " + s(r.error().code) + ": " + s(r.error().message)));
    REQUIRE(r.ok());
    return r.value();
}

QString errorCode(const QString &text, QDate today = kToday)
{
    const auto r = IdNumber::parse(text, today);
    return r ? QString() : r.error().code;
}

ow::core::Error errorOf(const QString &text, QDate today = kToday)
{
    const auto r = IdNumber::parse(text, today);
    INFO("input " << s(text));
    REQUIRE_FALSE(r.ok());
    return r.error();
}

} // namespace

TEST_CASE("Public examples of the reference", "[core][idnumber]")
{
    CHECK(IdNumber::parse(u"360426199101010071", kToday).ok());
    CHECK(IdNumber::parse(u"44011320141005001X", kToday).ok());
    CHECK(errorCode(QStringLiteral("36042619910102009X")) == QString::fromLatin1(IdNumber::kErrCheck));
    CHECK(errorCode(QStringLiteral("360426199113010079")) == QString::fromLatin1(IdNumber::kErrDate));

    const IdNumber a = parseOk(QStringLiteral("360426199101010071"));
    CHECK(a.text() == QStringLiteral("360426199101010071"));
    CHECK(a.kind() == IdNumberKind::Resident);
    CHECK(a.regionCode() == QStringLiteral("360426"));
    CHECK(a.birthDate() == QDate(1991, 1, 1));
    CHECK(a.gender() == Gender::Male);  // sequence 007
    CHECK_FALSE(a.wasUpgraded());
    CHECK(a.nationalityCode().isEmpty());
    CHECK_FALSE(a.isNull());

    const IdNumber b = parseOk(QStringLiteral("44011320141005001X"));
    CHECK(b.regionCode() == QStringLiteral("440113"));
    CHECK(b.birthDate() == QDate(2014, 10, 5));
    CHECK(b.text().endsWith(u'X'));
}

TEST_CASE("Check character", "[core][idnumber]")
{
    SECTION("hand-computed values")
    {
        // 3*7+6*9+0*10+4*5+2*8+6*4+1*2+9*1+9*6+1*3+0*7+1*9+0*10+1*5+0*8+0*4+7*2 = 231, 231 mod 11 = 0 -> '1'
        CHECK(IdNumber::checkCharacter(u"36042619910101007") == u'1');
        CHECK(IdNumber::checkCharacter(u"44011320141005001") == u'X');
        CHECK(IdNumber::checkCharacter(u"36042619910102009") == u'3');
        CHECK(IdNumber::checkCharacter(u"11010119900307001") == u'1');
        // Only the first 17 characters count, so a whole number can be passed.
        CHECK(IdNumber::checkCharacter(u"360426199101010071") == u'1');
    }

    SECTION("agrees with the recursive ISO 7064 procedure over many numbers")
    {
        std::mt19937 rng(11643);
        std::uniform_int_distribution<int> digit(0, 9);
        int xCount = 0;
        for (int n = 0; n < 5000; ++n) {
            QString first17;
            for (int i = 0; i < 17; ++i) first17 += QChar(char16_t(u'0' + digit(rng)));
            const QChar expected = referenceCheck(first17);
            INFO(s(first17));
            REQUIRE(IdNumber::checkCharacter(first17) == expected);
            if (expected == u'X') ++xCount;
        }
        CHECK(xCount > 0);  // the X branch was exercised
    }

    SECTION("every possible check character turns up, and only the right one is accepted")
    {
        // Changing the last sequence digit walks the weighted sum through all residues mod 11 in
        // combination with the day, so 0..9 and X all appear.
        QSet<QChar> seen;
        for (int day = 1; day <= 28; ++day) {
            for (int seq = 0; seq < 10; ++seq) {
                const QString first17 = QStringLiteral("110101199003%1").arg(day, 2, 10, QChar(u'0'))
                                        + QStringLiteral("00%1").arg(seq);
                REQUIRE(first17.size() == 17);
                const QChar right = IdNumber::checkCharacter(first17);
                seen.insert(right);
                CHECK(IdNumber::parse(first17 + right, kToday).ok());
                const QChar wrong = right == u'0' ? QChar(u'1') : QChar(u'0');
                CHECK(errorCode(first17 + wrong) == QString::fromLatin1(IdNumber::kErrCheck));
            }
        }
        CHECK(seen.size() == 11);
    }

    SECTION("nothing to compute from")
    {
        CHECK(IdNumber::checkCharacter(u"1234567890123456").isNull());   // 16 characters
        CHECK(IdNumber::checkCharacter(u"1101011990030700A").isNull());  // not a digit
    }
}

TEST_CASE("Birth dates that do not exist", "[core][idnumber]")
{
    const QString date = QString::fromLatin1(IdNumber::kErrDate);
    CHECK(errorCode(withCheck(QStringLiteral("11010119900230001"))) == date);  // 30 February
    CHECK(errorCode(withCheck(QStringLiteral("11010120230229001"))) == date);  // 2023 is not a leap year
    CHECK(errorCode(withCheck(QStringLiteral("11010119901301001"))) == date);  // month 13
    CHECK(errorCode(withCheck(QStringLiteral("11010119900100001"))) == date);  // day 00
    CHECK(errorCode(withCheck(QStringLiteral("11010119900001001"))) == date);  // month 00
    CHECK(errorCode(withCheck(QStringLiteral("11010119900431001"))) == date);  // 31 April
    CHECK(errorCode(withCheck(QStringLiteral("11010119000229001"))) == date);  // 1900 is not a leap year

    CHECK(parseOk(withCheck(QStringLiteral("11010120240229001"))).birthDate() == QDate(2024, 2, 29));
    CHECK(parseOk(withCheck(QStringLiteral("11010120000229001"))).birthDate() == QDate(2000, 2, 29));

    SECTION("before 1900")
    {
        const auto e = errorOf(withCheck(QStringLiteral("11010118991231001")));
        CHECK(e.code == date);
        CHECK_THAT(s(e.message), Contains("1899-12-31") && Contains("1900"));
        CHECK(parseOk(withCheck(QStringLiteral("11010119000101001"))).birthDate() == QDate(1900, 1, 1));
    }

    SECTION("the message names the date")
    {
        CHECK_THAT(s(errorOf(QStringLiteral("360426199113010079")).message), Contains("1991-13-01"));
        CHECK_THAT(s(errorOf(withCheck(QStringLiteral("11010119900230001"))).message),
                   Contains("1990-02-30") && Contains("does not exist"));
    }
}

TEST_CASE("Birth dates in the future", "[core][idnumber]")
{
    const QString future = QString::fromLatin1(IdNumber::kErrFuture);
    const QString tomorrow = withCheck(QStringLiteral("11010120240616001"));
    const QString born = withCheck(QStringLiteral("11010120240615001"));

    CHECK(errorCode(tomorrow) == future);
    CHECK(errorCode(withCheck(QStringLiteral("11010120991231001"))) == future);
    const IdNumber baby = parseOk(born);  // born today
    CHECK(baby.ageOn(kToday) == 0);
    // The same number is fine once its day has come: "today" is the caller's, not the clock's.
    CHECK(IdNumber::parse(tomorrow, QDate(2024, 6, 16)).ok());
    CHECK_THAT(s(errorOf(tomorrow).message), Contains("2024-06-16") && Contains("future"));
}

TEST_CASE("Wrong lengths", "[core][idnumber]")
{
    const QString length = QString::fromLatin1(IdNumber::kErrLength);
    CHECK(errorCode(QString()) == QString::fromLatin1(IdNumber::kErrEmpty));
    CHECK(errorCode(QStringLiteral("   ")) == QString::fromLatin1(IdNumber::kErrEmpty));
    CHECK(errorCode(QStringLiteral("3")) == length);
    CHECK(errorCode(QStringLiteral("3604261991010100")) == length);      // 16
    CHECK(errorCode(QStringLiteral("36042619910101007")) == length);     // 17
    CHECK(errorCode(QStringLiteral("3604261991010100710")) == length);   // 19
    CHECK(errorCode(QStringLiteral("36042619910101")) == length);        // 14

    const auto e = errorOf(QStringLiteral("36042619910101007"));
    CHECK_THAT(s(e.message), Contains("18") && Contains("17"));
    CHECK_THAT(s(errorOf(QStringLiteral("3")).message), Contains("this one has 1"));
    CHECK_THAT(s(errorOf(QStringLiteral("3604261991010100710")).message), Contains("this one has 19"));
}

TEST_CASE("Wrong characters", "[core][idnumber]")
{
    const QString character = QString::fromLatin1(IdNumber::kErrCharacter);
    CHECK(errorCode(QStringLiteral("36042619910101007A")) == character);  // letter in last place
    CHECK(errorCode(QStringLiteral("3604261991010100X1")) == character);  // X before the end
    CHECK(errorCode(QStringLiteral("X60426199101010071")) == character);
    CHECK(errorCode(QStringLiteral("360426.99101010071")) == character);
    CHECK(errorCode(QStringLiteral("360426-99101010071")) == character);
    CHECK(errorCode(QStringLiteral("360426 99101010071")) == character);  // inner space is not trimmed
    CHECK(errorCode(QStringLiteral("36O426199101010071")) == character);  // letter O for zero
    CHECK(errorCode(QStringLiteral("13050367040100A")) == character);     // 15 characters, not all digits
    CHECK(errorCode(QStringLiteral("13050367040100X")) == character);     // no X in 15-digit numbers

    SECTION("the message names the position and the character")
    {
        const auto e = errorOf(QStringLiteral("3604261991010100X1"));
        CHECK_THAT(s(e.message), Contains("Character 17") && Contains("\"X\""));
        const auto dot = errorOf(QStringLiteral("360426.99101010071"));
        CHECK_THAT(s(dot.message), Contains("Character 7") && Contains("\".\""));
        const auto o = errorOf(QStringLiteral("36O426199101010071"));
        CHECK_THAT(s(o.message), Contains("Character 3") && Contains("\"O\""));
    }
}

TEST_CASE("Normalisation", "[core][idnumber]")
{
    SECTION("lower-case x")
    {
        const IdNumber id = parseOk(QStringLiteral("44011320141005001x"));
        CHECK(id.text() == QStringLiteral("44011320141005001X"));
    }
    SECTION("full-width digits and X")
    {
        const QString fullWidth = QStringLiteral("４４０１１３２０１４１００５００１Ｘ");
        CHECK(IdNumber::normalize(fullWidth) == QStringLiteral("44011320141005001X"));
        CHECK(parseOk(fullWidth).text() == QStringLiteral("44011320141005001X"));
        CHECK(parseOk(QStringLiteral("４４０１１３２０１４１００５００１ｘ")).text() == QStringLiteral("44011320141005001X"));
        CHECK(parseOk(QStringLiteral("３６０４２６199101010071")).text() == QStringLiteral("360426199101010071"));
    }
    SECTION("surrounding spaces")
    {
        CHECK(parseOk(QStringLiteral("  360426199101010071 \t")).text() == QStringLiteral("360426199101010071"));
        CHECK(parseOk(QStringLiteral("\n360426199101010071\r\n")).text() == QStringLiteral("360426199101010071"));
        CHECK(parseOk(QStringLiteral("\u3000360426199101010071\u3000")).text() == QStringLiteral("360426199101010071"));
        CHECK(IdNumber::normalize(u" 1a2 ") == QStringLiteral("1a2"));  // normalisation never validates
    }
}

TEST_CASE("Gender from the sequence number", "[core][idnumber]")
{
    for (int last = 0; last <= 9; ++last) {
        const QString id = withCheck(QStringLiteral("1101011990030700%1").arg(last));
        INFO(s(id));
        CHECK(parseOk(id).gender() == (last % 2 == 1 ? Gender::Male : Gender::Female));
    }
    CHECK(parseOk(QStringLiteral("44011320141005001X")).gender() == Gender::Male);
    CHECK(parseOk(QStringLiteral("440113201410050028")).gender() == Gender::Female);
    CHECK(IdNumber().gender() == Gender::Unknown);
}

TEST_CASE("Age on a date", "[core][idnumber]")
{
    const IdNumber id = parseOk(QStringLiteral("360426199101010071"));  // born 1991-01-01
    CHECK(id.ageOn(QDate(2024, 1, 1)) == 33);    // birthday today
    CHECK(id.ageOn(QDate(2023, 12, 31)) == 32);  // the day before
    CHECK(id.ageOn(QDate(2024, 1, 2)) == 33);
    CHECK(id.ageOn(QDate(1991, 1, 1)) == 0);
    CHECK(id.ageOn(QDate(1990, 12, 31)) == 0);   // before birth: no year completed

    const IdNumber leap = parseOk(withCheck(QStringLiteral("11010120000229002")));  // born 2000-02-29
    CHECK(leap.ageOn(QDate(2023, 2, 28)) == 22);
    CHECK(leap.ageOn(QDate(2023, 3, 1)) == 23);
    CHECK(leap.ageOn(QDate(2024, 2, 28)) == 23);
    CHECK(leap.ageOn(QDate(2024, 2, 29)) == 24);
    CHECK(leap.ageOn(QDate(2024, 3, 1)) == 24);

    const IdNumber mid = parseOk(withCheck(QStringLiteral("11010119900615001")));
    CHECK(mid.ageOn(kToday) == 34);
    CHECK(mid.ageOn(kToday.addDays(-1)) == 33);
}

TEST_CASE("Region codes", "[core][idnumber]")
{
    CHECK(ow::core::isProvinceCode(u"11"));
    CHECK(ow::core::isProvinceCode(u"82"));
    CHECK_FALSE(ow::core::isProvinceCode(u"10"));
    CHECK_FALSE(ow::core::isProvinceCode(u"83"));
    CHECK_FALSE(ow::core::isProvinceCode(u"1"));
    CHECK_FALSE(ow::core::isProvinceCode(u"110"));
    CHECK(ow::core::provinceName(u"11") == QStringLiteral("北京市"));
    CHECK(ow::core::provinceName(u"36") == QStringLiteral("江西省"));
    CHECK(ow::core::provinceName(u"65") == QStringLiteral("新疆维吾尔自治区"));
    CHECK(ow::core::provinceName(u"82") == QStringLiteral("澳门特别行政区"));
    CHECK(ow::core::provinceName(u"99").isEmpty());

    int provinces = 0;
    for (int i = 10; i <= 99; ++i) provinces += ow::core::isProvinceCode(QString::number(i)) ? 1 : 0;
    CHECK(provinces == 34);

    const QString region = QString::fromLatin1(IdNumber::kErrRegion);
    CHECK(errorCode(withCheck(QStringLiteral("38010119900101001"))) == region);
    CHECK(errorCode(withCheck(QStringLiteral("00000019900101001"))) == region);
    CHECK(errorCode(withCheck(QStringLiteral("83000119900101001"))) == region);  // 83 only as 830000
    CHECK_THAT(s(errorOf(withCheck(QStringLiteral("38010119900101001"))).message), Contains("380101"));
    CHECK(parseOk(withCheck(QStringLiteral("71000019900101001"))).regionCode() == QStringLiteral("710000"));
    CHECK(parseOk(withCheck(QStringLiteral("65010219900101001"))).regionCode() == QStringLiteral("650102"));
}

TEST_CASE("Kinds of number", "[core][idnumber]")
{
    CHECK(ow::core::idNumberKindKey(IdNumberKind::Resident) == QStringLiteral("resident"));
    CHECK(ow::core::idNumberKindKey(IdNumberKind::HkMacauTaiwanPermit) == QStringLiteral("hk-macau-taiwan-permit"));
    CHECK(ow::core::idNumberKindKey(IdNumberKind::ForeignPermanent) == QStringLiteral("foreign-permanent"));

    SECTION("Hong Kong, Macau and Taiwan residence permits")
    {
        // Check characters computed by hand with the weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2.
        const QString hk = QStringLiteral("810000199001010019");
        const QString mo = QStringLiteral("820000198512310029");
        const QString tw = QStringLiteral("830000200002290031");
        for (const QString &n : {hk, mo, tw}) {
            INFO(s(n));
            CHECK(referenceCheck(n.left(17)) == n.at(17));
            const IdNumber id = parseOk(n);
            CHECK(id.kind() == IdNumberKind::HkMacauTaiwanPermit);
            CHECK(id.regionCode() == n.left(6));
            CHECK(id.nationalityCode().isEmpty());
        }
        CHECK(parseOk(tw).birthDate() == QDate(2000, 2, 29));
        CHECK(parseOk(tw).gender() == Gender::Male);
        CHECK(parseOk(mo).gender() == Gender::Female);
        CHECK(errorCode(QStringLiteral("830000200002290030")) == QString::fromLatin1(IdNumber::kErrCheck));
        // Only the exact prefixes are permits; 81xxxx otherwise is a Hong Kong region code.
        CHECK(parseOk(withCheck(QStringLiteral("81010019900101001"))).kind() == IdNumberKind::Resident);
    }

    SECTION("foreign permanent resident numbers")
    {
        const QString us = QStringLiteral("911840198503120028");  // Beijing, 840, 1985-03-12
        CHECK(referenceCheck(us.left(17)) == u'8');
        const IdNumber id = parseOk(us);
        CHECK(id.kind() == IdNumberKind::ForeignPermanent);
        CHECK(id.regionCode() == QStringLiteral("110000"));
        CHECK(id.nationalityCode() == QStringLiteral("840"));
        CHECK(id.birthDate() == QDate(1985, 3, 12));
        CHECK(id.gender() == Gender::Female);

        const IdNumber sh = parseOk(QStringLiteral("931156200107010018"));
        CHECK(sh.regionCode() == QStringLiteral("310000"));
        CHECK(sh.nationalityCode() == QStringLiteral("156"));
        CHECK(sh.gender() == Gender::Male);

        // Digits 2-3 must be a province.
        const auto bad = errorOf(QStringLiteral("900000199001010010"));
        CHECK(bad.code == QString::fromLatin1(IdNumber::kErrRegion));
        CHECK_THAT(s(bad.message), Contains("00"));
        CHECK(errorCode(QStringLiteral("99984019900101001X")) == QString::fromLatin1(IdNumber::kErrRegion));
    }
}

TEST_CASE("15-digit numbers are upgraded", "[core][idnumber]")
{
    // By hand: 1 3 0 5 0 3 1 9 6 7 0 4 0 1 0 0 1 weighted = 7+27+0+25+0+12+2+9+36+21+0+36+0+5+0+0+2 = 182;
    // 182 mod 11 = 6 -> "10X98765432"[6] = '6'.
    const auto up = IdNumber::upgrade15(u"130503670401001", kToday);
    REQUIRE(up.ok());
    CHECK(up.value() == QStringLiteral("130503196704010016"));
    CHECK(IdNumber::checkCharacter(up.value()) == u'6');
    CHECK(referenceCheck(QStringLiteral("13050319670401001")) == u'6');

    const IdNumber id = parseOk(QStringLiteral("130503670401001"));
    CHECK(id.wasUpgraded());
    CHECK(id.text() == QStringLiteral("130503196704010016"));
    CHECK(id.birthDate() == QDate(1967, 4, 1));
    CHECK(id.gender() == Gender::Male);
    CHECK(id.regionCode() == QStringLiteral("130503"));
    CHECK(id == parseOk(QStringLiteral("130503196704010016")));
    CHECK(parseOk(QStringLiteral(" １３０５０３６７０４０１００１ ")).wasUpgraded());

    CHECK(IdNumber::upgrade15(u"130503670231001", kToday).error().code == QString::fromLatin1(IdNumber::kErrDate));
    CHECK_THAT(s(IdNumber::upgrade15(u"130503670231001", kToday).error().message), Contains("1967-02-31"));
    CHECK(IdNumber::upgrade15(u"380503670401001", kToday).error().code == QString::fromLatin1(IdNumber::kErrRegion));
    CHECK(IdNumber::upgrade15(u"1305036704010016", kToday).error().code == QString::fromLatin1(IdNumber::kErrLength));
    CHECK(IdNumber::upgrade15(u"130503196704010016", kToday).error().code == QString::fromLatin1(IdNumber::kErrLength));
    CHECK(IdNumber::upgrade15(u"13050367040100X", kToday).error().code == QString::fromLatin1(IdNumber::kErrCharacter));
    CHECK(IdNumber::upgrade15(u"", kToday).error().code == QString::fromLatin1(IdNumber::kErrEmpty));
    CHECK(errorCode(QStringLiteral("130503670231001")) == QString::fromLatin1(IdNumber::kErrDate));
}

TEST_CASE("Masking", "[core][idnumber]")
{
    CHECK(IdNumber::mask(u"110101199003070011") == QStringLiteral("1101**********0011"));
    CHECK(parseOk(QStringLiteral("110101199003070011")).masked() == QStringLiteral("1101**********0011"));
    CHECK(parseOk(QStringLiteral("44011320141005001x")).masked() == QStringLiteral("4401**********001X"));
    CHECK(IdNumber::mask(u"130503670401001") == QStringLiteral("1305*******1001"));
    CHECK(IdNumber::mask(u"1234") == QStringLiteral("****"));
    CHECK(IdNumber::mask(u"").isEmpty());
    CHECK(IdNumber().masked().isEmpty());
}

TEST_CASE("Error messages name the specific fault", "[core][idnumber]")
{
    SECTION("check character says which it should be and which it is")
    {
        const auto e = errorOf(QStringLiteral("360426199101010072"));
        CHECK(e.code == QString::fromLatin1(IdNumber::kErrCheck));
        CHECK_THAT(s(e.message), Contains("check character should be 1, not 2", Catch::CaseSensitive::No));
        const auto x = errorOf(QStringLiteral("36042619910102009x"));
        CHECK_THAT(s(x.message), Contains("should be 3, not X"));
        const auto toX = errorOf(QStringLiteral("440113201410050010"));
        CHECK_THAT(s(toX.message), Contains("should be X, not 0"));
    }

    SECTION("details for the log never carry the number in clear")
    {
        const QStringList bad{QStringLiteral("360426199101010072"), QStringLiteral("360426199113010079"),
                              QStringLiteral("380101199001010015"), QStringLiteral("3604261991010100X1"),
                              QStringLiteral("36042619910101007"),  withCheck(QStringLiteral("11010120240616001")),
                              QStringLiteral("130503670231001")};
        for (const QString &n : bad) {
            const auto e = errorOf(n);
            INFO(s(n) << " -> " << s(e.detail));
            CHECK_FALSE(e.detail.contains(n));
            CHECK_FALSE(e.message.contains(n));
            CHECK_FALSE(e.describe().contains(n));
        }
    }

    SECTION("every code has its own wording")
    {
        QSet<QString> messages;
        for (const QString &n : {QString(), QStringLiteral("36042619910101007"), QStringLiteral("3604261991010100X1"),
                                 QStringLiteral("380101199001010015"), QStringLiteral("360426199113010079"),
                                 withCheck(QStringLiteral("11010120240616001")), QStringLiteral("360426199101010072")})
            messages.insert(errorOf(n).message);
        CHECK(messages.size() == 7);
    }
}

TEST_CASE("15-digit numbers never carried Taiwan or permit region codes")
{
    const QDate today(2026, 11, 21);
    for (const char *n : {"810000670401001", "820000670401001", "830000670401001", "710000670401001"}) {
        INFO(n);
        auto r = ow::core::IdNumber::upgrade15(QString::fromLatin1(n), today);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QString::fromLatin1(ow::core::IdNumber::kErrRegion));
        CHECK_FALSE(ow::core::IdNumber::parse(QString::fromLatin1(n), today).ok());
    }
}
