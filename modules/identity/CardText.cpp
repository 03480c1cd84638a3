#include "identity/CardText.h"

#include <QCoreApplication>

namespace ow::identity {
namespace {

// One field of a layout: byte offset and size in the 256-byte block.
struct Slot {
    int offset;
    int size;
};

QString ucs2(QByteArrayView block, Slot s)
{
    QString out;
    out.reserve(s.size / 2);
    for (int i = s.offset; i + 1 < s.offset + s.size; i += 2) {
        const char16_t c = char16_t(quint8(block[i]) | (quint8(block[i + 1]) << 8));
        if (c == 0) break;
        out.append(QChar(c));
    }
    return out.trimmed();
}

void putUcs2(QByteArray &block, Slot s, const QString &value)
{
    for (int i = 0; i < s.size / 2; ++i) {
        const char16_t c = i < value.size() ? value.at(i).unicode() : u' ';
        block[s.offset + 2 * i] = char(c & 0xFF);
        block[s.offset + 2 * i + 1] = char(c >> 8);
    }
}

core::Error fieldError(const QString &field, const QString &value)
{
    return core::makeError(QStringLiteral("card.text"),
                           QCoreApplication::translate("ow::identity",
                                                       "The card's data could not be understood (field \"%1\"). "
                                                       "Lift the card and read it again.")
                               .arg(field),
                           QStringLiteral("field %1 has %2 characters").arg(field).arg(value.size()));
}

std::optional<QDate> date8(const QString &s)
{
    if (s.size() != 8) return std::nullopt;
    const QDate d = QDate::fromString(s, QStringLiteral("yyyyMMdd"));
    if (!d.isValid()) return std::nullopt;
    return d;
}

// Resident card and HMT permit share offsets 0..219.
constexpr Slot kName{0, 30}, kGender{30, 2}, kNation{32, 4}, kBirth{36, 16}, kAddress{52, 70}, kIdNumber{122, 36},
    kIssuer{158, 30}, kValidFrom{188, 16}, kValidTo{204, 16};
constexpr Slot kPermitPass{220, 18}, kPermitCount{238, 4};
constexpr Slot kMarker{248, 2};
// Foreign permanent resident card, 2017 ('I').
constexpr Slot kI_EnName{0, 120}, kI_Gender{120, 2}, kI_Number{122, 30}, kI_Nationality{152, 6}, kI_CnName{158, 30},
    kI_ValidFrom{188, 16}, kI_ValidTo{204, 16}, kI_Birth{220, 16}, kI_Version{236, 4}, kI_Authority{240, 8};
// Foreign permanent resident card, 2023 ('Y').
constexpr Slot kY_CnName{0, 30}, kY_Gender{30, 2}, kY_Renewals{32, 4}, kY_Birth{36, 16}, kY_EnName1{52, 70},
    kY_Number{122, 36}, kY_ValidFrom{188, 16}, kY_ValidTo{204, 16}, kY_EnName2{220, 22}, kY_Nationality{242, 6};

core::Status setValidity(core::IdCard &c, const QString &from, const QString &to)
{
    const auto f = date8(from);
    if (!f) return fieldError(QStringLiteral("validFrom"), from);
    c.validFrom = *f;
    if (to == u"长期" || to.startsWith(u"长期")) {
        c.longTerm = true;
        return {};
    }
    const auto t = date8(to);
    if (!t) return fieldError(QStringLiteral("validTo"), to);
    c.validTo = *t;
    return {};
}

} // namespace

core::Result<core::IdCard> decodeCardText(QByteArrayView block)
{
    if (block.size() != kCardTextSize)
        return core::makeError(QStringLiteral("card.text"),
                               QCoreApplication::translate("ow::identity",
                                                           "The card's data is incomplete. Lift the card and read it again."),
                               QStringLiteral("text block of %1 bytes, expected 256").arg(block.size()));
    core::IdCard c;
    c.rawText = block.toByteArray();
    const QString marker = ucs2(block, kMarker);
    QString birth;
    if (marker == u"I") {
        c.kind = core::IdCardKind::ForeignPermanent;
        c.englishName = ucs2(block, kI_EnName);
        c.gender = core::genderFromCode(ucs2(block, kI_Gender));
        c.idNumber = ucs2(block, kI_Number);
        c.nationality = ucs2(block, kI_Nationality);
        c.name = ucs2(block, kI_CnName);
        c.cardVersion = ucs2(block, kI_Version);
        c.issuer = ucs2(block, kI_Authority);
        birth = ucs2(block, kI_Birth);
        if (auto st = setValidity(c, ucs2(block, kI_ValidFrom), ucs2(block, kI_ValidTo)); !st) return st.error();
    } else if (marker == u"Y") {
        c.kind = core::IdCardKind::ForeignPermanent;
        c.name = ucs2(block, kY_CnName);
        c.gender = core::genderFromCode(ucs2(block, kY_Gender));
        c.issueCount = ucs2(block, kY_Renewals).toInt();
        c.englishName = (ucs2(block, kY_EnName1) + QStringLiteral(" ") + ucs2(block, kY_EnName2)).trimmed();
        // The English name continues across two slots without a separator when it is long.
        if (ucs2(block, kY_EnName1).size() == 35) c.englishName = ucs2(block, kY_EnName1) + ucs2(block, kY_EnName2);
        c.idNumber = ucs2(block, kY_Number);
        c.nationality = ucs2(block, kY_Nationality);
        birth = ucs2(block, kY_Birth);
        if (auto st = setValidity(c, ucs2(block, kY_ValidFrom), ucs2(block, kY_ValidTo)); !st) return st.error();
    } else {
        c.kind = marker == u"J" ? core::IdCardKind::HmtResidencePermit : core::IdCardKind::Resident;
        c.name = ucs2(block, kName);
        c.gender = core::genderFromCode(ucs2(block, kGender));
        c.nationCode = ucs2(block, kNation);
        c.address = ucs2(block, kAddress);
        c.idNumber = ucs2(block, kIdNumber);
        c.issuer = ucs2(block, kIssuer);
        birth = ucs2(block, kBirth);
        if (auto st = setValidity(c, ucs2(block, kValidFrom), ucs2(block, kValidTo)); !st) return st.error();
        if (c.kind == core::IdCardKind::HmtResidencePermit) {
            c.passNumber = ucs2(block, kPermitPass);
            c.issueCount = ucs2(block, kPermitCount).toInt();
        }
    }
    const auto b = date8(birth);
    if (!b) return fieldError(QStringLiteral("birthDate"), birth);
    c.birthDate = *b;
    if (c.name.isEmpty() && c.englishName.isEmpty()) return fieldError(QStringLiteral("name"), c.name);
    if (c.idNumber.isEmpty()) return fieldError(QStringLiteral("idNumber"), c.idNumber);
    return c;
}

QByteArray encodeCardText(const core::IdCard &c)
{
    QByteArray block(kCardTextSize, '\0');
    putUcs2(block, {0, kCardTextSize}, QString());  // spaces everywhere first
    const QString birth = c.birthDate.toString(QStringLiteral("yyyyMMdd"));
    const QString from = c.validFrom.toString(QStringLiteral("yyyyMMdd"));
    const QString to = c.longTerm ? QStringLiteral("长期") : c.validTo.toString(QStringLiteral("yyyyMMdd"));
    const QString gender = QString::number(int(c.gender));
    if (c.kind == core::IdCardKind::ForeignPermanent && c.idNumber.size() == 15) {
        putUcs2(block, kI_EnName, c.englishName);
        putUcs2(block, kI_Gender, gender);
        putUcs2(block, kI_Number, c.idNumber);
        putUcs2(block, kI_Nationality, c.nationality);
        putUcs2(block, kI_CnName, c.name);
        putUcs2(block, kI_ValidFrom, from);
        putUcs2(block, kI_ValidTo, to);
        putUcs2(block, kI_Birth, birth);
        putUcs2(block, kI_Version, c.cardVersion);
        putUcs2(block, kI_Authority, c.issuer);
        putUcs2(block, kMarker, QStringLiteral("I"));
    } else if (c.kind == core::IdCardKind::ForeignPermanent) {
        putUcs2(block, kY_CnName, c.name);
        putUcs2(block, kY_Gender, gender);
        putUcs2(block, kY_Renewals, QStringLiteral("%1").arg(c.issueCount, 2, 10, QChar(u'0')));
        putUcs2(block, kY_Birth, birth);
        putUcs2(block, kY_EnName1, c.englishName.left(35));
        putUcs2(block, kY_Number, c.idNumber);
        putUcs2(block, kY_ValidFrom, from);
        putUcs2(block, kY_ValidTo, to);
        putUcs2(block, kY_EnName2, c.englishName.mid(35, 11));
        putUcs2(block, kY_Nationality, c.nationality);
        putUcs2(block, kMarker, QStringLiteral("Y"));
    } else {
        putUcs2(block, kName, c.name);
        putUcs2(block, kGender, gender);
        putUcs2(block, kNation, c.nationCode);
        putUcs2(block, kBirth, birth);
        putUcs2(block, kAddress, c.address);
        putUcs2(block, kIdNumber, c.idNumber);
        putUcs2(block, kIssuer, c.issuer);
        putUcs2(block, kValidFrom, from);
        putUcs2(block, kValidTo, to);
        if (c.kind == core::IdCardKind::HmtResidencePermit) {
            putUcs2(block, kPermitPass, c.passNumber);
            putUcs2(block, kPermitCount, QStringLiteral("%1").arg(c.issueCount, 2, 10, QChar(u'0')));
            putUcs2(block, kMarker, QStringLiteral("J"));
        }
    }
    return block;
}

QString decodeAppendedAddress(QByteArrayView block) { return ucs2(block, {0, int(std::min<qsizetype>(block.size(), 70))}); }

QByteArray encodeAppendedAddress(const QString &address)
{
    QByteArray block(70, '\0');
    putUcs2(block, {0, 70}, address);
    return block;
}

} // namespace ow::identity
