#include "Cli.h"

#include "storage/AuditLog.h"
#include "storage/ProfileStore.h"

#include "identity/CardText.h"
#include "identity/SamFrame.h"
#include "identity/SamReaderSession.h"
#include "identity/SamSimulator.h"

#include "core/IdCard.h"
#include "core/IdNumber.h"
#include "devicekit/Device.h"
#include "devicekit/PluginRegistry.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace ow::cli {
namespace {


// SIGINT/SIGTERM end `card simulate` through the event loop: the handler only writes a byte into
// this pipe (all a signal handler may safely do), whichever thread the signal lands on.
int g_signalPipe[2] = {-1, -1};

extern "C" void onStopSignal(int)
{
    const char b = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &b, 1);
}

void printUsage(QTextStream &err)
{
    err << QCoreApplication::translate("ow::cli",
                                       "Usage: onewindow-cli card decode FILE\n"
                                       "       onewindow-cli card read --port TTY [--baud N] [--timeout MS]\n"
                                       "       onewindow-cli card simulate [--card FILE] [--scenario NAME] [--baud N]")
        << "\n";
    err.flush();
}

int usageError(Context &ctx, const QString &message)
{
    ctx.err << message << "\n";
    printUsage(ctx.err);
    return kUsage;
}


// Every field of the card, its kind, and what the screens derive from it.
// The card's contents are personal data: whoever looks logs in first, and the look is audited.
struct CardViewer {
    std::unique_ptr<storage::ProfileStore> store;
    QString officer;
};

std::optional<CardViewer> loginToView(Context &ctx)
{
    auto store = openStore(ctx);
    if (!store) return std::nullopt;
    auto who = authenticate(ctx, *store);
    if (!who) return std::nullopt;
    // Practice demo passwords are public: they must never open a real citizen's card.
    if (who.value().officer.demo) {
        ctx.err << QCoreApplication::translate("ow::cli",
                                               "Demo accounts cannot view cards: log in with your own officer number.")
                << "\n";
        return std::nullopt;
    }
    return CardViewer{std::move(store), who.value().officer.number};
}

// Recorded before anything is shown: a look that cannot be audited does not happen.
bool auditView(Context &ctx, CardViewer &viewer, const core::IdCard &card, const QString &how)
{
    auto st = viewer.store->audit().append({viewer.officer, QString::fromLatin1(storage::audit::kCardRead),
                                            core::IdNumber::mask(card.idNumber), how});
    if (!st) ctx.err << st.error().message << "\n";
    return st.ok();
}

QJsonObject cardJson(const core::IdCard &c, QDate today)
{
    QJsonObject o = c.toJson();
    o.insert(QStringLiteral("ok"), true);
    o.insert(QStringLiteral("kindName"), core::idCardKindDisplayName(c.kind));
    if (!c.nationCode.isEmpty()) o.insert(QStringLiteral("nationName"), core::nationName(c.nationCode));
    o.insert(QStringLiteral("validity"), c.validityText());
    o.insert(QStringLiteral("expired"), c.isExpiredOn(today));
    o.insert(QStringLiteral("notYetValid"), c.isNotYetValidOn(today));
    o.insert(QStringLiteral("photoUndecodable"), c.photoUndecodable);
    return o;
}

int be16(const QByteArray &d, int at) { return (quint8(d[at]) << 8) | quint8(d[at + 1]); }

