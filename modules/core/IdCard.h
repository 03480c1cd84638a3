#pragma once
// What an identity card says, decoded: the value every ID reader delivers and every screen shows.
// Field names follow GA 490-2013 (resident card) and the permit/foreign-card layouts in shared
// reference id-documents.md §2.

#include "core/Gender.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace ow::core {

enum class IdCardKind { Resident, ForeignPermanent, HmtResidencePermit };

[[nodiscard]] QString idCardKindKey(IdCardKind k);  // "resident", "foreign-permanent", "hmt-residence-permit"
[[nodiscard]] std::optional<IdCardKind> idCardKindFromKey(QStringView key);
[[nodiscard]] QString idCardKindDisplayName(IdCardKind k);

// Nation (民族) name for a two-digit code ("01" -> 汉), translated; empty for unknown codes.
[[nodiscard]] QString nationName(QStringView code);

struct IdCard {
    IdCardKind kind = IdCardKind::Resident;
    QString name;               // Chinese name (all kinds; may be empty on a foreign card)
    QString englishName;        // foreign permanent resident cards
    Gender gender = Gender::Unknown;
    QString nationCode;         // resident card: "01".."56", "97", "98"
    QString nationality;        // foreign cards: ISO 3166 alpha-3 (2017) or numeric code (2023)
    QDate birthDate;
    QString address;
    QString appendedAddress;    // 30 03: the new address written after issue, if any
    QString idNumber;           // 18 characters (15 on a 2017 foreign card)
    QString issuer;             // issuing authority, or its code on foreign cards
    QDate validFrom;
    QDate validTo;              // invalid when longTerm
    bool longTerm = false;      // 长期
    QString passNumber;         // HMT permit: the travel pass number
    int issueCount = 0;         // HMT permit issue count / foreign card renewal count
    QString cardVersion;        // foreign 2017 card version
    QImage photo;               // decoded photo when available (chip photo or the simulator's image)
    bool photoUndecodable = false; // the chip held a WLT photo that no configured library can decode
    QByteArray rawText;         // the 256-byte text block as read, when read from a chip

    [[nodiscard]] bool isNull() const { return idNumber.isEmpty() && name.isEmpty(); }
    // Validity on `today`: expired after validTo, not yet valid before validFrom.
    [[nodiscard]] bool isExpiredOn(QDate today) const;
    [[nodiscard]] bool isNotYetValidOn(QDate today) const;
    // "2015.06.01-2035.06.01" or "2015.06.01-长期" as printed on the card.
    [[nodiscard]] QString validityText() const;

    // JSON form used by card files, `onewindow-cli card decode` and tests. Dates are YYYY-MM-DD;
    // the photo is not included (card files name it separately).
    [[nodiscard]] QJsonObject toJson() const;
    static Result<IdCard> fromJson(const QJsonObject &o);
};

} // namespace ow::core

Q_DECLARE_METATYPE(ow::core::IdCard)
