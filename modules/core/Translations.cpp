#include "core/Translations.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ow::core {

QString normalizeLanguage(const QString &language)
{
    return language.startsWith(u"zh", Qt::CaseInsensitive) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString installTranslations(const QString &language)
{
    const QString lang = normalizeLanguage(language);
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    QLocale::setDefault(lang == u"en" ? QLocale(QLocale::English, QLocale::UnitedStates)
                                       : QLocale(QLocale::Chinese, QLocale::China));
    // English is the source language, but its plural forms ("1 year" / "2 years") come from a .qm too.
    ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(QStringLiteral(":/i18n/onewindow_%1.qm").arg(lang)))
        qCWarning(lcCore) << "translation not found for" << lang;
    QCoreApplication::installTranslator(ours);
    if (lang == u"en") return lang;
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

} // namespace ow::core
