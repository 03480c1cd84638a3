#pragma once
// onewindow-cli: results as JSON on stdout, human messages on stderr.
// Exit codes: 0 success, 1 a domain failure (invalid number, device not ready, ...), 2 usage error.

#include "core/Profile.h"
#include "core/Result.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace ow::storage {
class ProfileStore;
struct LoggedIn;
} // namespace ow::storage

namespace ow::cli {

enum Exit { kOk = 0, kFailure = 1, kUsage = 2 };

struct Context {
    QTextStream &out;
    QTextStream &err;
    core::Profile profile;
    QString pluginDir;
    const QCommandLineParser &parser;

    [[nodiscard]] QString option(const QString &name) const { return parser.value(name); }
    [[nodiscard]] QStringList options(const QString &name) const { return parser.values(name); }
    [[nodiscard]] bool isSet(const QString &name) const { return parser.isSet(name); }
};

// Passwords come from the OW_PASSWORD environment variable (for scripts) or, one per line, from
// standard input; never from the command line, where other users could read them.
QString readPassword(const QString &prompt, bool allowEnvironment = true);

// Logs in the officer named by --officer (password as above), or explains on stderr why not.
// Commands that read or write personal data call this first.
core::Result<storage::LoggedIn> authenticate(Context &ctx, storage::ProfileStore &store);

// Opens the profile's store, printing the reason on stderr when it cannot.
std::unique_ptr<storage::ProfileStore> openStore(Context &ctx);

// Each command gets the words after its name (e.g. for `id check X`: {"check", "X"}).
int runId(Context &ctx, const QStringList &args);
int runDevices(Context &ctx, const QStringList &args);
int runSelfTest(Context &ctx, const QStringList &args);
int runOfficer(Context &ctx, const QStringList &args);
int runAudit(Context &ctx, const QStringList &args);
int runSeed(Context &ctx, const QStringList &args);
int runCard(Context &ctx, const QStringList &args);
int runCatalog(Context &ctx, const QStringList &args);
int runGuide(Context &ctx, const QStringList &args);
int runPhoto(Context &ctx, const QStringList &args);
int runFace(Context &ctx, const QStringList &args);
int runNotify(Context &ctx, const QStringList &args);
int runAppointments(Context &ctx, const QStringList &args);
int runSync(Context &ctx, const QStringList &args);

// Splits a command's words from the --as-of=YYYY-MM-DD that main() passes along (the date that
// stands in for today in age and expiry rules). Prints the reason and returns nullopt for a bad date.
std::optional<QDate> takeAsOf(Context &ctx, const QStringList &args, QStringList &words);

void printJson(QTextStream &out, const QJsonObject &o);
// A domain failure: {"ok": false, "code", "error"} on stdout, the error described on stderr; kFailure.
int printFailure(Context &ctx, const core::Error &e);
void printJson(QTextStream &out, const QJsonArray &a);

} // namespace ow::cli
