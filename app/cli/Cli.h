#pragma once
// onewindow-cli: results as JSON on stdout, human messages on stderr.
// Exit codes: 0 success, 1 a domain failure (invalid number, device not ready, ...), 2 usage error.

#include "core/Profile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace ow::cli {

enum Exit { kOk = 0, kFailure = 1, kUsage = 2 };

struct Context {
    QTextStream &out;
    QTextStream &err;
    core::Profile profile;
    QString pluginDir;
};

// Each command gets the words after its name (e.g. for `id check X`: {"check", "X"}).
int runId(Context &ctx, const QStringList &args);
int runDevices(Context &ctx, const QStringList &args);
int runSelfTest(Context &ctx, const QStringList &args);
int runAudit(Context &ctx, const QStringList &args);

void printJson(QTextStream &out, const QJsonObject &o);
void printJson(QTextStream &out, const QJsonArray &a);

} // namespace ow::cli
