#include "TestSupport.h"

#include <QThread>

namespace ow::test {

TempDir::TempDir() { REQUIRE(m_dir.isValid()); }

bool waitUntil(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired()) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

QString pluginDir() { return QStringLiteral(OW_PLUGIN_DIR); }
QString binDir() { return QStringLiteral(OW_BIN_DIR); }
QString sourceDir() { return QStringLiteral(OW_SOURCE_DIR); }

} // namespace ow::test
