#include "TestSupport.h"

#include "devicekit/DeviceManager.h"
#include "devicekit/PluginRegistry.h"
#include "documents/TestReceipt.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

using namespace ow::devicekit;

namespace {

DeviceManager::Timing fastTiming()
{
    DeviceManager::Timing t;
    t.openTimeoutMs = 2000;
    t.operationTimeoutMs = 400;
    t.reopenInitialMs = 60;
    t.reopenMaxMs = 480;
    return t;
}

DeviceConfig readerConfig(const QString &scenario, int delayMs = 10)
{
    DeviceConfig c;
    c.kind = DeviceKind::IdCardReader;
    c.pluginId = QStringLiteral("sim-idreader");
    c.options = {{"scenario", scenario}, {"readDelayMs", delayMs}, {"hangMs", 20000}};
    return c;
}

DeviceConfig printerConfig(const QString &dir, const QString &scenario = {})
{
    DeviceConfig c;
    c.kind = DeviceKind::Printer;
    c.pluginId = QStringLiteral("pdf-printer");
    c.options = {{"outputDir", dir}, {"scenario", scenario}};
    return c;
}

// A manager with recorders for everything it says, and a measure of how long the event loop
// (the GUI thread, in the client) was ever kept from running.
struct Rig {
    PluginRegistry registry{ow::test::pluginDir()};
    DeviceManager manager{registry};
    QList<ow::core::IdCard> cards;
    QList<ow::core::Error> readErrors;
    QList<QPair<DeviceState, qint64>> readerStates;
    QList<QString> printedFiles;
    QList<ow::core::Error> printErrors;
    QElapsedTimer clock;
    QTimer heartbeat;
    qint64 lastBeat = 0;
    qint64 worstGap = 0;

    explicit Rig(const QList<DeviceConfig> &configs, DeviceManager::Timing timing = fastTiming())
    {
        clock.start();
        registry.discover();
        manager.setTiming(timing);
        QObject::connect(&manager, &DeviceManager::cardRead, [this](const ow::core::IdCard &c) { cards.append(c); });
        QObject::connect(&manager, &DeviceManager::cardReadFailed, [this](const ow::core::Error &e) { readErrors.append(e); });
        QObject::connect(&manager, &DeviceManager::stateChanged, [this](DeviceKind k, DeviceState s, const QString &) {
            if (k == DeviceKind::IdCardReader) readerStates.append({s, clock.elapsed()});
        });
        QObject::connect(&manager, &DeviceManager::printed, [this](quint64, const QString &f) { printedFiles.append(f); });
        QObject::connect(&manager, &DeviceManager::printFailed, [this](quint64, const ow::core::Error &e) { printErrors.append(e); });
        heartbeat.setInterval(5);
        QObject::connect(&heartbeat, &QTimer::timeout, [this] {
            const qint64 now = clock.elapsed();
            if (lastBeat) worstGap = std::max(worstGap, now - lastBeat);
            lastBeat = now;
        });
        heartbeat.start();
        manager.start(configs);
    }

    bool waitReady(DeviceKind k, int ms = 5000)
    {
        return ow::test::waitUntil([&] { return manager.health(k).state == DeviceState::Ready; }, ms);
    }
    int openings() const
    {
        return int(std::count_if(readerStates.begin(), readerStates.end(),
                                 [](const auto &p) { return p.first == DeviceState::Opening; }));
    }
};

} // namespace

TEST_CASE("The simulated reader opens on its thread and reads cards in turn")
{
    Rig rig({readerConfig("cycle")});
    REQUIRE(rig.waitReady(DeviceKind::IdCardReader));
    CHECK(rig.manager.settled());
    const auto h = rig.manager.health(DeviceKind::IdCardReader);
    CHECK(h.configured);
    CHECK(h.simulated);
    CHECK(h.pluginName == QStringLiteral("Simulated ID card reader"));

    rig.manager.readCard();
    REQUIRE(ow::test::waitUntil([&] { return rig.cards.size() == 1; }));
    CHECK(rig.cards[0].name == QStringLiteral("张伟"));
    CHECK(rig.cards[0].idNumber == QStringLiteral("110101198805120178"));
    CHECK_FALSE(rig.cards[0].photo.isNull());
    rig.manager.readCard();
    REQUIRE(ow::test::waitUntil([&] { return rig.cards.size() == 2; }));
    CHECK(rig.cards[1].name == QStringLiteral("李秀英"));
    CHECK(rig.cards[1].longTerm);
    CHECK(rig.readErrors.isEmpty());
}

