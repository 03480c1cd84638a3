#include "Cli.h"

#include "core/Profile.h"
#include "storage/ProfileStore.h"
#include "sync/Enrolment.h"
#include "sync/SyncEngine.h"
#include "sync/SyncProblems.h"
#include "sync/SyncSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace ow::cli {
namespace {

int syncUsage(Context &ctx)
{
    ctx.err << QCoreApplication::translate("ow::cli",
                                           "Usage: onewindow-cli sync status\n"
                                           "       onewindow-cli sync now --officer NUMBER [--passes N]\n"
                                           "       onewindow-cli sync configure --server https://HOST:PORT --ca FILE "
                                           "--cert FILE --key FILE\n"
                                           "       onewindow-cli sync enrol --server https://HOST:PORT --enrol-url "
                                           "https://HOST:PORT --ca FILE --code CODE")
            << "\n";
    return kUsage;
}

// Counts and dates only, no personal data: no login.
int status(Context &ctx)
{
    auto store = openStore(ctx);
    if (!store) return kFailure;
    const auto settings = sync::SyncSettings::fromProfile(ctx.profile);
    auto s = sync::readSyncStatus(store->db(), settings.configured());
    if (!s) return printFailure(ctx, s.error());
    QJsonObject o = s.value().toJson();
    o.insert(QStringLiteral("server"), settings.server);
    // What needs an officer: the same entries as the client's Sync problems dialog.
    auto problems = sync::listSyncProblems(store->db());
    if (!problems) return printFailure(ctx, problems.error());
    QJsonArray list;
    for (const sync::SyncProblem &p : problems.value()) {
        list.append(p.toJson());
        ctx.err << p.key << ": " << p.counterDid << " / " << p.centreSays << " — " << p.reason << "\n";
    }
    o.insert(QStringLiteral("problemList"), list);
    printJson(ctx.out, o);
    return kOk;
}

int now(Context &ctx)
{
    const int passes = ctx.isSet(QStringLiteral("passes")) ? ctx.option(QStringLiteral("passes")).toInt() : 1;
    if (passes < 1) return syncUsage(ctx);
    auto store = openStore(ctx);
    if (!store) return kFailure;
    // The outbox and the cases are sealed: an officer's key opens them.
    auto who = authenticate(ctx, *store);
    if (!who) return kFailure;
    const auto settings = sync::SyncSettings::fromProfile(ctx.profile);
    sync::SyncEngine engine(store->db(), who.value().vault, store->audit(), settings, store->clock());
    const sync::SyncReport report = engine.runUntilDone(passes);
    auto s = sync::readSyncStatus(store->db(), settings.configured());
    QJsonObject o = report.toJson();
    if (s) o.insert(QStringLiteral("status"), s.value().toJson());
    printJson(ctx.out, o);
    for (const QString &p : report.problems) ctx.err << p << "\n";
    if (report.failure) {
        ctx.err << report.failure->message << "\n";
        return kFailure;
    }
    return kOk;
}

// Points the profile at a central service: the settings sync/server, sync/caFile, sync/certFile
// and sync/keyFile (paths as given; relative ones are relative to the profile's folder).
int configure(Context &ctx)
{
    const QString server = ctx.option(QStringLiteral("server")).trimmed();
    if (!server.startsWith(u"https://") || ctx.option(QStringLiteral("ca")).isEmpty() ||
        ctx.option(QStringLiteral("cert")).isEmpty() || ctx.option(QStringLiteral("key")).isEmpty())
        return syncUsage(ctx);
    if (auto st = ctx.profile.ensureDataDir(); !st) return printFailure(ctx, st.error());
    core::ProfileSettings settings(ctx.profile);
    settings.setValue(QStringLiteral("sync/server"), server);
    settings.setValue(QStringLiteral("sync/caFile"), ctx.option(QStringLiteral("ca")));
    settings.setValue(QStringLiteral("sync/certFile"), ctx.option(QStringLiteral("cert")));
    settings.setValue(QStringLiteral("sync/keyFile"), ctx.option(QStringLiteral("key")));
    if (auto st = settings.sync(); !st) return printFailure(ctx, st.error());
    const auto s = sync::SyncSettings::fromProfile(ctx.profile);
    printJson(ctx.out, QJsonObject{{"ok", true}, {"server", s.server}, {"caFile", s.caFile}, {"certFile", s.certFile},
                                   {"keyFile", s.keyFile}});
    return kOk;
}

// Exchanges the administrator's one-time code for this workstation's certificate (written into
// the profile's pki/ folder) and points the profile at the central service.
int enrol(Context &ctx)
{
    const QString server = ctx.option(QStringLiteral("server")).trimmed();
    const QString enrolUrl = ctx.option(QStringLiteral("enrol-url")).trimmed();
    const QString code = ctx.option(QStringLiteral("code")).trimmed();
    const QString ca = ctx.option(QStringLiteral("ca"));
    if (!server.startsWith(u"https://") || !enrolUrl.startsWith(u"https://") || code.isEmpty() || ca.isEmpty())
        return syncUsage(ctx);
    if (auto st = ctx.profile.ensureDataDir(); !st) return printFailure(ctx, st.error());
    auto done = sync::enrolWorkstation(enrolUrl, ca, code, QDir(ctx.profile.dataDir()).filePath(QStringLiteral("pki")));
    if (!done) return printFailure(ctx, done.error());
    core::ProfileSettings settings(ctx.profile);
    settings.setValue(QStringLiteral("sync/server"), server);
    settings.setValue(QStringLiteral("sync/caFile"), QStringLiteral("pki/ca.pem"));
    settings.setValue(QStringLiteral("sync/certFile"), QStringLiteral("pki/client.pem"));
    settings.setValue(QStringLiteral("sync/keyFile"), QStringLiteral("pki/client.key"));
    if (auto st = settings.sync(); !st) return printFailure(ctx, st.error());
    printJson(ctx.out, QJsonObject{{"ok", true}, {"workstation", done->workstation}, {"server", server},
                                   {"certFile", done->certFile}});
    return kOk;
}

} // namespace

int runSync(Context &ctx, const QStringList &args)
{
    if (args.value(0) == u"status" && args.size() == 1) return status(ctx);
    if (args.value(0) == u"now" && args.size() == 1) return now(ctx);
    if (args.value(0) == u"configure" && args.size() == 1) return configure(ctx);
    if (args.value(0) == u"enrol" && args.size() == 1) return enrol(ctx);
    return syncUsage(ctx);
}

} // namespace ow::cli
