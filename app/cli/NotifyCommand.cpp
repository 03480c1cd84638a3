#include "Cli.h"

#include "casework/Notifications.h"
#include "catalog/CatalogStore.h"
#include "core/Profile.h"
#include "storage/Cases.h"
#include "storage/Outbox.h"
#include "storage/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>

namespace ow::cli {
namespace {

int notifyUsage(Context &ctx)
{
    ctx.err << QCoreApplication::translate("ow::cli",
                                           "Usage: onewindow-cli notify remind-ready --officer NUMBER [--place TEXT] "
                                           "[--sms-lang zh|en]\n"
                                           "       onewindow-cli notify pending")
            << "\n";
    return kUsage;
}

// Pending text messages: a count, no personal data, so no login.
int pending(Context &ctx)
{
    auto store = openStore(ctx);
    if (!store) return kFailure;
    auto n = storage::pendingOutboxCount(store->db(), QLatin1String(casework::kNotificationEntity));
    if (!n) return printFailure(ctx, n.error());
    printJson(ctx.out, QJsonObject{{"pending", n.value()}});
    return kOk;
}

int remindReady(Context &ctx)
{
    // The hall's pickup place from the profile's settings unless the command names one.
    const QString place = ctx.isSet(QStringLiteral("place"))
                              ? ctx.option(QStringLiteral("place")).trimmed()
                              : core::ProfileSettings(ctx.profile).string(QStringLiteral("casework/pickupPlace"), QString()).trimmed();
    const QString language = ctx.isSet(QStringLiteral("sms-lang")) ? ctx.option(QStringLiteral("sms-lang")) : QStringLiteral("zh");
    if (place.isEmpty() || (language != u"zh" && language != u"en")) return notifyUsage(ctx);
    auto store = openStore(ctx);
    if (!store) return kFailure;
    auto who = authenticate(ctx, *store);
    if (!who) return kFailure;

    // Matter names from the catalog the profile uses; a matter it lacks is named by its code.
    catalog::CatalogStore catalogs(QDir(ctx.profile.dataDir()).filePath(QStringLiteral("catalog")));
    auto cat = catalogs.current();
    if (!cat) return printFailure(ctx, cat.error());
    const std::shared_ptr<const catalog::Catalog> catalog = cat.value();
    auto matterName = [&](const QString &code) {
        const catalog::Matter *m = catalog->find(code);
        return m ? m->name.in(language) : QString();
    };

    const QString counter = core::ProfileSettings(ctx.profile).string(QStringLiteral("counter/number"), QStringLiteral("01"));
    storage::CaseStore cases(store->db(), who.value().vault, store->audit(), counter, ctx.profile.isPractice(),
                             store->clock());
    casework::Notifier notifier(store->db(), who.value().vault, store->audit(), store->clock());
    auto run = notifier.remindReady(cases, matterName, place, who.value().officer.number, language);
    if (!run) return printFailure(ctx, run.error());
    auto waiting = notifier.pendingCount();
    if (!waiting) return printFailure(ctx, waiting.error());
    printJson(ctx.out, QJsonObject{{"queued", QJsonArray::fromStringList(run.value().queued)},
                                   {"alreadyToday", QJsonArray::fromStringList(run.value().alreadyToday)},
                                   {"withoutPhone", QJsonArray::fromStringList(run.value().withoutPhone)},
                                   {"pending", waiting.value()}});
    ctx.err << QCoreApplication::translate("ow::cli", "%n pickup reminder(s) queued.", nullptr,
                                           int(run.value().queued.size()))
            << "\n";
    return kOk;
}

} // namespace

int runNotify(Context &ctx, const QStringList &args)
{
    if (args == QStringList{QStringLiteral("remind-ready")}) return remindReady(ctx);
    if (args == QStringList{QStringLiteral("pending")}) return pending(ctx);
    return notifyUsage(ctx);
}

} // namespace ow::cli