TEST_CASE("A failed read is reported and the reader stays ready")
{
    Rig rig({readerConfig("error:no-card")});
    REQUIRE(rig.waitReady(DeviceKind::IdCardReader));
    rig.manager.readCard();
    REQUIRE(ow::test::waitUntil([&] { return rig.readErrors.size() == 1; }));
    CHECK(rig.readErrors[0].code == QStringLiteral("idreader.no_card"));
    CHECK(rig.readErrors[0].message.contains(QStringLiteral("place the card flat")));
    CHECK(rig.manager.health(DeviceKind::IdCardReader).state == DeviceState::Ready);
}

TEST_CASE("A reader that hangs turns Faulted, the caller gets an answer, the loop never stalls, and it comes back")
{
    Rig rig({readerConfig("hang")});
    REQUIRE(rig.waitReady(DeviceKind::IdCardReader));
    QElapsedTimer t;
    t.start();
    rig.manager.readCard();
    REQUIRE(ow::test::waitUntil([&] { return rig.readErrors.size() == 1; }, 3000));
    CHECK(t.elapsed() < 1500);  // the watchdog (400 ms), not the 20 s hang, decides
    CHECK(rig.readErrors[0].code == QStringLiteral("device.faulted"));
    CHECK(rig.readErrors[0].message.contains(QStringLiteral("did not respond")));
    const auto h = rig.manager.health(DeviceKind::IdCardReader);
    CHECK(h.state == DeviceState::Faulted);
    CHECK(h.reason.contains(QStringLiteral("did not respond")));
    // Re-opened with a fresh device on a fresh thread while the hung one winds down.
    REQUIRE(rig.waitReady(DeviceKind::IdCardReader, 3000));
    CHECK(rig.openings() >= 2);
    CHECK(rig.worstGap < 250);
}

TEST_CASE("A reader that fails to open is retried with growing back-off")
{
    Rig rig({readerConfig("fault-on-open")});
    REQUIRE(ow::test::waitUntil([&] { return rig.openings() >= 5; }, 5000));
    const auto h = rig.manager.health(DeviceKind::IdCardReader);
    CHECK(h.reason.contains(QStringLiteral("does not answer")));
    QList<qint64> opens;
    for (const auto &[state, at] : rig.readerStates)
        if (state == DeviceState::Opening) opens.append(at);
    // 60, 120, 240, 480 ms between attempts (timer granularity allows some slack).
    QList<qint64> gaps;
    for (int i = 1; i < opens.size(); ++i) gaps.append(opens[i] - opens[i - 1]);
    INFO("gaps between attempts: " << QStringList([&] {
        QStringList s;
        for (auto g : gaps) s << QString::number(g);
        return s;
    }()).join(",").toStdString());
    REQUIRE(gaps.size() >= 4);
    CHECK(gaps[0] >= 50);
    CHECK(gaps[1] >= gaps[0] * 3 / 2);
    CHECK(gaps[2] >= gaps[1] * 3 / 2);
    CHECK(gaps[3] >= 400);
    // A read while it is down is answered at once with the reason.
    rig.manager.readCard();
    REQUIRE(ow::test::waitUntil([&] { return !rig.readErrors.isEmpty(); }, 1000));
    CHECK((rig.readErrors[0].code == QStringLiteral("device.faulted") ||
           rig.readErrors[0].code == QStringLiteral("device.not_ready")));
}

TEST_CASE("A reader unplugged between reads faults the read in progress and reconnects")
{
    Rig rig({readerConfig("vanish")});
    REQUIRE(rig.waitReady(DeviceKind::IdCardReader));
    rig.manager.readCard();
    REQUIRE(ow::test::waitUntil([&] { return rig.cards.size() == 1; }));
    rig.manager.readCard();
    REQUIRE(ow::test::waitUntil([&] { return rig.readErrors.size() == 1; }));
    CHECK(rig.readErrors[0].message.contains(QStringLiteral("disconnected")));
    REQUIRE(rig.waitReady(DeviceKind::IdCardReader, 3000));
    rig.manager.readCard();  // the new instance starts its count afresh
    REQUIRE(ow::test::waitUntil([&] { return rig.cards.size() == 2; }));
}

TEST_CASE("A configured plugin that is not installed faults once, with the reason, and is not retried")
{
    DeviceConfig c = readerConfig("cycle");
    c.pluginId = QStringLiteral("no-such-reader");
    Rig rig({c});
    REQUIRE(ow::test::waitUntil([&] { return rig.manager.settled(); }, 1000));
    const auto h = rig.manager.health(DeviceKind::IdCardReader);
    CHECK(h.state == DeviceState::Faulted);
    CHECK(h.reason.contains(QStringLiteral("no-such-reader")));
    ow::test::waitUntil([] { return false; }, 400);
    CHECK(rig.openings() == 0);
}

