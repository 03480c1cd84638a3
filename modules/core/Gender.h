#pragma once
#include <QString>

namespace ow::core {

// GB/T 2261.1 codes as they appear on the card: 0 unknown, 1 male, 2 female, 9 unstated.
enum class Gender { Unknown = 0, Male = 1, Female = 2, Unstated = 9 };

[[nodiscard]] Gender genderFromCode(QStringView code);
[[nodiscard]] QString genderKey(Gender g);           // "male", "female", "unknown", "unstated" (JSON)
[[nodiscard]] QString genderDisplayName(Gender g);   // translated: 男 / 女 / 未知 / 未说明

} // namespace ow::core
