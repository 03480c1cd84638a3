#include "Cli.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace ow::cli {
namespace {

void printUsage(QTextStream &err)
{
    err << QCoreApplication::translate("ow::cli", "Usage: onewindow-cli audit verify [--profile NAME] [--data-dir DIR]") << "\n";
    err.flush();
}

// The database could not be opened or read: the chain cannot be vouched for, which is a failure
// (exit 1), not a usage error.
int failToRead(Context &ctx, const core::Error &error)
{
    printJson(ctx.out, QJsonObject{{"ok", false}, {"code", error.code}, {"error", error.message}});
    ctx.err << QCoreApplication::translate("ow::cli", "The audit log cannot be read: %1").arg(error.describe()) << "\n";
    ctx.err.flush();
    return kFailure;
}

} // namespace

// audit verify: walks the profile's hash-chained audit log and names the first broken row. It
// reads no personal data (subjects are masked and not printed), so it needs no officer login.
int runAudit(Context &ctx, const QStringList &args)
{
    if (args.isEmpty()) {
        ctx.err << QCoreApplication::translate("ow::cli", "Missing audit subcommand: use verify.") << "\n";
        printUsage(ctx.err);
        return kUsage;
    }
    if (args.first() != u"verify") {
        ctx.err << QCoreApplication::translate("ow::cli", "Unknown audit subcommand \"%1\": use verify.").arg(args.first()) << "\n";
        printUsage(ctx.err);
        return kUsage;
    }
    if (args.size() > 1) {
        ctx.err << QCoreApplication::translate("ow::cli", "Unexpected argument \"%1\" after \"audit verify\".").arg(args.at(1)) << "\n";
        printUsage(ctx.err);
        return kUsage;
    }

    // A fresh profile has no folder yet; opening creates its (empty) database, which verifies.
    if (auto dir = ctx.profile.ensureDataDir(); !dir) return failToRead(ctx, dir.error());
    auto db = storage::Database::open(ctx.profile.databasePath());
    if (!db) return failToRead(ctx, db.error());
    auto result = storage::AuditLog::verify(db.value());
    if (!result) return failToRead(ctx, result.error());

    const storage::AuditVerification &v = result.value();
    QJsonObject o{{"ok", v.ok}, {"rows", v.rows}};
    if (!v.ok) {
        o.insert(QStringLiteral("firstBrokenSeq"), v.firstBrokenSeq);
        o.insert(QStringLiteral("problem"), v.problem);
    }
    printJson(ctx.out, o);
    // Computed outside the translate() call: lupdate's parser hangs on template arguments there.
    const int rowCount = int(std::min<qint64>(v.rows, std::numeric_limits<int>::max()));
    if (v.ok)
        ctx.err << QCoreApplication::translate("ow::cli", "Audit log intact: %n row(s) checked.", nullptr, rowCount);
    else
        ctx.err << QCoreApplication::translate("ow::cli", "Audit log broken at row %1: %2").arg(v.firstBrokenSeq).arg(v.problem);
    ctx.err << "\n";
    ctx.err.flush();
    return v.ok ? kOk : kFailure;
}

} // namespace ow::cli