// card decode FILE: a 256-byte text block, or a whole answer frame of 30 01 / 30 10.
int runDecode(Context &ctx, const QString &path, QDate today)
{
    auto viewer = loginToView(ctx);
    if (!viewer) return kFailure;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return printFailure(ctx, core::makeError(QStringLiteral("card.file"),
                                         QCoreApplication::translate("ow::cli", "%1 cannot be read: %2")
                                             .arg(QDir::toNativeSeparators(path), f.errorString())));
    const QByteArray bytes = f.readAll();
    QString source;
    QByteArray text;
    int photoBytes = 0;
    int fingerprintBytes = 0;
    if (bytes.size() == identity::kCardTextSize) {
        source = QStringLiteral("text-block");
        text = bytes;
    } else {
        identity::sam::FrameParser parser(identity::sam::FrameParser::Kind::Response);
        parser.feed(bytes);
        auto frame = parser.next();
        if (!frame)
            return printFailure(ctx, core::makeError(QStringLiteral("card.format"),
                                             QCoreApplication::translate(
                                                 "ow::cli",
                                                 "%1 is neither a 256-byte card text block nor a reader's answer frame "
                                                 "(%2 bytes).")
                                                 .arg(QDir::toNativeSeparators(path))
                                                 .arg(bytes.size())));
        if (!frame->ok()) return printFailure(ctx, frame->error());
        const identity::sam::Frame &fr = frame->value();
        if (fr.status != identity::sam::kSuccess) return printFailure(ctx, identity::samStatusError(fr.status));
        const QByteArray &d = fr.data;
        // 30 01: text length, photo length, text, photo; 30 10 adds a fingerprint length.
        if (d.size() >= 4 && 4 + be16(d, 0) + be16(d, 2) == d.size()) {
            source = QStringLiteral("frame-30-01");
            text = d.mid(4, be16(d, 0));
            photoBytes = be16(d, 2);
        } else if (d.size() >= 6 && 6 + be16(d, 0) + be16(d, 2) + be16(d, 4) == d.size()) {
            source = QStringLiteral("frame-30-10");
            text = d.mid(6, be16(d, 0));
            photoBytes = be16(d, 2);
            fingerprintBytes = be16(d, 4);
        } else {
            return printFailure(ctx, core::makeError(QStringLiteral("card.format"),
                                             QCoreApplication::translate("ow::cli",
                                                                         "The answer frame in %1 holds no card text.")
                                                 .arg(QDir::toNativeSeparators(path)),
                                             QStringLiteral("%1 data bytes").arg(d.size())));
        }
    }
    auto card = identity::decodeCardText(text);
    if (!card) return printFailure(ctx, card.error());
    core::IdCard c = card.value();
    c.photoUndecodable = photoBytes > 0;
    QJsonObject o = cardJson(c, today);
    o.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("photoBytes"), photoBytes);
    o.insert(QStringLiteral("fingerprintBytes"), fingerprintBytes);
    if (!auditView(ctx, *viewer, c, QStringLiteral("cli card decode"))) return kFailure;
    printJson(ctx.out, o);
    return kOk;
}

std::optional<int> intOption(Context &ctx, const QString &name)
{
    if (!ctx.isSet(name)) return std::nullopt;
    bool ok = false;
    const int v = ctx.option(name).toInt(&ok);
    if (!ok || v <= 0) return -1;
    return v;
}