TEST_CASE("Operations on devices that are not configured are answered, not dropped")
{
    Rig rig({});
    rig.manager.readCard();
    REQUIRE(ow::test::waitUntil([&] { return rig.readErrors.size() == 1; }, 1000));
    CHECK(rig.readErrors[0].code == QStringLiteral("device.not_configured"));
    rig.manager.print(std::make_shared<ow::documents::TestReceipt>(ow::documents::DocumentContext{}));
    REQUIRE(ow::test::waitUntil([&] { return rig.printErrors.size() == 1; }, 1000));
    CHECK(rig.printErrors[0].code == QStringLiteral("device.not_configured"));
}

TEST_CASE("The PDF printer writes each job as a complete PDF")
{
    ow::test::TempDir tmp;
    Rig rig({printerConfig(tmp.file("printed"))});
    REQUIRE(rig.waitReady(DeviceKind::Printer));
    ow::documents::DocumentContext ctx{QStringLiteral("综合窗口 01"), QStringLiteral("000123"),
                                       QDateTime::currentDateTime(), true};
    rig.manager.print(std::make_shared<ow::documents::TestReceipt>(ctx));
    rig.manager.print(std::make_shared<ow::documents::TestReceipt>(ctx));
    REQUIRE(ow::test::waitUntil([&] { return rig.printedFiles.size() == 2; }));
    for (const QString &f : rig.printedFiles) {
        QFile pdf(f);
        REQUIRE(pdf.open(QIODevice::ReadOnly));
        CHECK(pdf.read(5) == QByteArray("%PDF-"));
        CHECK(pdf.size() > 2000);
    }
    CHECK(rig.printedFiles[0] != rig.printedFiles[1]);
    CHECK(QDir(tmp.file("printed")).entryList({"*.part"}, QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("A printer out of paper fails the job with what to do")
{
    ow::test::TempDir tmp;
    Rig rig({printerConfig(tmp.file("printed"), "out-of-paper")});
    REQUIRE(rig.waitReady(DeviceKind::Printer));
    rig.manager.print(std::make_shared<ow::documents::TestReceipt>(ow::documents::DocumentContext{}));
    REQUIRE(ow::test::waitUntil([&] { return rig.printErrors.size() == 1; }));
    CHECK(rig.printErrors[0].code == QStringLiteral("printer.paper"));
    CHECK(rig.printErrors[0].message.contains(QStringLiteral("load paper")));
}

TEST_CASE("A printer whose folder cannot be made faults with the folder named")
{
    ow::test::TempDir tmp;
    QFile blocker(tmp.file("blocked"));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Rig rig({printerConfig(tmp.file("blocked/printed"))});
    REQUIRE(ow::test::waitUntil([&] { return rig.manager.health(DeviceKind::Printer).state == DeviceState::Faulted; }));
    CHECK(rig.manager.health(DeviceKind::Printer).reason.contains(QStringLiteral("blocked")));
}

TEST_CASE("Stopping the manager while a device hangs returns promptly")
{
    auto rig = std::make_unique<Rig>(QList<DeviceConfig>{readerConfig("hang")}, [] {
        auto t = fastTiming();
        t.operationTimeoutMs = 60000;  // the watchdog stays out of it: stop() must cope alone
        return t;
    }());
    REQUIRE(rig->waitReady(DeviceKind::IdCardReader));
    rig->manager.readCard();
    ow::test::waitUntil([] { return false; }, 100);
    QElapsedTimer t;
    t.start();
    rig->manager.stop();
    CHECK(t.elapsed() < 1000);  // the driver honours interruption: far below the 3 s grace
    CHECK(rig->readErrors.size() == 1);  // the pending read was answered
}

TEST_CASE("Outside practice a simulated device refuses to open, with the reason")
{
    PluginRegistry registry(ow::test::pluginDir());
    registry.discover();
    DeviceManager manager(registry);
    manager.setAllowSimulators(false);
    manager.start({readerConfig("cycle")});
    REQUIRE(ow::test::waitUntil([&] { return manager.settled(); }, 1000));
    const auto h = manager.health(DeviceKind::IdCardReader);
    CHECK(h.state == DeviceState::Faulted);
    CHECK(h.reason.contains(QStringLiteral("practice")));
}

TEST_CASE("Stopping and starting again, twice over, leaves nothing dangling")
{
    PluginRegistry registry(ow::test::pluginDir());
    registry.discover();
    DeviceManager manager(registry);
    for (int round = 0; round < 3; ++round) {
        manager.start({readerConfig("cycle"), readerConfig("hang")});  // the second is ignored (same kind)
        REQUIRE(ow::test::waitUntil([&] { return manager.isReady(DeviceKind::IdCardReader); }));
        manager.start({readerConfig("cycle")});  // start() on a running manager stops it first
        REQUIRE(ow::test::waitUntil([&] { return manager.isReady(DeviceKind::IdCardReader); }));
        manager.stop();
        ow::test::waitUntil([] { return false; }, 50);  // let queued cleanup run after stop()
    }
    CHECK(manager.health().isEmpty());
}
