#include "Cli.h"

#include "storage/ProfileStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSettings.h"

#include <QCoreApplication>

namespace ow::cli {
namespace {

int syncUsage(Context &ctx)
{
    ctx.err << QCoreApplication::translate("ow::cli",
                                           "Usage: onewindow-cli sync status\n"
                                           "       onewindow-cli sync now --officer NUMBER [--passes N]")
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

} // namespace

int runSync(Context &ctx, const QStringList &args)
{
    if (args.value(0) == u"status" && args.size() == 1) return status(ctx);
    if (args.value(0) == u"now" && args.size() == 1) return now(ctx);
    return syncUsage(ctx);
}

} // namespace ow::cli
