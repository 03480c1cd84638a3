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

void printJson(QTextStream &out, const QJsonArray &a)
{
    out << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace ow::cli

namespace {

const char *kUsage = R"(Usage: onewindow-cli [options] COMMAND ...

Commands:
  self-test                 check the profile's data folder, database, plugins and devices
  devices list              list device plugins and the devices they offer
  id check NUMBER           validate an ID number (JSON; exit 1 when invalid)
  id upgrade NUMBER15       print the 18-digit form of a 15-digit number
  audit verify              check the audit log's hash chain (JSON; exit 1 when broken)

Options (every command):
  --profile NAME            counter, housecall or practice (default counter)
  --data-dir DIR            data root; the profile's data lives in DIR/NAME
  --plugin-dir DIR          device plugin folder
  --lang zh_CN|en           language of messages (default: the system's)
  --version                 print the version
)";

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
    parser.addOption(asOfOpt);

    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << "\n" << kUsage;
        return ow::cli::kUsage;
    }
    ow::core::installTranslations(parser.isSet(langOpt) ? parser.value(langOpt) : QLocale::system().name());

    if (parser.isSet(versionOpt)) {
        out << "onewindow-cli " << ONEWINDOW_VERSION << "\n";
        return ow::cli::kOk;
    }
    const QStringList words = parser.positionalArguments();
    if (parser.isSet(helpOpt) || words.isEmpty()) {
        (parser.isSet(helpOpt) ? out : err) << kUsage;
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
                                                    : ow::devicekit::PluginRegistry::defaultPluginDir()};

    const QString command = words.first();
    QStringList rest = words.mid(1);
    if (parser.isSet(asOfOpt)) rest << QStringLiteral("--as-of=%1").arg(parser.value(asOfOpt));
    if (command == u"id") return ow::cli::runId(ctx, rest);
    if (command == u"devices") return ow::cli::runDevices(ctx, rest);
    if (command == u"self-test") return ow::cli::runSelfTest(ctx, rest);
    if (command == u"audit") return ow::cli::runAudit(ctx, rest);

    err << QCoreApplication::translate("ow::cli", "Unknown command \"%1\".").arg(command) << "\n" << kUsage;
    return ow::cli::kUsage;
}
