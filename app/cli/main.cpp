#include "Cli.h"

#include "core/Translations.h"
#include "devicekit/PluginRegistry.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLocale>

namespace ow::cli {

void printJson(QTextStream &out, const QJsonObject &o)
{
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    out.flush();
}

std::optional<QDate> takeAsOf(Context &ctx, const QStringList &args, QStringList &words)
{
    static const QString prefix = QStringLiteral("--as-of=");
    QDate today = QDate::currentDate();
    for (const QString &a : args) {
        if (!a.startsWith(prefix)) {
            words << a;
            continue;
        }
        today = QDate::fromString(a.mid(prefix.size()), Qt::ISODate);
        if (!today.isValid()) {
            ctx.err << QCoreApplication::translate("ow::cli", "Invalid --as-of date \"%1\": use YYYY-MM-DD.")
                           .arg(a.mid(prefix.size()))
                    << "\n";
            ctx.err.flush();
            return std::nullopt;
        }
    }
    return today;
}

int printFailure(Context &ctx, const core::Error &e)
{
    printJson(ctx.out, QJsonObject{{"ok", false}, {"code", e.code}, {"error", e.message}});
    ctx.err << e.describe() << "\n";
    ctx.err.flush();
    return kFailure;
}

void printJson(QTextStream &out, const QJsonArray &a)
{
    out << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace ow::cli

namespace {

QString usage()
{
    return QCoreApplication::translate("ow::cli",
        "Usage: onewindow-cli [options] COMMAND ...\n"
        "\n"
        "Commands:\n"
        "  self-test                 check the profile's data folder, database, plugins and devices\n"
        "  devices list              list device plugins and the devices they offer\n"
        "  id check NUMBER           validate an ID number (JSON; exit 1 when invalid)\n"
        "  id upgrade NUMBER15       print the 18-digit form of a 15-digit number\n"
        "  officer add --number N --name NAME --role ROLE [--role ROLE...]\n"
        "                            add an officer (password from stdin). The first officer of a\n"
        "                            profile must be an admin; later ones need --officer ADMIN\n"
        "  officer list              list the profile's officers\n"
        "  officer passwd --officer N  change a password (old, then new, from stdin)\n"
        "  audit verify              check the audit log's hash chain (JSON; exit 1 when broken)\n"
        "  seed --profile practice --cases N [--seed S] --officer N\n"
        "                            add N synthetic cases to the practice profile\n"
        "  card decode FILE          decode a 256-byte card text block or a reader's whole answer\n"
        "                            frame (JSON with every field and the card kind)\n"
        "  card read --port TTY [--baud N] [--timeout MS]\n"
        "                            read one card through the serial SAM reader driver (JSON; exit 1\n"
        "                            with the reason when no card was read)\n"
        "  card simulate [--card FILE] [--scenario NAME] [--baud N]\n"
        "                            run a simulated reader on a new pseudo-terminal and print its\n"
        "                            path; until Ctrl+C (SIGINT) or SIGTERM\n"
        "  catalog list [--category C]  the service catalog's matters, one JSON line each\n"
        "  catalog show CODE         one matter: questions, materials, fees (JSON)\n"
        "  catalog check FILE        check a catalog file; every error, exit 1 when there is one\n"
        "  catalog install FILE      check and install a newer catalog for the profile (supervisor or\n"
        "                            admin, with --officer)\n"
        "  guide CODE [--answers k=v,...] [--as-of DATE]\n"
        "                            the checklist for these answers (multiple choices as a|b)\n"
        "  guide CODE --enumerate    every distinct checklist, with how many answer paths lead to it\n"
        "                            (--catalog FILE: use that catalog instead of the profile's)\n"
        "  photo standardize IN OUT [--spec id-card|exit-entry]\n"
        "                            make a standard ID photo; JSON report of every check, exit 1\n"
        "                            with the reasons when the photo cannot meet the spec\n"
        "  photo sheet IN OUT.pdf    a 6-inch sheet of ten 1-inch photos with cut marks\n"
        "  face verify A B           same person? JSON score, threshold, decision and reason;\n"
        "                            exit 0 for a match, 1 otherwise (--models DIR: face models)\n"
        "  notify remind-ready --officer N [--place TEXT] [--sms-lang zh|en]\n"
        "                            queue a pickup reminder (SMS) for every case ready for pickup,\n"
        "                            at most one a day per case; the sync sends them (JSON). The place\n"
        "                            defaults to the setting casework/pickupPlace\n"
        "  notify pending            text messages queued and not yet sent (JSON)\n"
        "  appointments import FILE --officer N\n"
        "                            add appointments with pre-filled forms (a JSON array) to the\n"
        "                            profile's sealed appointment book\n"
        "  appointments list --officer N\n"
        "                            the appointments, ID numbers masked, with their QR texts (JSON)\n"
        "  sync status               last sync, pending operations, last failure (JSON)\n"
        "  sync now --officer N [--passes N]  sync with the central service now (JSON)\n"
        "  sync configure --server URL --ca F --cert F --key F  point the profile at a central service\n"
        "  sync enrol --server URL --enrol-url URL --ca F --code C  enrol this workstation with a one-time code\n"
        "\n"
        "Options (every command):\n"
        "  --profile NAME            counter, housecall or practice (default counter)\n"
        "  --data-dir DIR            data root; the profile's data lives in DIR/NAME\n"
        "  --plugin-dir DIR          device plugin folder\n"
        "  --lang zh_CN|en           language of messages (default: the system's)\n"
        "  --officer NUMBER          who runs the command; commands that touch personal data need it.\n"
        "                            The password comes from OW_PASSWORD or the first line of stdin\n"
        "  --version                 print the version\n"
        "\n");
}

} // namespace

int main(int argc, char **argv)
{
    // Printing and photo work need a GUI application but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationName(QStringLiteral("onewindow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption profileOpt("profile", "profile", "NAME", "counter");
    const QCommandLineOption dataDirOpt("data-dir", "data root", "DIR");
    const QCommandLineOption pluginDirOpt("plugin-dir", "plugin folder", "DIR");
    const QCommandLineOption langOpt("lang", "language", "LANG");
    const QCommandLineOption versionOpt("version", "version");
    const QCommandLineOption helpOpt(QStringList{"help", "h"}, "help");
    parser.addOptions({profileOpt, dataDirOpt, pluginDirOpt, langOpt, versionOpt, helpOpt});
    // Command-specific options are declared here too so that one parser sees the whole line.
    const QCommandLineOption asOfOpt("as-of", "date for age and validity checks", "YYYY-MM-DD");
    parser.addOptions({asOfOpt,
                       {"officer", "officer number of the person running the command", "NUMBER"},
                       {"number", "officer number (officer add)", "NUMBER"},
                       {"name", "officer name (officer add)", "NAME"},
                       {"role", "role: officer, supervisor, trainer, admin (repeatable)", "ROLE"},
                       {"cipher", "cipher suite of a new profile: xchacha20poly1305 or sm4-ctr-hmac-sm3", "SUITE"},
                       {"cases", "how many cases (seed)", "N"},
                       {"seed", "random seed (seed)", "N"},
                       {"port", "serial port of the ID reader (card read)", "TTY"},
                       {"baud", "line speed (card read, card simulate)", "N"},
                       {"timeout", "longest silence waited for in ms (card read)", "MS"},
                       {"card", "card file, JSON with a photo beside it (card simulate)", "FILE"},
                       {"scenario", "simulator scenario (card simulate)", "NAME"},
                       {"category", "catalog category (catalog list)", "C"},
                       {"catalog", "catalog file instead of the profile's (catalog, guide)", "FILE"},
                       {"answers", "guide answers, k=v,... (guide)", "ANSWERS"},
                       {"enumerate", "every distinct checklist (guide)"},
                       {"spec", "photo specification: id-card or exit-entry (photo standardize)", "SPEC"},
                       {"models", "face models folder (photo, face)", "DIR"},
                       {"place", "pickup place named in the reminders (notify remind-ready)", "TEXT"},
                       {"sms-lang", "language of the text messages: zh or en (notify)", "LANG"},
                       {"passes", "sync passes at most, with back-off between failed ones (sync now)", "N"},
                       {"server", "central service address, https://HOST:PORT (sync configure)", "URL"},
                       {"ca", "the deployment CA certificate (sync configure)", "FILE"},
                       {"cert", "this workstation's certificate (sync configure)", "FILE"},
                       {"key", "this workstation's private key (sync configure)", "FILE"},
                       {"code", "one-time enrolment code from the administrator (sync enrol)", "CODE"},
                       {"enrol-url", "the central service's enrolment address (sync enrol)", "URL"}});

    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << "\n" << usage();
        return ow::cli::kUsage;
    }
    ow::core::installTranslations(parser.isSet(langOpt) ? parser.value(langOpt) : QLocale::system().name());

    if (parser.isSet(versionOpt)) {
        out << "onewindow-cli " << ONEWINDOW_VERSION << "\n";
        return ow::cli::kOk;
    }
    const QStringList words = parser.positionalArguments();
    if (parser.isSet(helpOpt) || words.isEmpty()) {
        (parser.isSet(helpOpt) ? out : err) << usage();
        return parser.isSet(helpOpt) ? ow::cli::kOk : ow::cli::kUsage;
    }

    const auto profile = ow::core::Profile::fromName(parser.value(profileOpt));
    if (!profile) {
        err << QCoreApplication::translate("ow::cli", "Unknown profile \"%1\": use counter, housecall or practice.")
                   .arg(parser.value(profileOpt))
            << "\n";
        return ow::cli::kUsage;
    }
    ow::cli::Context ctx{out, err, ow::core::Profile(profile->kind(), parser.value(dataDirOpt)),
                         parser.isSet(pluginDirOpt) ? parser.value(pluginDirOpt)
                                                    : ow::devicekit::PluginRegistry::defaultPluginDir(),
                         parser};

    const QString command = words.first();
    QStringList rest = words.mid(1);
    if (parser.isSet(asOfOpt)) rest << QStringLiteral("--as-of=%1").arg(parser.value(asOfOpt));
    if (command == u"id") return ow::cli::runId(ctx, rest);
    if (command == u"devices") return ow::cli::runDevices(ctx, rest);
    if (command == u"self-test") return ow::cli::runSelfTest(ctx, rest);
    if (command == u"officer") return ow::cli::runOfficer(ctx, rest);
    if (command == u"audit") return ow::cli::runAudit(ctx, rest);
    if (command == u"seed") return ow::cli::runSeed(ctx, rest);
    if (command == u"card") return ow::cli::runCard(ctx, rest);
    if (command == u"catalog") return ow::cli::runCatalog(ctx, rest);
    if (command == u"guide") return ow::cli::runGuide(ctx, rest);
    if (command == u"photo") return ow::cli::runPhoto(ctx, rest);
    if (command == u"face") return ow::cli::runFace(ctx, rest);
    if (command == u"notify") return ow::cli::runNotify(ctx, rest);
    if (command == u"appointments") return ow::cli::runAppointments(ctx, rest);
    if (command == u"sync") return ow::cli::runSync(ctx, rest);

    err << QCoreApplication::translate("ow::cli", "Unknown command \"%1\".").arg(command) << "\n" << usage();
    return ow::cli::kUsage;
}
