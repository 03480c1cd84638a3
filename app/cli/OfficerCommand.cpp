#include "Cli.h"

#include "storage/ProfileStore.h"
#include "storage/Vault.h"

#include <QCoreApplication>

#include <optional>
#include <unistd.h>

namespace ow::cli {
namespace {

// At a terminal a new password is typed twice: a typo in the first administrator's password would
// leave the profile's data key out of everyone's reach. Scripts give it once on stdin.
std::optional<QString> readNewPassword(Context &ctx, const QString &prompt)
{
    const QString first = readPassword(prompt, false);
    if (!isatty(STDIN_FILENO)) return first;
    const QString again = readPassword(QCoreApplication::translate("ow::cli", "The same password again: "), false);
    if (again != first) {
        ctx.err << QCoreApplication::translate("ow::cli", "The two passwords differ; nothing was changed.") << "\n";
        return std::nullopt;
    }
    return first;
}


QJsonObject officerJson(const storage::Officer &o)
{
    QJsonArray roles;
    for (auto r : o.roles) roles.append(storage::roleKey(r));
    QJsonObject j{{"number", o.number}, {"name", o.name}, {"roles", roles}, {"active", o.active}, {"demo", o.demo}};
    if (o.lockedUntil.isValid()) j.insert("lockedUntil", o.lockedUntil.toString(Qt::ISODate));
    return j;
}

int add(Context &ctx, storage::ProfileStore &store)
{
    storage::NewOfficer o;
    o.number = ctx.option(QStringLiteral("number")).trimmed();
    o.name = ctx.option(QStringLiteral("name")).trimmed();
    for (const QString &r : ctx.options(QStringLiteral("role"))) {
        const auto role = storage::roleFromKey(r.trimmed());
        if (!role) {
            ctx.err << QCoreApplication::translate("ow::cli", "Unknown role \"%1\": use officer, supervisor, trainer or admin.")
                           .arg(r)
                    << "\n";
            return kUsage;
        }
        if (!o.roles.contains(*role)) o.roles << *role;
    }
    if (o.number.isEmpty() || o.name.isEmpty() || o.roles.isEmpty()) {
        ctx.err << QCoreApplication::translate("ow::cli", "Usage: onewindow-cli officer add --number N --name NAME --role ROLE")
                << "\n";
        return kUsage;
    }
    auto &officers = store.officers();
    if (!officers.hasOfficers()) {
        // The first officer creates the profile's key; nobody else can vouch for them.
        auto suite = storage::cipherSuiteFromKey(ctx.isSet(QStringLiteral("cipher")) ? ctx.option(QStringLiteral("cipher"))
                                                                                      : QStringLiteral("xchacha20poly1305"));
        if (!suite) {
            ctx.err << QCoreApplication::translate("ow::cli", "Unknown cipher suite: use xchacha20poly1305 or sm4-ctr-hmac-sm3.")
                    << "\n";
            return kUsage;
        }
        const auto pw = readNewPassword(ctx, QCoreApplication::translate("ow::cli", "New password for %1: ").arg(o.number));
        if (!pw) return kFailure;
        auto created = officers.createFirstAdmin(o, *pw, store.kdfCost(), *suite);
        if (!created) {
            ctx.err << created.error().message << "\n";
            return kFailure;
        }
        printJson(ctx.out, officerJson(created.value().officer));
        return kOk;
    }
    auto admin = authenticate(ctx, store);
    if (!admin) return kFailure;
    const auto pw = readNewPassword(ctx, QCoreApplication::translate("ow::cli", "New password for %1: ").arg(o.number));
    if (!pw) return kFailure;
    auto added = officers.add(admin.value(), o, *pw, store.kdfCost());
    if (!added) {
        ctx.err << added.error().message << "\n";
        return kFailure;
    }
    printJson(ctx.out, officerJson(added.value()));
    return kOk;
}

int passwd(Context &ctx, storage::ProfileStore &store)
{
    // The current password is what authenticate() reads; the new one follows it.
    const QString number = ctx.option(QStringLiteral("officer"));
    const QString oldPassword = readPassword(QCoreApplication::translate("ow::cli", "Current password for %1: ").arg(number));
    auto who = store.officers().login(number, oldPassword);
    if (!who) {
        ctx.err << who.error().message << "\n";
        return kFailure;
    }
    const auto fresh = readNewPassword(ctx, QCoreApplication::translate("ow::cli", "New password: "));
    if (!fresh) return kFailure;
    if (auto st = store.officers().changePassword(who.value(), oldPassword, *fresh, store.kdfCost()); !st) {
        ctx.err << st.error().message << "\n";
        return kFailure;
    }
    ctx.err << QCoreApplication::translate("ow::cli", "Password changed.") << "\n";
    return kOk;
}

} // namespace

int runOfficer(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub != u"add" && sub != u"list" && sub != u"passwd") {
        ctx.err << QCoreApplication::translate("ow::cli", "Usage: onewindow-cli officer add|list|passwd") << "\n";
        return kUsage;
    }
    if (sub == u"passwd" && !ctx.isSet(QStringLiteral("officer"))) {
        ctx.err << QCoreApplication::translate("ow::cli", "Usage: onewindow-cli officer passwd --officer NUMBER") << "\n";
        return kUsage;
    }
    auto store = openStore(ctx);
    if (!store) return kFailure;
    if (sub == u"add") return add(ctx, *store);
    if (sub == u"passwd") return passwd(ctx, *store);
    auto list = store->officers().list();
    if (!list) {
        ctx.err << list.error().message << "\n";
        return kFailure;
    }
    QJsonArray out;
    for (const auto &o : list.value()) out.append(officerJson(o));
    printJson(ctx.out, out);
    return kOk;
}

} // namespace ow::cli
