#include "Cli.h"

#include "storage/ProfileStore.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace ow::cli {

QString readPassword(const QString &prompt, bool allowEnvironment)
{
    if (allowEnvironment) {
        const QString env = qEnvironmentVariable("OW_PASSWORD");
        if (!env.isEmpty()) return env;
    }
    const bool tty = isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        std::fprintf(stderr, "%s", prompt.toLocal8Bit().constData());
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fprintf(stderr, "\n");
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return QString::fromStdString(line);
}

std::unique_ptr<storage::ProfileStore> openStore(Context &ctx)
{
    auto store = storage::ProfileStore::open(ctx.profile, {});
    if (!store) {
        ctx.err << store.error().message << "\n";
        return nullptr;
    }
    if (auto st = store.value()->ensureDemoAccounts(); !st) {
        ctx.err << st.error().message << "\n";
        return nullptr;
    }
    return std::move(store).value();
}

core::Result<storage::LoggedIn> authenticate(Context &ctx, storage::ProfileStore &store)
{
    const QString number = ctx.option(QStringLiteral("officer"));
    if (number.isEmpty()) {
        const auto e = core::makeError(QStringLiteral("cli.officer"),
                                       QCoreApplication::translate("ow::cli",
                                                                   "This command shows or changes personal data: give "
                                                                   "--officer NUMBER (password from OW_PASSWORD or stdin)."));
        ctx.err << e.message << "\n";
        return e;
    }
    const QString password =
        readPassword(QCoreApplication::translate("ow::cli", "Password for officer %1: ").arg(number));
    auto who = store.officers().login(number, password);
    if (!who) ctx.err << who.error().message << "\n";
    return who;
}

} // namespace ow::cli