// card read --port TTY: one read through the idreader-sam driver plugin, exactly as the client
// would do it (without presence polling).
int runRead(Context &ctx, QDate today)
{
    if (!ctx.isSet(QStringLiteral("port")))
        return usageError(ctx, QCoreApplication::translate(
                                   "ow::cli", "Missing --port: name the reader's serial port, for example --port /dev/ttyUSB0."));
    const auto baud = intOption(ctx, QStringLiteral("baud"));
    if (baud && (*baud < 0 || !identity::SamReaderSession::baudCode(*baud)))
        return usageError(ctx, QCoreApplication::translate("ow::cli",
                                                           "Invalid --baud \"%1\": use 115200, 57600, 38400, 19200 or 9600.")
                                   .arg(ctx.option(QStringLiteral("baud"))));
    const auto timeout = intOption(ctx, QStringLiteral("timeout"));
    if (timeout && *timeout < 0)
        return usageError(ctx, QCoreApplication::translate("ow::cli",
                                                           "Invalid --timeout \"%1\": give milliseconds, for example 1000.")
                                   .arg(ctx.option(QStringLiteral("timeout"))));

    auto viewer = loginToView(ctx);
    if (!viewer) return kFailure;

    devicekit::PluginRegistry registry(ctx.pluginDir);
    registry.discover();
    auto created = registry.create(QStringLiteral("idreader-sam"), devicekit::DeviceKind::IdCardReader);
    if (!created) return printFailure(ctx, created.error());
    std::unique_ptr<devicekit::Device> device(created.value());
    auto *reader = qobject_cast<devicekit::IdCardReader *>(device.get());
    if (!reader)
        return printFailure(ctx, core::makeError(QStringLiteral("device.kind"),
                                         QCoreApplication::translate("ow::cli", "The idreader-sam plugin offers no ID card reader.")));

    devicekit::DeviceConfig config;
    config.kind = devicekit::DeviceKind::IdCardReader;
    config.pluginId = QStringLiteral("idreader-sam");
    config.options.insert(QStringLiteral("port"), ctx.option(QStringLiteral("port")));
    config.options.insert(QStringLiteral("pollMs"), 0);
    if (baud) config.options.insert(QStringLiteral("baud"), *baud);
    if (timeout) config.options.insert(QStringLiteral("timeoutMs"), *timeout);
    if (auto st = reader->open(config); !st) return printFailure(ctx, st.error());

    // The driver answers readCard() before it returns (it blocks on its own thread; here, on ours).
    std::optional<core::IdCard> card;
    std::optional<core::Error> error;
    QObject::connect(reader, &devicekit::IdCardReader::cardRead, [&](const core::IdCard &c) { card = c; });
    QObject::connect(reader, &devicekit::IdCardReader::readFailed, [&](const core::Error &e) { error = e; });
    reader->readCard();
    reader->close();
    if (!card) {
        const core::Error e = error.value_or(core::makeError(QStringLiteral("idreader.no_result"),
                                                             QCoreApplication::translate("ow::cli", "The reader gave no answer.")));
        printJson(ctx.out, QJsonObject{{"ok", false}, {"code", e.code}, {"error", e.message}});
        ctx.err << QCoreApplication::translate("ow::cli", "The card was not read: %1").arg(e.describe()) << "\n";
        ctx.err.flush();
        return kFailure;
    }
    QJsonObject o = cardJson(*card, today);
    o.insert(QStringLiteral("port"), ctx.option(QStringLiteral("port")));
    if (!auditView(ctx, *viewer, *card, QStringLiteral("cli card read %1").arg(ctx.option(QStringLiteral("port")))))
        return kFailure;
    printJson(ctx.out, o);
    ctx.err << QCoreApplication::translate("ow::cli", "Card read: %1 %2")
                   .arg(core::idCardKindDisplayName(card->kind), core::IdNumber::mask(card->idNumber))
            << "\n";
    ctx.err.flush();
    return kOk;
}

