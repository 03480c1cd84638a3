#include "core/Money.h"

#include <QCoreApplication>

namespace ow::core {

QString Money::plain() const
{
    const qint64 a = fen < 0 ? -fen : fen;
    return QStringLiteral("%1%2.%3").arg(fen < 0 ? QStringLiteral("-") : QString()).arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toString(bool freeWord) const
{
    if (freeWord && fen == 0) return QCoreApplication::translate("ow::core", "free");
    //: A sum of money; %1 is the amount in yuan with two decimals ("20.00").
    return QCoreApplication::translate("ow::core", "¥%1").arg(plain());
}

} // namespace ow::core
