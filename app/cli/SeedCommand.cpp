#include "Cli.h"

#include "core/Profile.h"
#include "storage/AuditLog.h"
#include "storage/Cases.h"
#include "storage/ProfileStore.h"
#include "storage/SyntheticCases.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace ow::cli {
namespace {

// Large enough that the per-transaction fsync (synchronous=FULL) costs little, small enough that
// a batch's records stay a few megabytes and progress shows every few seconds.
constexpr int kBatch = 5000;
constexpr qint64 kMaxCases = 5000000;

QString seedUsage()
{
    return QCoreApplication::translate("ow::cli", "Usage: onewindow-cli seed --cases N [--seed S] --officer NUMBER");
}

} // namespace

int runSeed(Context &ctx, const QStringList &args)
{
    if (!args.isEmpty() || !ctx.isSet(QStringLiteral("cases"))) {
        ctx.err << seedUsage() << "\n";
        return kUsage;
    }
    bool ok = false;
    const qint64 total = ctx.option(QStringLiteral("cases")).trimmed().toLongLong(&ok);
    if (!ok || total <= 0 || total > kMaxCases) {
        ctx.err << QCoreApplication::translate("ow::cli", "--cases must be a whole number from 1 to %1.").arg(kMaxCases)
                << "\n";
        return kUsage;
    }
    quint64 seed = 1;  // the same data every time unless asked otherwise
    if (ctx.isSet(QStringLiteral("seed"))) {
        seed = ctx.option(QStringLiteral("seed")).trimmed().toULongLong(&ok);
        if (!ok) {
            ctx.err << QCoreApplication::translate("ow::cli", "--seed must be a whole number.") << "\n";
            return kUsage;
        }
    }

    // Synthetic cases in a real profile would go to the central service with its outbox: only
    // practice (whose data never leaves it) may be filled. Benchmarks use their own profiles.
    if (!ctx.profile.isPractice()) {
        ctx.err << QCoreApplication::translate("ow::cli",
                                               "seed fills only the practice profile: synthetic cases must never mix "
                                               "with real ones. Add --profile practice.")
                << "\n";
        return kFailure;
    }
    auto store = openStore(ctx);
    if (!store) return kFailure;
    auto who = authenticate(ctx, *store);
    if (!who) return kFailure;
    const QString officer = who.value().officer.number;

    const QString counter = core::ProfileSettings(ctx.profile).string(QStringLiteral("counter/number"), QStringLiteral("01"));
    storage::CaseStore cases(store->db(), who.value().vault, store->audit(), counter, ctx.profile.isPractice(),
                             store->clock());
    storage::SyntheticCases generator(seed, store->clock().now());

    QElapsedTimer timer;
    timer.start();
    qint64 done = 0;
    while (done < total) {
        QList<storage::CaseRecord> batch = generator.batch(int(std::min(qint64(kBatch), total - done)));
        const QString detail = QStringLiteral("synthetic cases, seed %1, %2 from %3").arg(seed).arg(batch.size()).arg(done + 1);
        if (auto st = cases.createMany(batch, officer, detail); !st) {
            ctx.err << QCoreApplication::translate("ow::cli", "Seeding stopped after %1 cases: %2")
                           .arg(done)
                           .arg(st.error().message)
                    << "\n";
            return kFailure;
        }
        done += batch.size();
        ctx.err << QCoreApplication::translate("ow::cli", "seeded %1 / %2").arg(done).arg(total) << "\n";
        ctx.err.flush();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    // The batches are audited as case.create; this row says they were synthetic, and how made.
    if (auto st = store->audit().append({officer, storage::audit::kSeed, ctx.profile.name(),
                                         QStringLiteral("%1 synthetic cases, seed %2").arg(total).arg(seed)});
        !st) {
        ctx.err << st.error().message << "\n";
        return kFailure;
    }
    printJson(ctx.out, QJsonObject{{"cases", double(total)},
                                   {"seconds", seconds},
                                   {"casesPerSecond", seconds > 0 ? double(total) / seconds : 0.0}});
    return kOk;
}

} // namespace ow::cli
