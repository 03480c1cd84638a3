#pragma once
// Citizen ID number (公民身份号码), GB 11643-1999, and the numbers that share its form:
// Hong Kong/Macau/Taiwan residence permits (810000/820000/830000) and the 2023 foreign permanent
// resident card (18 digits starting with 9). See shared reference id-documents.md §4.

#include "core/Gender.h"
#include "core/Result.h"

#include <QDate>
#include <QString>

namespace ow::core {

enum class IdNumberKind { Resident, HkMacauTaiwanPermit, ForeignPermanent };

// Whole years completed on `on` by someone born on `birth` (0 before birth or for invalid dates).
[[nodiscard]] int ageOn(QDate birth, QDate on);

[[nodiscard]] QString idNumberKindKey(IdNumberKind k);  // "resident", "hk-macau-taiwan-permit", "foreign-permanent"

class IdNumber {
public:
    // Error codes returned by parse()/upgrade(); each error's message names the specific fault,
    // e.g. "check character should be 1, not 2".
    static constexpr const char *kErrEmpty = "id.empty";
    static constexpr const char *kErrLength = "id.length";
    static constexpr const char *kErrCharacter = "id.character";
    static constexpr const char *kErrRegion = "id.region";
    static constexpr const char *kErrDate = "id.date";
    static constexpr const char *kErrFuture = "id.future";
    static constexpr const char *kErrCheck = "id.check";

    IdNumber() = default;

    // Accepts 18-character numbers and 15-digit (GB 11643-1989) numbers, which are upgraded.
    // Input is normalised first: surrounding spaces dropped, full-width digits and Ｘ folded,
    // lower-case x upper-cased. `today` decides "not in the future".
    static Result<IdNumber> parse(QStringView text, QDate today);
    // 15 digits -> 18 digits ("19" inserted after the region, check character appended).
    static Result<QString> upgrade15(QStringView text15, QDate today);
    // ISO 7064 MOD 11-2 check character for the first 17 digits ('0'..'9' or 'X').
    static QChar checkCharacter(QStringView first17);
    // Normalisation alone (no validation), for echoing what was understood.
    static QString normalize(QStringView text);
    // 1101**********0011: the only form allowed in logs and on screen until revealed.
    static QString mask(QStringView text);

    [[nodiscard]] bool isNull() const { return m_text.isEmpty(); }
    [[nodiscard]] const QString &text() const { return m_text; }  // 18 characters
    [[nodiscard]] QString masked() const { return mask(m_text); }
    [[nodiscard]] IdNumberKind kind() const { return m_kind; }
    // Six-digit GB/T 2260 code of the issuing region. For foreign permanent numbers, the
    // province of issue (digits 2-3) followed by 0000.
    [[nodiscard]] QString regionCode() const;
    // Foreign permanent numbers only: the three-digit nationality code (digits 4-6).
    [[nodiscard]] QString nationalityCode() const;
    [[nodiscard]] QDate birthDate() const { return m_birth; }
    [[nodiscard]] Gender gender() const;
    // Whole years completed on `on`.
    [[nodiscard]] int ageOn(QDate on) const;
    // True when it was given as 15 digits and upgraded.
    [[nodiscard]] bool wasUpgraded() const { return m_upgraded; }

    friend bool operator==(const IdNumber &a, const IdNumber &b) { return a.m_text == b.m_text; }

private:
    QString m_text;
    QDate m_birth;
    IdNumberKind m_kind = IdNumberKind::Resident;
    bool m_upgraded = false;
};

} // namespace ow::core
