#pragma once
// Helpers every test may use: a temporary folder per test, waiting on signals, paths of the build.

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>
#include <QTemporaryDir>

#include <functional>

namespace ow::test {

// A fresh folder, removed when the test ends.
class TempDir {
public:
    TempDir();
    [[nodiscard]] QString path() const { return m_dir.path(); }
    [[nodiscard]] QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// Processes events until `done` is true or `ms` pass; true when done.
bool waitUntil(const std::function<bool()> &done, int ms = 5000);

QString pluginDir();
QString binDir();
QString sourceDir();

// Catch2 prints QStrings readably in failure messages.
} // namespace ow::test

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
