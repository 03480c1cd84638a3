#include "Cli.h"

#include "devicekit/DeviceManager.h"
#include "devicekit/DeviceSettings.h"
#include "devicekit/PluginRegistry.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace ow::cli {
namespace {

struct Check {
    QString name;
    bool ok = false;
    QString detail;
};

} // namespace

// self-test: the checks an officer or technician runs when a workstation misbehaves. Each check
// prints one line on stderr; JSON with every check goes to stdout. Exit 0 only if all pass.
int runSelfTest(Context &ctx, const QStringList &args)
{
    if (args.size() > args.filter(QStringLiteral("--as-of=")).size()) {
        ctx.err << QCoreApplication::translate("ow::cli", "Usage: onewindow-cli self-test [--profile NAME] [--data-dir DIR]") << "\n";
        return kUsage;
    }
    QList<Check> checks;
    auto report = [&](Check c) {
        ctx.err << "  " << (c.ok ? QCoreApplication::translate("ow::cli", "PASS") : QCoreApplication::translate("ow::cli", "FAIL"))
                << "  " << c.name << ": " << c.detail << "\n";
        ctx.err.flush();
        checks.append(std::move(c));
    };

    // 1. The profile's data folder.
    const auto dirOk = ctx.profile.ensureDataDir();
    report({QCoreApplication::translate("ow::cli", "data folder"), dirOk.ok(),
            dirOk ? QDir::toNativeSeparators(ctx.profile.dataDir()) : dirOk.error().message});

    // 2. The database opens, is at a schema this version knows, and passes SQLite's integrity check.
    if (dirOk) {
        auto db = storage::Database::open(ctx.profile.databasePath());
        if (!db) {
            report({QCoreApplication::translate("ow::cli", "database"), false, db.error().message});
        } else {
            auto integrity = db.value().checkIntegrity();
            report({QCoreApplication::translate("ow::cli", "database"), integrity.ok(),
                    integrity ? QCoreApplication::translate("ow::cli", "schema %1, integrity ok").arg(db.value().schemaVersion()) : integrity.error().message});
            // A broken audit chain means someone edited the log: it must not go unnoticed.
            auto chain = storage::AuditLog::verify(db.value());
            if (!chain) {
                report({QCoreApplication::translate("ow::cli", "audit log"), false, chain.error().message});
            } else {
                const auto &v = chain.value();
                report({QCoreApplication::translate("ow::cli", "audit log"), v.ok,
                        v.ok ? QCoreApplication::translate("ow::cli", "%1 rows, chain intact").arg(v.rows)
                             : QCoreApplication::translate("ow::cli", "broken at row %1: %2").arg(v.firstBrokenSeq).arg(v.problem)});
            }
        }
    } else {
        report({QCoreApplication::translate("ow::cli", "database"), false, QCoreApplication::translate("ow::cli", "skipped: no data folder")});
        report({QCoreApplication::translate("ow::cli", "audit log"), false, QCoreApplication::translate("ow::cli", "skipped: no data folder")});
    }

    // 3. Plugins: the folder exists and every configured plugin is usable.
    devicekit::PluginRegistry registry(ctx.pluginDir);
    registry.discover();
    int usable = 0;
    QStringList unusable;
    for (const auto &e : registry.entries()) {
        if (e.usable) ++usable;
        else unusable << QStringLiteral("%1 (%2)").arg(QFileInfo(e.file).fileName(), e.problem);
    }
    core::ProfileSettings settings(ctx.profile);
    const auto deviceSettings = devicekit::DeviceSettings::read(settings);
    QStringList missing;
    for (const auto &c : deviceSettings.devices)
        if (!registry.find(c.pluginId)) missing << c.pluginId;
    QString pluginDetail = QCoreApplication::translate("ow::cli", "%1 usable in %2").arg(usable).arg(QDir::toNativeSeparators(registry.pluginDir()));
    if (!unusable.isEmpty()) pluginDetail += QCoreApplication::translate("ow::cli", "; skipped: %1").arg(unusable.join(QStringLiteral(", ")));
    if (!missing.isEmpty()) pluginDetail += QCoreApplication::translate("ow::cli", "; configured but not usable: %1").arg(missing.join(QStringLiteral(", ")));
    report({QCoreApplication::translate("ow::cli", "device plugins"), usable > 0 && missing.isEmpty(), pluginDetail});

    // 4. Every configured device opens and reports Ready.
    if (deviceSettings.devices.isEmpty()) {
        report({QCoreApplication::translate("ow::cli", "devices"), true, QCoreApplication::translate("ow::cli", "none configured for this profile")});
    } else {
        devicekit::DeviceManager manager(registry);
        auto timing = deviceSettings.timing;
        timing.reopenInitialMs = 1 << 30;  // one attempt each: a self-test reports, it does not retry
        manager.setTiming(timing);
        manager.setAllowSimulators(ctx.profile.isPractice());
        manager.start(deviceSettings.devices);
        QDeadlineTimer deadline(timing.openTimeoutMs + 2000);
        while (!manager.settled() && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(5);
        }
        for (const auto &h : manager.health()) {
            const bool ok = h.state == devicekit::DeviceState::Ready;
            const QString what = QStringLiteral("%1 (%2)").arg(devicekit::deviceKindDisplayName(h.kind), h.pluginId);
            report({what, ok, ok ? devicekit::deviceStateDisplayName(h.state)
                                 : (h.reason.isEmpty() ? devicekit::deviceStateDisplayName(h.state) : h.reason)});
        }
        manager.stop();
    }

    bool all = true;
    QJsonArray out;
    for (const auto &c : checks) {
        all = all && c.ok;
        out.append(QJsonObject{{"check", c.name}, {"ok", c.ok}, {"detail", c.detail}});
    }
    printJson(ctx.out, QJsonObject{{"profile", ctx.profile.name()}, {"ok", all}, {"checks", out}});
    ctx.err << (all ? QCoreApplication::translate("ow::cli", "Self-test passed.") : QCoreApplication::translate("ow::cli", "Self-test FAILED.")) << "\n";
    return all ? kOk : kFailure;
}

} // namespace ow::cli
