#include "Cli.h"

#include "catalog/CatalogStore.h"
#include "catalog/Guide.h"
#include "storage/AuditLog.h"
#include "storage/Officers.h"
#include "storage/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QLocale>

namespace ow::cli {
namespace {

QString language() { return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh"); }

int usageError(Context &ctx, const QString &message)
{
    ctx.err << message << "\n"
            << QCoreApplication::translate("ow::cli",
                                           "Usage: onewindow-cli catalog list [--category C] | catalog show CODE | catalog check FILE |\n"
                                           "       catalog install FILE --officer N | guide CODE [--answers k=v,...] [--enumerate]\n"
                                           "       [--catalog FILE] [--as-of YYYY-MM-DD]")
            << "\n";
    ctx.err.flush();
    return kUsage;
}


QString storeDir(const Context &ctx) { return QDir(ctx.profile.dataDir()).filePath(QStringLiteral("catalog")); }

// --catalog FILE, or the catalog the profile uses (an installed update or the built-in one).
core::Result<std::shared_ptr<const catalog::Catalog>> openCatalog(Context &ctx)
{
    if (ctx.isSet(QStringLiteral("catalog"))) {
        catalog::CatalogLoad load = catalog::Catalog::load(ctx.option(QStringLiteral("catalog")), false);
        if (!load.ok())
            return core::makeError(QStringLiteral("catalog.invalid"),
                                   QCoreApplication::translate("ow::cli", "The catalog has errors; run \"catalog check\" on it."),
                                   load.summary(3));
        return load.catalog;
    }
    catalog::CatalogStore store(storeDir(ctx));
    return store.current();
}

void printLine(Context &ctx, const QJsonObject &o)
{
    ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
}

int list(Context &ctx, const QStringList &args)
{
    if (!args.isEmpty()) return usageError(ctx, QCoreApplication::translate("ow::cli", "Unexpected argument \"%1\".").arg(args.first()));
    std::optional<catalog::Category> only;
    if (ctx.isSet(QStringLiteral("category"))) {
        only = catalog::categoryFromKey(ctx.option(QStringLiteral("category")));
        if (!only)
            return usageError(ctx, QCoreApplication::translate("ow::cli", "Unknown category \"%1\": use household, traffic, exitentry, publicorder or other.")
                                       .arg(ctx.option(QStringLiteral("category"))));
    }
    auto cat = openCatalog(ctx);
    if (!cat) return printFailure(ctx, cat.error());
    for (const catalog::Matter &m : cat.value()->matters()) {
        if (only && m.category != *only) continue;
        printLine(ctx, {{"code", m.code}, {"name", m.name.in(language())}, {"category", catalog::categoryKey(m.category)}});
    }
    ctx.out.flush();
    return kOk;
}

QJsonArray texts(const QList<catalog::LocalText> &list)
{
    QJsonArray a;
    for (const catalog::LocalText &t : list) a.append(t.in(language()));
    return a;
}

int show(Context &ctx, const QStringList &args)
{
    if (args.size() != 1) return usageError(ctx, QCoreApplication::translate("ow::cli", "catalog show takes one matter code."));
    auto cat = openCatalog(ctx);
    if (!cat) return printFailure(ctx, cat.error());
    const catalog::Matter *m = cat.value()->find(args.first());
    if (!m)
        return printFailure(ctx, core::makeError(QStringLiteral("catalog.unknown-matter"),
                                         QCoreApplication::translate("ow::cli", "No matter has the code \"%1\".").arg(args.first())));
    const QString lang = language();
    QJsonArray questions;
    for (const catalog::GuideQuestion &q : m->questions) {
        static const char *types[] = {"single", "multiple", "number", "date"};
        QJsonObject j{{"id", q.id}, {"text", q.text.in(lang)}, {"type", QLatin1String(types[int(q.type)])},
                      {"conditional", q.when.op() != catalog::Condition::Op::Always}};
        QJsonArray options;
        for (const catalog::QuestionOption &o : q.options) options.append(QJsonObject{{"value", o.value}, {"label", o.label.in(lang)}});
        if (!options.isEmpty()) j["options"] = options;
        questions.append(j);
    }
    QJsonArray materials;
    for (const catalog::Material &mat : m->materials)
        materials.append(QJsonObject{{"id", mat.id}, {"name", mat.name.in(lang)}, {"originals", mat.originals}, {"copies", mat.copies},
                                     {"conditional", mat.when.op() != catalog::Condition::Op::Always}, {"reviewPoints", texts(mat.reviewPoints)}});
    QJsonArray fees;
    for (const catalog::Fee &f : m->fees) {
        QJsonArray ex;
        for (const catalog::FeeExemption &e : f.exemptions)
            ex.append(QJsonObject{{"id", e.id}, {"name", e.name.in(lang)}, {"amountFen", double(e.amountFen)}});
        fees.append(QJsonObject{{"id", f.id}, {"name", f.name.in(lang)}, {"amountFen", double(f.amountFen)}, {"exemptions", ex}});
    }
    printJson(ctx.out, QJsonObject{{"code", m->code},
                                   {"name", m->name.in(lang)},
                                   {"category", catalog::categoryKey(m->category)},
                                   {"catalogVersion", cat.value()->version()},
                                   {"legalBasis", texts(m->legalBasis)},
                                   {"instant", m->instant},
                                   {"deadlineWorkingDays", m->deadlineWorkingDays},
                                   {"questions", questions},
                                   {"materials", materials},
                                   {"fees", fees}});
    return kOk;
}

int check(Context &ctx, const QStringList &args)
{
    if (args.size() != 1) return usageError(ctx, QCoreApplication::translate("ow::cli", "catalog check takes one file."));
    const catalog::CatalogLoad load = catalog::Catalog::load(args.first(), true);
    QJsonArray errors;
    for (const catalog::CatalogError &e : load.errors) {
        errors.append(QJsonObject{{"matter", e.matter}, {"field", e.field}, {"message", e.message}});
        ctx.err << e.toString() << "\n";
    }
    QJsonObject o{{"ok", load.errors.isEmpty()}, {"errors", errors}};
    if (load.catalog) {
        o["version"] = load.catalog->version();
        o["matters"] = int(load.catalog->matters().size());
    }
    printJson(ctx.out, o);
    ctx.err.flush();
    return load.errors.isEmpty() ? kOk : kFailure;
}

// Installing changes what every officer of the profile is guided by: a supervisor or an admin does it, audited.
int install(Context &ctx, const QStringList &args)
{
    if (args.size() != 1) return usageError(ctx, QCoreApplication::translate("ow::cli", "catalog install takes one file."));
    auto store = openStore(ctx);
    if (!store) return kFailure;
    auto who = authenticate(ctx, *store);
    if (!who) return kFailure;
    const storage::Officer &officer = who.value().officer;
    if (!officer.has(storage::Role::Supervisor) && !officer.has(storage::Role::Admin))
        return printFailure(ctx, core::makeError(QStringLiteral("catalog.forbidden"),
                                         QCoreApplication::translate("ow::cli", "Only a duty chief (supervisor) or an admin may install a catalog.")));
    catalog::CatalogStore catalogs(storeDir(ctx));
    auto result = catalogs.install(args.first());
    if (!result) return printFailure(ctx, result.error());
    const catalog::CatalogInstall &r = result.value();
    if (!r.unchanged) {
        auto st = store->audit().append({officer.number, QString::fromLatin1(storage::audit::kCatalogInstall), r.version,
                                         QStringLiteral("from %1, %2 matters").arg(r.previousVersion).arg(r.matters)});
        if (!st) ctx.err << st.error().message << "\n";
    }
    printJson(ctx.out, QJsonObject{{"ok", true}, {"version", r.version}, {"previousVersion", r.previousVersion},
                                   {"matters", r.matters}, {"unchanged", r.unchanged}});
    return kOk;
}

} // namespace

int runCatalog(Context &ctx, const QStringList &args)
{
    QStringList words;
    if (!takeAsOf(ctx, args, words)) return kUsage;
    if (words.isEmpty()) return usageError(ctx, QCoreApplication::translate("ow::cli", "Missing catalog subcommand: use list, show, check or install."));
    const QString sub = words.takeFirst();
    if (sub == u"list") return list(ctx, words);
    if (sub == u"show") return show(ctx, words);
    if (sub == u"check") return check(ctx, words);
    if (sub == u"install") return install(ctx, words);
    return usageError(ctx, QCoreApplication::translate("ow::cli", "Unknown catalog subcommand \"%1\".").arg(sub));
}

int runGuide(Context &ctx, const QStringList &args)
{
    QStringList words;
    const auto asOf = takeAsOf(ctx, args, words);
    if (!asOf) return kUsage;
    if (words.size() != 1) return usageError(ctx, QCoreApplication::translate("ow::cli", "guide takes one matter code."));
    auto cat = openCatalog(ctx);
    if (!cat) return printFailure(ctx, cat.error());
    const catalog::Matter *m = cat.value()->find(words.first());
    if (!m)
        return printFailure(ctx, core::makeError(QStringLiteral("catalog.unknown-matter"),
                                         QCoreApplication::translate("ow::cli", "No matter has the code \"%1\".").arg(words.first())));
    const QString version = cat.value()->version();
    const QString lang = language();

    if (ctx.isSet(QStringLiteral("enumerate"))) {
        const catalog::Enumeration e = catalog::enumerate(*m, version, *asOf);
        QJsonArray situations;
        for (const catalog::Situation &s : e.situations) {
            QJsonObject j = s.checklist.toJson(lang);
            j["paths"] = double(s.paths);
            situations.append(j);
        }
        printJson(ctx.out, QJsonObject{{"code", m->code}, {"catalogVersion", version}, {"paths", double(e.paths)},
                                       {"truncated", e.truncated}, {"distinct", int(e.situations.size())}, {"situations", situations}});
        return kOk;
    }

    catalog::GuideAnswers answers;
    const QString spec = ctx.option(QStringLiteral("answers"));
    for (const QString &pair : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = pair.left(eq).trimmed();
        const catalog::GuideQuestion *q = eq > 0 ? m->question(key) : nullptr;
        if (!q) return usageError(ctx, QCoreApplication::translate("ow::cli", "\"%1\" is not a question of %2 (see catalog show).").arg(key, m->code));
        const QVariant v = catalog::Guide::parseAnswer(*q, pair.mid(eq + 1).trimmed());
        if (!v.isValid())
            return usageError(ctx, QCoreApplication::translate("ow::cli", "\"%1\" is not an answer to \"%2\".").arg(pair.mid(eq + 1), key));
        answers.insert(key, v);
    }
    QJsonObject o = catalog::Guide::evaluate(*m, answers, version, *asOf).toJson(lang);
    o["ok"] = true;
    printJson(ctx.out, o);
    return kOk;
}

} // namespace ow::cli
