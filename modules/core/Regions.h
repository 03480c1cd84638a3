#pragma once
// Region codes (GB/T 2260). Province level is built in; finer levels come from the region table
// loaded by the identity module.

#include <QString>

namespace ow::core {

// Name of the province-level division of a two-digit code ("11" -> 北京市), empty when unknown.
// Names are proper nouns and are shown as they are in every UI language.
[[nodiscard]] QString provinceName(QStringView twoDigits);
[[nodiscard]] bool isProvinceCode(QStringView twoDigits);

} // namespace ow::core