// card simulate: a simulated reader on a new pseudo-terminal until SIGINT or SIGTERM. The pty's
// path is the first line on stdout, so a script can start this and read from it. Lines on stdin
// change what the reader does while it runs.
int runSimulate(Context &ctx)
{
    identity::SamSimulator sim;
    QString scenario = ctx.option(QStringLiteral("scenario"));
    if (ctx.isSet(QStringLiteral("card"))) {
        const QString file = ctx.option(QStringLiteral("card"));
        if (auto st = sim.loadCardFile(file); !st) return printFailure(ctx, st.error());
        if (scenario.isEmpty()) scenario = QStringLiteral("card:%1").arg(QFileInfo(file).completeBaseName());
    } else if (auto st = sim.loadCards(identity::SamSimulator::builtInCardDir()); !st) {
        return printFailure(ctx, st.error());
    }
    if (scenario.isEmpty()) scenario = QStringLiteral("cycle");
    if (auto st = sim.setScenario(scenario); !st) return usageError(ctx, st.error().message);
    if (const auto baud = intOption(ctx, QStringLiteral("baud"))) {
        if (*baud < 0 || !identity::SamReaderSession::baudCode(*baud))
            return usageError(ctx, QCoreApplication::translate(
                                       "ow::cli", "Invalid --baud \"%1\": use 115200, 57600, 38400, 19200 or 9600.")
                                       .arg(ctx.option(QStringLiteral("baud"))));
        sim.setBaud(*baud);
    }

    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        struct sigaction sa {};
        sa.sa_handler = onStopSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &sa, nullptr);
        ::sigaction(SIGTERM, &sa, nullptr);
    }

    if (auto st = sim.start(); !st) return printFailure(ctx, st.error());
    ctx.out << sim.portName() << "\n";
    ctx.out.flush();
    ctx.err << QCoreApplication::translate("ow::cli",
                                           "Simulated ID card reader on %1 (scenario %2). Commands on standard input: "
                                           "scenario NAME, place [CARD], lift, unplug. Stop with Ctrl+C.")
                   .arg(sim.portName(), sim.scenario())
            << "\n";
    ctx.err.flush();

    QSocketNotifier onSignal(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&onSignal, &QSocketNotifier::activated, [] { QCoreApplication::quit(); });
    QSocketNotifier onInput(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&onInput, &QSocketNotifier::activated, [&] {
        char buf[512];
        const auto n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0) {
            onInput.setEnabled(false);  // no more input: keep serving until a signal
            return;
        }
        pending.append(buf, n);
        for (qsizetype nl; (nl = pending.indexOf('\n')) >= 0;) {
            const QStringList words = QString::fromUtf8(pending.left(nl)).simplified().split(u' ', Qt::SkipEmptyParts);
            pending.remove(0, nl + 1);
            if (words.isEmpty()) continue;
            const QString verb = words.first();
            if (verb == u"scenario" && words.size() == 2) {
                if (auto st = sim.setScenario(words.at(1)); !st) ctx.err << st.error().message << "\n";
                else ctx.err << QCoreApplication::translate("ow::cli", "Scenario now %1.").arg(sim.scenario()) << "\n";
            } else if (verb == u"place") {
                sim.placeCard(words.value(1));
            } else if (verb == u"lift") {
                sim.liftCard();
            } else if (verb == u"unplug") {
                sim.unplug();
            } else {
                ctx.err << QCoreApplication::translate("ow::cli",
                                                       "Unknown input \"%1\": use scenario NAME, place [CARD], lift or unplug.")
                               .arg(words.join(u' '))
                        << "\n";
            }
            ctx.err.flush();
        }
    });
    QCoreApplication::exec();
    sim.stop();
    const auto s = sim.stats();
    ctx.err << QCoreApplication::translate("ow::cli", "Simulated reader stopped after %1 commands and %2 card reads.")
                   .arg(s.commands)
                   .arg(s.reads)
            << "\n";
    ctx.err.flush();
    return kOk;
}

} // namespace

// card decode FILE | card read --port TTY [--baud N] [--timeout MS] | card simulate ...
// An optional --as-of=YYYY-MM-DD stands in for today in "expired".
int runCard(Context &ctx, const QStringList &args)
{
    QStringList words;
    const auto asOf = takeAsOf(ctx, args, words);
    if (!asOf) return kUsage;
    const QDate today = *asOf;
    if (words.isEmpty())
        return usageError(ctx, QCoreApplication::translate("ow::cli", "Missing card subcommand: use decode, read or simulate."));
    const QString sub = words.takeFirst();
    if (sub == u"decode") {
        if (words.size() != 1)
            return usageError(ctx, QCoreApplication::translate("ow::cli", "Give one FILE after \"card decode\"."));
        return runDecode(ctx, words.first(), today);
    }
    if (!words.isEmpty())
        return usageError(ctx, QCoreApplication::translate("ow::cli", "Unexpected \"%1\" after \"card %2\".")
                                   .arg(words.join(u' '), sub));
    if (sub == u"read") return runRead(ctx, today);
    if (sub == u"simulate") return runSimulate(ctx);
    return usageError(ctx, QCoreApplication::translate("ow::cli", "Unknown card subcommand \"%1\": use decode, read or simulate.")
                               .arg(sub));
}

} // namespace ow::cli
