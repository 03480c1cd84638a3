#include "core/IdNumber.h"

#include "core/Regions.h"

#include <QCoreApplication>

#include <array>
#include <optional>

namespace ow::core {
namespace {

constexpr int kLength18 = 18;
constexpr int kLength15 = 15;
constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char16_t kCheckChars[] = u"10X98765432";

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Officers read dates as YYYY-MM-DD; the raw digits are shown that way even when they name no
// real day, so "19911301" reads as the impossible 1991-13-01 rather than as a puzzle.
QString displayDate(QStringView yyyymmdd)
{
    return QStringLiteral("%1-%2-%3")
        .arg(yyyymmdd.mid(0, 4).toString(), yyyymmdd.mid(4, 2).toString(), yyyymmdd.mid(6, 2).toString());
}

// Details go to the log, so they carry only the masked number.
QString detailFor(QStringView normalized, const QString &what)
{
    return QStringLiteral("%1: %2").arg(IdNumber::mask(normalized), what);
}

// Validates the eight digits YYYYMMDD (known to be ASCII digits) as a birth date.
Result<QDate> birthDateFrom(QStringView normalized, QStringView yyyymmdd, QDate today)
{
    const QDate date(yyyymmdd.mid(0, 4).toInt(), yyyymmdd.mid(4, 2).toInt(), yyyymmdd.mid(6, 2).toInt());
    if (!date.isValid()) {
        return makeError(IdNumber::kErrDate,
                         QCoreApplication::translate("ow::core", "The birth date %1 does not exist.")
                             .arg(displayDate(yyyymmdd)),
                         detailFor(normalized, QStringLiteral("invalid birth date")));
    }
    // GB 11643 numbers were first issued in the 1980s to living people; an earlier year is a typo.
    if (date < QDate(1900, 1, 1)) {
        return makeError(IdNumber::kErrDate,
                         QCoreApplication::translate("ow::core",
                                                     "The birth date %1 is before 1900, which no ID number can have.")
                             .arg(displayDate(yyyymmdd)),
                         detailFor(normalized, QStringLiteral("birth year before 1900")));
    }
    if (date > today) {
        return makeError(IdNumber::kErrFuture,
                         QCoreApplication::translate("ow::core", "The birth date %1 is in the future.")
                             .arg(displayDate(yyyymmdd)),
                         detailFor(normalized, QStringLiteral("birth date after %1").arg(today.toString(Qt::ISODate))));
    }
    return date;
}

std::optional<Error> regionError(QStringView normalized, QStringView provinceDigits, bool foreignPermanent)
{
    if (isProvinceCode(provinceDigits)) return std::nullopt;
    if (foreignPermanent) {
        return makeError(IdNumber::kErrRegion,
                         QCoreApplication::translate(
                             "ow::core",
                             "Unknown province code %1 (digits 2-3 of a foreign permanent resident number).")
                             .arg(provinceDigits.toString()),
                         detailFor(normalized, QStringLiteral("unknown province %1").arg(provinceDigits.toString())));
    }
    const QString region = normalized.left(6).toString();
    return makeError(IdNumber::kErrRegion,
                     QCoreApplication::translate("ow::core", "Unknown region code %1.").arg(region),
                     detailFor(normalized, QStringLiteral("unknown region %1").arg(region)));
}

bool isPermitRegion(QStringView region6)
{
    return region6 == u"810000" || region6 == u"820000" || region6 == u"830000";
}

// A null `today` would make every birth date "in the future"; the caller meant "now".
QDate effectiveToday(QDate today)
{
    return today.isValid() ? today : QDate::currentDate();
}

} // namespace

QString idNumberKindKey(IdNumberKind k)
{
    switch (k) {
    case IdNumberKind::HkMacauTaiwanPermit: return QStringLiteral("hk-macau-taiwan-permit");
    case IdNumberKind::ForeignPermanent: return QStringLiteral("foreign-permanent");
    case IdNumberKind::Resident: break;
    }
    return QStringLiteral("resident");
}

QString IdNumber::normalize(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    QString out;
    out.reserve(trimmed.size());
    for (const QChar c : trimmed) {
        const char16_t u = c.unicode();
        // Chinese input methods type full-width characters; they are the same digits to a citizen.
        if (u >= 0xFF10 && u <= 0xFF19)
            out += QChar(char16_t(u'0' + (u - 0xFF10)));
        else if (u == u'x' || u == 0xFF38 /* Ｘ */ || u == 0xFF58 /* ｘ */)
            out += QLatin1Char('X');
        else
            out += c;
    }
    return out;
}

QString IdNumber::mask(QStringView text)
{
    const QString n = normalize(text);
    // Short strings would be mostly revealed by a 4+4 frame, so they are hidden entirely.
    if (n.size() < 12) return QString(n.size(), QLatin1Char('*'));
    return n.left(4) + QString(n.size() - 8, QLatin1Char('*')) + n.right(4);
}

QChar IdNumber::checkCharacter(QStringView first17)
{
    // A null QChar tells the caller there is nothing to compute from (too short or not digits).
    if (first17.size() < 17) return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17[i];
        if (!isAsciiDigit(c)) return {};
        sum += (c.unicode() - u'0') * kWeights[i];
    }
    return QChar(kCheckChars[sum % 11]);
}

