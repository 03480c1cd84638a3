#include "Style.h"

#include <QApplication>
#include <QFile>
#include <QFont>

// The style sheet lives in the static ow_gui library, whose resource registration the linker
// would drop unless something refers to it.
static void initStyleResources() { Q_INIT_RESOURCE(styles); }

namespace ow::gui {

void applyStyle(QApplication &app)
{
    initStyleResources();
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSize(11);
    app.setFont(f);
    QFile qss(QStringLiteral(":/onewindow/styles/counter.qss"));
    if (qss.open(QIODevice::ReadOnly)) app.setStyleSheet(QString::fromUtf8(qss.readAll()));
}

} // namespace ow::gui
