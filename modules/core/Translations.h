#pragma once
#include <QString>

namespace ow::core {

// Installs OneWindow's and Qt's own translations for `language` ("zh_CN" or "en") into the
// running application. Returns the language actually in effect.
QString installTranslations(const QString &language);

// "zh_CN" for anything Chinese, "en" otherwise.
QString normalizeLanguage(const QString &language);

} // namespace ow::core
