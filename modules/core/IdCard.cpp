#include "core/IdCard.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace ow::core {
namespace {

QString dateKey(QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

// Card files and decoders may write dates as YYYYMMDD or YYYY-MM-DD.
QDate parseDate(const QString &s)
{
    QDate d = QDate::fromString(s, QStringLiteral("yyyyMMdd"));
    if (!d.isValid()) d = QDate::fromString(s, Qt::ISODate);
    return d;
}

struct NationEntry {
    const char *code;
    const char *name;
};

// GB 3304-1991 nation codes; the names are translated as proper nouns (en: pinyin forms).
constexpr NationEntry kNations[] = {
    {"01", QT_TRANSLATE_NOOP("ow::core::nation", "Han")}, {"02", QT_TRANSLATE_NOOP("ow::core::nation", "Mongol")},
    {"03", QT_TRANSLATE_NOOP("ow::core::nation", "Hui")}, {"04", QT_TRANSLATE_NOOP("ow::core::nation", "Tibetan")},
    {"05", QT_TRANSLATE_NOOP("ow::core::nation", "Uyghur")}, {"06", QT_TRANSLATE_NOOP("ow::core::nation", "Miao")},
    {"07", QT_TRANSLATE_NOOP("ow::core::nation", "Yi")}, {"08", QT_TRANSLATE_NOOP("ow::core::nation", "Zhuang")},
    {"09", QT_TRANSLATE_NOOP("ow::core::nation", "Buyei")}, {"10", QT_TRANSLATE_NOOP("ow::core::nation", "Korean")},
    {"11", QT_TRANSLATE_NOOP("ow::core::nation", "Manchu")}, {"12", QT_TRANSLATE_NOOP("ow::core::nation", "Dong")},
    {"13", QT_TRANSLATE_NOOP("ow::core::nation", "Yao")}, {"14", QT_TRANSLATE_NOOP("ow::core::nation", "Bai")},
    {"15", QT_TRANSLATE_NOOP("ow::core::nation", "Tujia")}, {"16", QT_TRANSLATE_NOOP("ow::core::nation", "Hani")},
    {"17", QT_TRANSLATE_NOOP("ow::core::nation", "Kazakh")}, {"18", QT_TRANSLATE_NOOP("ow::core::nation", "Dai")},
    {"19", QT_TRANSLATE_NOOP("ow::core::nation", "Li")}, {"20", QT_TRANSLATE_NOOP("ow::core::nation", "Lisu")},
    {"21", QT_TRANSLATE_NOOP("ow::core::nation", "Va")}, {"22", QT_TRANSLATE_NOOP("ow::core::nation", "She")},
    {"23", QT_TRANSLATE_NOOP("ow::core::nation", "Gaoshan")}, {"24", QT_TRANSLATE_NOOP("ow::core::nation", "Lahu")},
    {"25", QT_TRANSLATE_NOOP("ow::core::nation", "Sui")}, {"26", QT_TRANSLATE_NOOP("ow::core::nation", "Dongxiang")},
    {"27", QT_TRANSLATE_NOOP("ow::core::nation", "Nakhi")}, {"28", QT_TRANSLATE_NOOP("ow::core::nation", "Jingpo")},
    {"29", QT_TRANSLATE_NOOP("ow::core::nation", "Kyrgyz")}, {"30", QT_TRANSLATE_NOOP("ow::core::nation", "Tu")},
    {"31", QT_TRANSLATE_NOOP("ow::core::nation", "Daur")}, {"32", QT_TRANSLATE_NOOP("ow::core::nation", "Mulao")},
    {"33", QT_TRANSLATE_NOOP("ow::core::nation", "Qiang")}, {"34", QT_TRANSLATE_NOOP("ow::core::nation", "Blang")},
    {"35", QT_TRANSLATE_NOOP("ow::core::nation", "Salar")}, {"36", QT_TRANSLATE_NOOP("ow::core::nation", "Maonan")},
    {"37", QT_TRANSLATE_NOOP("ow::core::nation", "Gelao")}, {"38", QT_TRANSLATE_NOOP("ow::core::nation", "Xibe")},
    {"39", QT_TRANSLATE_NOOP("ow::core::nation", "Achang")}, {"40", QT_TRANSLATE_NOOP("ow::core::nation", "Pumi")},
    {"41", QT_TRANSLATE_NOOP("ow::core::nation", "Tajik")}, {"42", QT_TRANSLATE_NOOP("ow::core::nation", "Nu")},
    {"43", QT_TRANSLATE_NOOP("ow::core::nation", "Uzbek")}, {"44", QT_TRANSLATE_NOOP("ow::core::nation", "Russian")},
    {"45", QT_TRANSLATE_NOOP("ow::core::nation", "Evenki")}, {"46", QT_TRANSLATE_NOOP("ow::core::nation", "De'ang")},
    {"47", QT_TRANSLATE_NOOP("ow::core::nation", "Bonan")}, {"48", QT_TRANSLATE_NOOP("ow::core::nation", "Yugur")},
    {"49", QT_TRANSLATE_NOOP("ow::core::nation", "Gin")}, {"50", QT_TRANSLATE_NOOP("ow::core::nation", "Tatar")},
    {"51", QT_TRANSLATE_NOOP("ow::core::nation", "Derung")}, {"52", QT_TRANSLATE_NOOP("ow::core::nation", "Oroqen")},
    {"53", QT_TRANSLATE_NOOP("ow::core::nation", "Hezhen")}, {"54", QT_TRANSLATE_NOOP("ow::core::nation", "Monpa")},
    {"55", QT_TRANSLATE_NOOP("ow::core::nation", "Lhoba")}, {"56", QT_TRANSLATE_NOOP("ow::core::nation", "Jino")},
    {"97", QT_TRANSLATE_NOOP("ow::core::nation", "Other")},
    {"98", QT_TRANSLATE_NOOP("ow::core::nation", "Foreign-origin Chinese citizen")},
};

} // namespace

QString idCardKindKey(IdCardKind k)
{
    switch (k) {
    case IdCardKind::ForeignPermanent: return QStringLiteral("foreign-permanent");
    case IdCardKind::HmtResidencePermit: return QStringLiteral("hmt-residence-permit");
    case IdCardKind::Resident: break;
    }
    return QStringLiteral("resident");
}

std::optional<IdCardKind> idCardKindFromKey(QStringView key)
{
    for (auto k : {IdCardKind::Resident, IdCardKind::ForeignPermanent, IdCardKind::HmtResidencePermit})
        if (idCardKindKey(k) == key) return k;
    return std::nullopt;
}

QString idCardKindDisplayName(IdCardKind k)
{
    switch (k) {
    case IdCardKind::ForeignPermanent:
        return QCoreApplication::translate("ow::core", "Foreign permanent resident ID card");
    case IdCardKind::HmtResidencePermit:
        return QCoreApplication::translate("ow::core", "Hong Kong/Macau/Taiwan residence permit");
    case IdCardKind::Resident: break;
    }
    return QCoreApplication::translate("ow::core", "Resident ID card");
}

QString nationName(QStringView code)
{
    for (const auto &n : kNations)
        if (code == QLatin1String(n.code)) return QCoreApplication::translate("ow::core::nation", n.name);
    return {};
}

bool IdCard::isExpiredOn(QDate today) const
{
    return !longTerm && validTo.isValid() && today > validTo;
}

bool IdCard::isNotYetValidOn(QDate today) const
{
    return validFrom.isValid() && today < validFrom;
}

QString IdCard::validityText() const
{
    const auto fmt = QStringLiteral("yyyy.MM.dd");
    const QString to = longTerm ? QCoreApplication::translate("ow::core", "long-term") : validTo.toString(fmt);
    return QStringLiteral("%1-%2").arg(validFrom.toString(fmt), to);
}

QJsonObject IdCard::toJson() const
{
    QJsonObject o{
        {"kind", idCardKindKey(kind)},
        {"name", name},
        {"gender", genderKey(gender)},
        {"birthDate", dateKey(birthDate)},
        {"address", address},
        {"idNumber", idNumber},
        {"issuer", issuer},
        {"validFrom", dateKey(validFrom)},
        {"validTo", longTerm ? QStringLiteral("long-term") : dateKey(validTo)},
    };
    if (kind == IdCardKind::Resident || !nationCode.isEmpty()) o.insert("nation", nationCode);
    if (!englishName.isEmpty()) o.insert("englishName", englishName);
    if (!nationality.isEmpty()) o.insert("nationality", nationality);
    if (!appendedAddress.isEmpty()) o.insert("appendedAddress", appendedAddress);
    if (!passNumber.isEmpty()) o.insert("passNumber", passNumber);
    if (issueCount) o.insert("issueCount", issueCount);
    if (!cardVersion.isEmpty()) o.insert("cardVersion", cardVersion);
    return o;
}

Result<IdCard> IdCard::fromJson(const QJsonObject &o)
{
    auto fail = [](const QString &field, const QString &why) {
        return makeError(QStringLiteral("card.field"),
                         QCoreApplication::translate("ow::core", "The card data has a bad field \"%1\": %2")
                             .arg(field, why),
                         QStringLiteral("field %1").arg(field));
    };
    IdCard c;
    const QString kindKey = o.value("kind").toString(QStringLiteral("resident"));
    const auto kind = idCardKindFromKey(kindKey);
    if (!kind) return fail(QStringLiteral("kind"), QCoreApplication::translate("ow::core", "unknown card kind"));
    c.kind = *kind;
    c.name = o.value("name").toString();
    c.englishName = o.value("englishName").toString();
    const QString g = o.value("gender").toString();
    c.gender = g == u"male" ? Gender::Male : g == u"female" ? Gender::Female
             : g == u"unstated" ? Gender::Unstated : genderFromCode(g);
    c.nationCode = o.value("nation").toString();
    c.nationality = o.value("nationality").toString();
    c.address = o.value("address").toString();
    c.appendedAddress = o.value("appendedAddress").toString();
    c.idNumber = o.value("idNumber").toString();
    c.issuer = o.value("issuer").toString();
    c.passNumber = o.value("passNumber").toString();
    c.issueCount = o.value("issueCount").toInt();
    c.cardVersion = o.value("cardVersion").toString();
    c.birthDate = parseDate(o.value("birthDate").toString());
    c.validFrom = parseDate(o.value("validFrom").toString());
    const QString to = o.value("validTo").toString();
    c.longTerm = to == u"long-term" || to == u"长期";
    if (!c.longTerm) c.validTo = parseDate(to);

    if (c.name.isEmpty() && c.englishName.isEmpty())
        return fail(QStringLiteral("name"), QCoreApplication::translate("ow::core", "missing"));
    if (c.idNumber.isEmpty())
        return fail(QStringLiteral("idNumber"), QCoreApplication::translate("ow::core", "missing"));
    if (!c.birthDate.isValid())
        return fail(QStringLiteral("birthDate"), QCoreApplication::translate("ow::core", "not a date"));
    if (!c.validFrom.isValid())
        return fail(QStringLiteral("validFrom"), QCoreApplication::translate("ow::core", "not a date"));
    if (!c.longTerm && !c.validTo.isValid())
        return fail(QStringLiteral("validTo"), QCoreApplication::translate("ow::core", "not a date"));
    return c;
}

} // namespace ow::core
