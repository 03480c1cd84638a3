#pragma once
// Money in fen (分), the unit fees are set in; never a floating-point yuan.

#include <QString>
#include <QtGlobal>

namespace ow::core {

struct Money {
    qint64 fen = 0;

    // "20.00元" in Chinese, "¥20.00" in English; "免费"/"free" for zero when `freeWord`.
    [[nodiscard]] QString toString(bool freeWord = false) const;
    [[nodiscard]] QString plain() const;  // "20.00", for JSON and printing in tables
    friend bool operator==(Money a, Money b) { return a.fen == b.fen; }
    friend Money operator+(Money a, Money b) { return {a.fen + b.fen}; }
};

} // namespace ow::core
