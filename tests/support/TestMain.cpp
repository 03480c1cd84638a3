// The one main() of every test executable: a QApplication on the offscreen platform, so widget
// tests and modules that need a GUI application (fonts, PDF output) run without a display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLoggingCategory>

#include "core/IdCard.h"
#include "core/Result.h"

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests must never touch a user's settings or data.
    qputenv("XDG_DATA_HOME", QByteArray("/nonexistent-ow-test-home"));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-test"));
    qRegisterMetaType<ow::core::Error>();
    qRegisterMetaType<ow::core::IdCard>();
    return Catch::Session().run(argc, argv);
}
