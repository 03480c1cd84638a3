#include "Cli.h"

#include "identity/Regions.h"

#include "core/Gender.h"
#include "core/IdNumber.h"
#include "core/Regions.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace ow::cli {
namespace {


void printUsage(QTextStream &err)
{
    err << QCoreApplication::translate("ow::cli",
                                       "Usage: onewindow-cli id check NUMBER [--as-of YYYY-MM-DD]\n"
                                       "       onewindow-cli id upgrade NUMBER15")
        << "\n";
    err.flush();
}

// Down to the county where the table knows it (identity's GB/T 2260 table). Taiwan permit
// numbers start 830000, which is no GB/T 2260 code; Taiwan's province code is 71.
QString regionNameOf(const core::IdNumber &id)
{
    const QString province = id.regionCode().left(2);
    if (id.kind() == core::IdNumberKind::HkMacauTaiwanPermit && province == u"83")
        return core::provinceName(u"71");
    const QString full = identity::RegionTable::builtIn().fullName(id.regionCode());
    return full.isEmpty() ? core::provinceName(province) : full;
}

int runCheck(Context &ctx, const QString &input, QDate today)
{
    QJsonObject o;
    o.insert(QStringLiteral("input"), input);
    const auto id = core::IdNumber::parse(input, today);
    if (!id) {
        o.insert(QStringLiteral("valid"), false);
        o.insert(QStringLiteral("reason"), id.error().message);
        o.insert(QStringLiteral("code"), id.error().code);
        o.insert(QStringLiteral("normalized"), core::IdNumber::normalize(input));
        printJson(ctx.out, o);
        return kFailure;
    }
    const core::IdNumber &n = id.value();
    o.insert(QStringLiteral("valid"), true);
    o.insert(QStringLiteral("reason"), QString());
    o.insert(QStringLiteral("code"), QString());
    o.insert(QStringLiteral("normalized"), n.text());
    o.insert(QStringLiteral("kind"), core::idNumberKindKey(n.kind()));
    o.insert(QStringLiteral("region"), n.regionCode());
    o.insert(QStringLiteral("regionName"), regionNameOf(n));
    o.insert(QStringLiteral("birthDate"), n.birthDate().toString(Qt::ISODate));
    o.insert(QStringLiteral("gender"), core::genderKey(n.gender()));
    o.insert(QStringLiteral("age"), n.ageOn(today));
    o.insert(QStringLiteral("masked"), n.masked());
    if (n.kind() == core::IdNumberKind::ForeignPermanent)
        o.insert(QStringLiteral("nationality"), n.nationalityCode());
    printJson(ctx.out, o);
    return kOk;
}

int runUpgrade(Context &ctx, const QString &input, QDate today)
{
    const auto upgraded = core::IdNumber::upgrade15(input, today);
    if (!upgraded) {
        ctx.err << upgraded.error().message << "\n";
        ctx.err.flush();
        return kFailure;
    }
    ctx.out << upgraded.value() << "\n";
    ctx.out.flush();
    return kOk;
}

} // namespace

// id check NUMBER | id upgrade NUMBER15, with an optional --as-of=YYYY-MM-DD standing in for
// today so scripts and tests get the same answer on any day.
int runId(Context &ctx, const QStringList &args)
{
    QStringList words;
    const auto asOf = takeAsOf(ctx, args, words);
    if (!asOf) return kUsage;
    const QDate today = *asOf;

    if (words.isEmpty()) {
        ctx.err << QCoreApplication::translate("ow::cli", "Missing id subcommand: use check or upgrade.") << "\n";
        printUsage(ctx.err);
        return kUsage;
    }
    const QString sub = words.first();
    if (sub != u"check" && sub != u"upgrade") {
        ctx.err << QCoreApplication::translate("ow::cli", "Unknown id subcommand \"%1\": use check or upgrade.")
                       .arg(sub)
                << "\n";
        printUsage(ctx.err);
        return kUsage;
    }
    if (words.size() < 2) {
        ctx.err << QCoreApplication::translate("ow::cli", "Missing NUMBER after \"id %1\".").arg(sub) << "\n";
        printUsage(ctx.err);
        return kUsage;
    }
    if (words.size() > 2) {
        ctx.err << QCoreApplication::translate("ow::cli", "Too many arguments after \"id %1\": give one number.")
                       .arg(sub)
                << "\n";
        printUsage(ctx.err);
        return kUsage;
    }

    return sub == u"check" ? runCheck(ctx, words.at(1), today) : runUpgrade(ctx, words.at(1), today);
}

} // namespace ow::cli
