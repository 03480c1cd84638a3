#pragma once
// Runs the real onewindow-cli binary as a user or a script would.

#include "TestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace ow::test::cli {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// `input` goes to the command's stdin (passwords, one per line); `password` into OW_PASSWORD.
inline Run cli(const QStringList &args, const QByteArray &input = {}, const QString &password = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("LC_ALL", "C.UTF-8");
    env.remove("OW_PASSWORD");
    if (!password.isEmpty()) env.insert("OW_PASSWORD", password);
    p.setProcessEnvironment(env);
    p.start(QDir(ow::test::binDir()).filePath("onewindow-cli"), args);
    REQUIRE(p.waitForStarted(10000));
    if (!input.isEmpty()) p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}


} // namespace ow::test::cli
