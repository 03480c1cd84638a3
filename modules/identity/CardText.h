#pragma once
// The 256-byte text block of a second-generation card chip (UCS-2 little-endian, padded with
// spaces), for every card kind: resident ID card (GA 490-2013), foreign permanent resident card
// 2017 ('I') and 2023 ('Y'), and the Hong Kong/Macau/Taiwan residence permit ('J').
// Layouts: shared reference id-documents.md §2.

#include "core/IdCard.h"
#include "core/Result.h"

#include <QByteArray>

namespace ow::identity {

inline constexpr int kCardTextSize = 256;

// Every field, trimmed; dates checked; the kind from the marker at 248. Error "card.text" names
// the field that is wrong (an officer message, the detail for the log).
core::Result<core::IdCard> decodeCardText(QByteArrayView block);
// The inverse, for simulators and tests: fields longer than their slot are cut.
QByteArray encodeCardText(const core::IdCard &card);
// The 70-byte appended address of 30 03 (UCS-2 LE, space padded).
QString decodeAppendedAddress(QByteArrayView block);
QByteArray encodeAppendedAddress(const QString &address);

} // namespace ow::identity