Result<QString> IdNumber::upgrade15(QStringView text15, QDate today)
{
    today = effectiveToday(today);
    const QString n = normalize(text15);
    if (n.isEmpty()) {
        return makeError(kErrEmpty, QCoreApplication::translate("ow::core", "No ID number was given."));
    }
    if (n.size() != kLength15) {
        return makeError(kErrLength,
                         QCoreApplication::translate("ow::core", "A 15-digit ID number has 15 digits; this one has %1.")
                             .arg(n.size()),
                         detailFor(n, QStringLiteral("length %1, expected 15").arg(n.size())));
    }
    for (int i = 0; i < n.size(); ++i) {
        if (!isAsciiDigit(n[i])) {
            return makeError(kErrCharacter,
                             QCoreApplication::translate(
                                 "ow::core",
                                 "Character %1 (\"%2\") is not allowed: a 15-digit ID number has digits only.")
                                 .arg(i + 1)
                                 .arg(n[i]),
                             detailFor(n, QStringLiteral("bad character at position %1").arg(i + 1)));
        }
    }
    // 15-digit numbers were issued only to mainland residents: Taiwan (71) and the permit codes
    // (81, 82, 83) never had that form.
    if (auto err = regionError(n, QStringView(n).left(2), false)) return *err;
    if (const QStringView p = QStringView(n).left(2); p == u"71" || p == u"81" || p == u"82" || p == u"83") {
        const QString region = n.left(6);
        return makeError(kErrRegion,
                         QCoreApplication::translate("ow::core", "Region code %1 was never issued 15-digit numbers.")
                             .arg(region),
                         detailFor(n, QStringLiteral("15-digit number with region %1").arg(region)));
    }

    // Every 15-digit number predates 2000 (GB 11643-1989), so the century is always 19.
    const QString first17 = n.left(6) + QStringLiteral("19") + n.mid(6);
    const auto birth = birthDateFrom(n, QStringView(first17).mid(6, 8), today);
    if (!birth) return birth.error();
    return first17 + checkCharacter(first17);
}

Result<IdNumber> IdNumber::parse(QStringView text, QDate today)
{
    today = effectiveToday(today);
    const QString n = normalize(text);
    if (n.isEmpty()) {
        return makeError(kErrEmpty, QCoreApplication::translate("ow::core", "No ID number was given."));
    }
    if (n.size() == kLength15) {
        const auto upgraded = upgrade15(n, today);
        if (!upgraded) return upgraded.error();
        auto id = parse(upgraded.value(), today);
        if (id) id.value().m_upgraded = true;
        return id;
    }
    if (n.size() != kLength18) {
        return makeError(kErrLength,
                         QCoreApplication::translate("ow::core", "An ID number has 18 characters; this one has %1.")
                             .arg(n.size()),
                         detailFor(n, QStringLiteral("length %1, expected 18").arg(n.size())));
    }
    for (int i = 0; i < n.size(); ++i) {
        const bool allowed = isAsciiDigit(n[i]) || (i == kLength18 - 1 && n[i] == u'X');
        if (!allowed) {
            return makeError(kErrCharacter,
                             QCoreApplication::translate("ow::core",
                                                         "Character %1 (\"%2\") is not allowed: an ID number has 17 "
                                                         "digits and a final digit or X.")
                                 .arg(i + 1)
                                 .arg(n[i]),
                             detailFor(n, QStringLiteral("bad character at position %1").arg(i + 1)));
        }
    }

    IdNumberKind kind = IdNumberKind::Resident;
    if (n[0] == u'9')
        kind = IdNumberKind::ForeignPermanent;
    else if (isPermitRegion(QStringView(n).left(6)))
        kind = IdNumberKind::HkMacauTaiwanPermit;

    // Permit numbers use 830000 for Taiwan, which is not a GB/T 2260 province code; the prefix
    // itself is the whole check for them.
    if (kind != IdNumberKind::HkMacauTaiwanPermit) {
        const bool foreign = kind == IdNumberKind::ForeignPermanent;
        const QStringView province = QStringView(n).mid(foreign ? 1 : 0, 2);
        if (auto err = regionError(n, province, foreign)) return *err;
    }

    // Date before check character: a well-formed number with an impossible date is a different
    // (and more useful to report) fault than a mistyped digit.
    const auto birth = birthDateFrom(n, QStringView(n).mid(6, 8), today);
    if (!birth) return birth.error();

    const QChar expected = checkCharacter(n);
    if (n[kLength18 - 1] != expected) {
        return makeError(kErrCheck,
                         QCoreApplication::translate("ow::core", "Check character should be %1, not %2.")
                             .arg(expected)
                             .arg(n[kLength18 - 1]),
                         detailFor(n, QStringLiteral("check character mismatch")));
    }

    IdNumber id;
    id.m_text = n;
    id.m_birth = birth.value();
    id.m_kind = kind;
    return id;
}

QString IdNumber::regionCode() const
{
    if (m_text.isEmpty()) return {};
    if (m_kind == IdNumberKind::ForeignPermanent) return m_text.mid(1, 2) + QStringLiteral("0000");
    return m_text.left(6);
}

QString IdNumber::nationalityCode() const
{
    return m_kind == IdNumberKind::ForeignPermanent ? m_text.mid(3, 3) : QString();
}

Gender IdNumber::gender() const
{
    if (m_text.size() != kLength18) return Gender::Unknown;
    // The sequence number's last digit (position 17) is odd for men and even for women.
    return (m_text[16].unicode() - u'0') % 2 == 1 ? Gender::Male : Gender::Female;
}

int ageOn(QDate birth, QDate on)
{
    if (!birth.isValid() || !on.isValid() || on < birth) return 0;
    int years = on.year() - birth.year();
    // Comparing (month, day) makes a 29 February birthday complete a year on 1 March in common
    // years, never on 28 February.
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day())) --years;
    return years;
}

int IdNumber::ageOn(QDate on) const { return core::ageOn(m_birth, on); }

} // namespace ow::core
