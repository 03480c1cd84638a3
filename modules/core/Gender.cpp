#include "core/Gender.h"

#include <QCoreApplication>

namespace ow::core {

Gender genderFromCode(QStringView code)
{
    const QString c = code.trimmed().toString();
    if (c == u"1") return Gender::Male;
    if (c == u"2") return Gender::Female;
    if (c == u"9") return Gender::Unstated;
    return Gender::Unknown;
}

QString genderKey(Gender g)
{
    switch (g) {
    case Gender::Male: return QStringLiteral("male");
    case Gender::Female: return QStringLiteral("female");
    case Gender::Unstated: return QStringLiteral("unstated");
    case Gender::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString genderDisplayName(Gender g)
{
    switch (g) {
    case Gender::Male: return QCoreApplication::translate("ow::core", "Male");
    case Gender::Female: return QCoreApplication::translate("ow::core", "Female");
    case Gender::Unstated: return QCoreApplication::translate("ow::core", "Unstated");
    case Gender::Unknown: break;
    }
    return QCoreApplication::translate("ow::core", "Unknown");
}

} // namespace ow::core
