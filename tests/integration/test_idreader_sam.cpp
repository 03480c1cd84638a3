// The SAM reader driver against the simulated reader, over a real pseudo-terminal: the protocol
// session on a QSerialPort, the driver with presence polling, and both plugins through the
// DeviceManager. Every simulator scenario is played here.

#include "TestSupport.h"

#include "devicekit/DeviceManager.h"
#include "devicekit/PluginRegistry.h"
#include "idreader-sam/SamIdReader.h"
#include "idreader-sam/SerialTransport.h"
#include "identity/SamSimulator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSerialPort>
#include <QThread>

#include <memory>

using namespace ow::identity;
using ow::core::Error;
using ow::core::IdCard;
using ow::core::IdCardKind;
using ow::devicekit::DeviceConfig;
using ow::devicekit::DeviceKind;
using ow::devicekit::DeviceState;

namespace {

SamSessionOptions fast(int retries = 2, int timeoutMs = 300)
{
    SamSessionOptions o;
    o.retries = retries;
    o.timeoutMs = timeoutMs;
    return o;
}

// A simulator and, on its pty, a serial port with a protocol session: the driver's own stack.
struct Line {
    SamSimulator sim;
    QSerialPort port;
    std::unique_ptr<ow::devices::SerialTransport> transport;
    std::unique_ptr<SamReaderSession> session;

    explicit Line(const QString &scenario, SamSessionOptions options = fast(), int simBaud = 115200)
    {
        REQUIRE(sim.loadCards(SamSimulator::builtInCardDir()).ok());
        REQUIRE(sim.setScenario(scenario).ok());
        sim.setBaud(simBaud);
        REQUIRE(sim.start().ok());
        port.setPortName(sim.portName());
        REQUIRE(port.open(QIODevice::ReadWrite));
        transport = std::make_unique<ow::devices::SerialTransport>(port);
        session = std::make_unique<SamReaderSession>(*transport, options);
    }
    ow::core::Result<SamChipData> read(SamReadOptions o = {}) { return session->readCard(o); }
};

std::string text(const Error &e) { return e.describe().toStdString(); }

} // namespace

TEST_CASE("Handshake and a full read of every card kind over a pseudo-terminal")
{
    Line line("cycle");
    REQUIRE(line.session->connect(115200).ok());
    CHECK(line.session->samId().size() == 32);

    auto r = line.read();
    REQUIRE(r.ok());
    const IdCard &c = r->card;
    CHECK(c.kind == IdCardKind::Resident);
    CHECK(c.name == QStringLiteral("张伟"));
    CHECK(c.idNumber == QStringLiteral("110101198805120178"));
    CHECK(c.nationCode == QStringLiteral("01"));
    CHECK(c.birthDate == QDate(1988, 5, 12));
    CHECK(c.address.startsWith(QStringLiteral("北京市东城区")));
    CHECK(c.validTo == QDate(2036, 3, 1));
    CHECK(c.rawText.size() == 256);
    CHECK(r->wltPhoto.size() == 1024);
    CHECK(c.photoUndecodable);  // WLT: no decoder here, and the simulator's is no real WLT anyway
    CHECK(c.photo.isNull());
    CHECK(r->fingerprint.isEmpty());

    // cycle: the next read finds the next card; 30 10 brings the fingerprint data along.
    auto next = line.read({true, false});
    REQUIRE(next.ok());
    CHECK(next->card.name == QStringLiteral("李秀英"));
    CHECK(next->card.longTerm);
    CHECK(next->fingerprint.size() == 1024);

    REQUIRE(line.sim.setScenario("card:06-ouyangqian").ok());
    auto appended = line.read({false, true});
    REQUIRE(appended.ok());
    CHECK(appended->card.appendedAddress == QStringLiteral("上海市徐汇区漕溪北路398号1702室"));
    auto none = line.read({false, false});
    REQUIRE(none.ok());
    CHECK(none->card.appendedAddress.isEmpty());  // not asked for

    REQUIRE(line.sim.setScenario("foreign").ok());
    auto i = line.read();
    REQUIRE(i.ok());
    CHECK(i->card.kind == IdCardKind::ForeignPermanent);
    CHECK(i->card.idNumber == QStringLiteral("CAN310088061502"));
    CHECK(i->card.englishName == QStringLiteral("MARTIN, SOPHIE CLAIRE"));
    CHECK(i->card.nationality == QStringLiteral("CAN"));
    CHECK(i->card.rawText.mid(248, 2) == QByteArray("I\0", 2));

    REQUIRE(line.sim.setScenario("foreign-2023").ok());
    auto y = line.read();
    REQUIRE(y.ok());
    CHECK(y->card.kind == IdCardKind::ForeignPermanent);
    CHECK(y->card.idNumber == QStringLiteral("944410199003120032"));
    CHECK(y->card.rawText.mid(248, 2) == QByteArray("Y\0", 2));

    REQUIRE(line.sim.setScenario("permit").ok());
    auto j = line.read();
    REQUIRE(j.ok());
    CHECK(j->card.kind == IdCardKind::HmtResidencePermit);
    CHECK(j->card.passNumber == QStringLiteral("H60221874"));
    CHECK(j->card.idNumber.startsWith(QStringLiteral("810000")));

    REQUIRE(line.sim.setScenario("expired").ok());
    auto x = line.read();
    REQUIRE(x.ok());
    CHECK(x->card.isExpiredOn(QDate::currentDate()));

    CHECK(line.session->stats().retries == 0);
    CHECK_FALSE(line.sim.setScenario("card:no-such-card").ok());
    CHECK_FALSE(line.sim.setScenario("teleport").ok());
}

TEST_CASE("No card, read error 41 and an unknown card give the officer's message; the next read works")
{
    struct Case {
        const char *scenario;
        const char *code;
        const char *says;
    };
    for (const Case &k : {Case{"no-card", "idreader.no_card", "place the card flat"},
                          Case{"read-error", "idreader.read_failed", "hold it still"},
                          Case{"unknown-card", "idreader.unknown_card", "not an identity card"}}) {
        INFO(k.scenario);
        Line line(k.scenario);
        REQUIRE(line.session->connect(115200).ok());
        auto r = line.read();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QString::fromLatin1(k.code));
        CHECK(r.error().message.contains(QString::fromLatin1(k.says)));
        CHECK(line.session->stats().retries == 0);  // a status is an answer, not a damaged frame
        REQUIRE(line.sim.setScenario("cycle").ok());
        auto again = line.read();
        INFO((again ? std::string() : text(again.error())));
        CHECK(again.ok());
    }
}

TEST_CASE("Garbage, a cut frame, a wrong length, a bad checksum: each a clear error, then the next frame is read")
{
    struct Case {
        const char *scenario;
        const char *code;
    };
    for (const Case &k : {Case{"bad-checksum", "idreader.frame_checksum"}, Case{"wrong-length", "idreader.frame_length"},
                          Case{"cut-frame", "idreader.frame_incomplete"}, Case{"garbage", "idreader.garbage"},
                          Case{"damaged-command", "idreader.checksum"}}) {
        INFO(k.scenario);
        {
            // No retries: the damaged answer is the verdict, with its own code and message.
            Line line(k.scenario, fast(0));
            REQUIRE(line.session->connect(115200).ok());
            auto r = line.read();
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == QString::fromLatin1(k.code));
            CHECK_FALSE(r.error().message.isEmpty());
            auto again = line.read();  // the reader behaves again: the very next answer is read
            INFO((again ? std::string() : text(again.error())));
            REQUIRE(again.ok());
            CHECK(again->card.name == QStringLiteral("张伟"));
        }
        {
            // With the default bounded retries the officer never notices.
            Line line(k.scenario, fast(2));
            REQUIRE(line.session->connect(115200).ok());
            auto r = line.read();
            INFO((r ? std::string() : text(r.error())));
            REQUIRE(r.ok());
            CHECK(r->card.name == QStringLiteral("张伟"));
            CHECK(line.session->stats().retries == 1);
        }
    }
}

TEST_CASE("A slow reader is waited for within the timeout, and times out beyond it")
{
    {
        Line line("slow", fast(2, 1000));
        line.sim.setSlowMs(400);
        REQUIRE(line.session->connect(115200).ok());
        QElapsedTimer t;
        t.start();
        auto r = line.read();
        REQUIRE(r.ok());
        CHECK(t.elapsed() >= 400);
        CHECK(line.session->stats().retries == 0);
    }
    {
        Line line("slow", fast(0, 150));
        line.sim.setSlowMs(400);
        REQUIRE(line.session->connect(115200).ok());
        auto r = line.read();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("idreader.timeout"));
        CHECK(r.error().message.contains(QStringLiteral("did not answer in time")));
        // The late answer arrives after the verdict; it must not be taken for the next command's.
        QThread::msleep(450);
        REQUIRE(line.sim.setScenario("cycle").ok());
        auto again = line.read();
        INFO((again ? std::string() : text(again.error())));
        CHECK(again.ok());
    }
}

TEST_CASE("A reader unplugged mid-read, or as the next read begins, is reported as disconnected at once")
{
    for (const char *scenario : {"unplug-mid-read", "unplug-after-read"}) {
        INFO(scenario);
        Line line(scenario);
        REQUIRE(line.session->connect(115200).ok());
        if (QByteArrayView(scenario) == "unplug-after-read") REQUIRE(line.read().ok());
        QElapsedTimer t;
        t.start();
        auto r = line.read();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("idreader.disconnected"));
        CHECK(r.error().message.contains(QStringLiteral("disconnected")));
        CHECK(t.elapsed() < 250);  // noticed, not waited out
        CHECK(line.sim.isUnplugged());
        CHECK_FALSE(QFile::exists(line.sim.portName()));
    }
}

TEST_CASE("A silent reader does not answer; a hung one is abandoned the moment the thread is stopped")
{
    {
        Line line("silent", fast(2, 150));
        QElapsedTimer t;
        t.start();
        auto st = line.session->connect(115200);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == QStringLiteral("idreader.no_answer"));
        CHECK(st.error().message.contains(QStringLiteral("does not answer")));
        CHECK(t.elapsed() < 600);  // silence while probing is not retried: the manager re-opens
    }
    // hang: the SAM answers, card commands never do. The read runs on its own thread, as on a
    // device thread, and must end as soon as that thread is asked to stop.
    std::atomic<bool> connected{false};
    QString code;
    qint64 stoppedAfter = -1;
    QElapsedTimer clock;
    QThread *worker = QThread::create([&] {
        Line line("hang", fast(2, 5000));
        if (!line.session->connect(115200).ok()) return;
        connected = true;
        auto r = line.read();
        stoppedAfter = clock.elapsed();
        if (!r) code = r.error().code;
    });
    worker->start();
    REQUIRE(ow::test::waitUntil([&] { return connected.load(); }, 3000));
    ow::test::waitUntil([] { return false; }, 100);
    clock.start();
    worker->requestInterruption();
    REQUIRE(worker->wait(2000));
    delete worker;
    CHECK(code == QStringLiteral("idreader.interrupted"));
    CHECK(stoppedAfter >= 0);
    CHECK(stoppedAfter < 200);
}

TEST_CASE("Baud-rate setting: a reader at its power-on speed is switched with 60 xx and read at the new speed")
{
    Line line("cycle", fast(2, 200));
    REQUIRE(line.session->connect(57600).ok());
    CHECK(line.session->baud() == 57600);
    // The simulator answers 60 xx at the old speed and switches just after: wait for its side.
    CHECK(ow::test::waitUntil([&] { return line.sim.baud() == 57600; }, 1000));
    CHECK(line.port.baudRate() == 57600);
    QElapsedTimer t;
    t.start();
    REQUIRE(line.read().ok());
    // find + select + read 30 01 = 1359 bytes, 10 bits each: at least 236 ms at 57600 baud.
    CHECK(t.elapsed() >= 230);
    // Back to 115200, as the driver does when it closes.
    REQUIRE(line.session->switchBaud(115200).ok());
    CHECK(ow::test::waitUntil([&] { return line.sim.baud() == 115200; }, 1000));
    REQUIRE(line.read().ok());
    CHECK_FALSE(line.session->switchBaud(4800).ok());
}

TEST_CASE("A reader already at the configured speed is used at once")
{
    Line line("cycle", fast(2, 200), 38400);
    REQUIRE(line.session->connect(38400).ok());
    CHECK(line.session->stats().commands == 3);  // reset, status, SAM ID: no probing, no 60 xx
    REQUIRE(line.read().ok());
}

namespace {

// The driver object on this thread (its own event loop is the test's), recording what it says.
struct Driver {
    ow::devices::SamIdReader reader;
    QList<IdCard> cards;
    QList<Error> errors;
    int removed = 0;
    QList<QPair<DeviceState, QString>> states;

    Driver()
    {
        QObject::connect(&reader, &ow::devices::SamIdReader::cardRead, [this](const IdCard &c) { cards << c; });
        QObject::connect(&reader, &ow::devices::SamIdReader::readFailed, [this](const Error &e) { errors << e; });
        QObject::connect(&reader, &ow::devices::SamIdReader::cardRemoved, [this] { ++removed; });
        QObject::connect(&reader, &ow::devices::SamIdReader::stateChanged,
                         [this](DeviceState s, const QString &why) { states.append({s, why}); });
    }
    ow::core::Status open(const QString &port, QVariantMap options = {})
    {
        DeviceConfig c;
        c.pluginId = QStringLiteral("idreader-sam");
        options.insert(QStringLiteral("port"), port);
        if (!options.contains(QStringLiteral("timeoutMs"))) options.insert(QStringLiteral("timeoutMs"), 300);
        c.options = options;
        return reader.open(c);
    }
};

void settle(int ms) { ow::test::waitUntil([] { return false; }, ms); }

} // namespace

TEST_CASE("Presence polling: a placed card is read once, not again while it stays, and again after it is lifted")
{
    SamSimulator sim;
    REQUIRE(sim.loadCards(SamSimulator::builtInCardDir()).ok());
    REQUIRE(sim.setScenario("no-card").ok());
    REQUIRE(sim.start().ok());
    Driver d;
    REQUIRE(d.open(sim.portName(), {{"pollMs", 40}}).ok());
    CHECK(d.reader.capabilities().presenceDetection);
    settle(200);
    CHECK(d.cards.isEmpty());
    CHECK(d.errors.isEmpty());

    sim.placeCard("01-zhangwei");
    REQUIRE(ow::test::waitUntil([&] { return d.cards.size() == 1; }, 2000));
    CHECK(d.cards[0].name == QStringLiteral("张伟"));
    settle(400);  // ten polls with the card still there
    CHECK(d.cards.size() == 1);
    CHECK(d.removed == 0);

    sim.liftCard();
    REQUIRE(ow::test::waitUntil([&] { return d.removed == 1; }, 2000));
    CHECK(d.cards.size() == 1);

    sim.placeCard("02-lixiuying");
    REQUIRE(ow::test::waitUntil([&] { return d.cards.size() == 2; }, 2000));
    CHECK(d.cards[1].name == QStringLiteral("李秀英"));

    // F2 forces a read of the card that stays.
    d.reader.readCard();
    CHECK(d.cards.size() == 3);
    settle(200);
    CHECK(d.cards.size() == 3);
    CHECK(d.errors.isEmpty());
    CHECK(d.reader.state() == DeviceState::Ready);
}

TEST_CASE("Presence polling with the place-and-lift scenario, and a card that fails to read is not retried by itself")
{
    SamSimulator sim;
    REQUIRE(sim.loadCards(SamSimulator::builtInCardDir()).ok());
    REQUIRE(sim.setScenario("place-and-lift").ok());
    sim.setPlacePolls(4);
    REQUIRE(sim.start().ok());
    Driver d;
    REQUIRE(d.open(sim.portName(), {{"pollMs", 30}}).ok());
    REQUIRE(ow::test::waitUntil([&] { return d.removed >= 1 && d.cards.size() >= 2; }, 3000));
    CHECK(d.cards.size() - d.removed <= 1);  // one read per placement

    REQUIRE(sim.setScenario("read-error").ok());
    sim.liftCard();
    REQUIRE(ow::test::waitUntil([&] { return d.removed >= 2 || d.cards.size() == d.removed; }, 2000));
    const int errorsBefore = int(d.errors.size());
    sim.placeCard();
    REQUIRE(ow::test::waitUntil([&] { return d.errors.size() == errorsBefore + 1; }, 2000));
    CHECK(d.errors.last().code == QStringLiteral("idreader.read_failed"));
    settle(300);
    CHECK(d.errors.size() == errorsBefore + 1);  // the same card stays: no storm of errors
    CHECK(d.reader.state() == DeviceState::Ready);
}

TEST_CASE("The driver turns Faulted when its port goes away, even while idle, and when nothing answers")
{
    {
        SamSimulator sim;
        REQUIRE(sim.loadCards(SamSimulator::builtInCardDir()).ok());
        REQUIRE(sim.start().ok());
        Driver d;
        REQUIRE(d.open(sim.portName(), {{"pollMs", 0}}).ok());
        sim.unplug();
        REQUIRE(ow::test::waitUntil([&] { return d.reader.state() == DeviceState::Faulted; }, 1000));
        CHECK(d.reader.errorString().contains(QStringLiteral("disconnected")));
        d.reader.readCard();
        REQUIRE(d.errors.size() == 1);
        CHECK(d.errors[0].code == QStringLiteral("idreader.not_open"));
    }
    {
        Driver d;
        auto st = d.open(QStringLiteral("/dev/ttyNOSUCHREADER9"));
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == QStringLiteral("idreader.port_missing"));
        CHECK(st.error().message.contains(QStringLiteral("does not answer")));
        CHECK(st.error().message.contains(QStringLiteral("/dev/ttyNOSUCHREADER9")));
    }
    {
        // "unplugged": the simulated reader's pty is gone before anyone opens it.
        SamSimulator sim;
        REQUIRE(sim.setScenario("unplugged").ok());
        REQUIRE(sim.start().ok());
        CHECK(sim.isUnplugged());
        Driver d;
        auto st = d.open(sim.portName());
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == QStringLiteral("idreader.port_missing"));
    }
    {
        Driver d;
        DeviceConfig c;
        auto st = d.reader.open(c);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == QStringLiteral("idreader.port_unset"));
    }
    {
        SamSimulator sim;
        REQUIRE(sim.setScenario("silent").ok());
        REQUIRE(sim.start().ok());
        Driver d;
        auto st = d.open(sim.portName(), {{"timeoutMs", 100}});
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == QStringLiteral("idreader.no_answer"));
    }
    {
        // Answers that stop coming after the reader was opened: Faulted, so the manager re-opens it.
        SamSimulator sim;
        REQUIRE(sim.loadCards(SamSimulator::builtInCardDir()).ok());
        REQUIRE(sim.setScenario("hang").ok());
        REQUIRE(sim.start().ok());
        Driver d;
        REQUIRE(d.open(sim.portName(), {{"timeoutMs", 60}, {"retries", 1}, {"pollMs", 0}}).ok());
        d.reader.readCard();
        REQUIRE(d.errors.size() == 1);
        CHECK(d.errors[0].code == QStringLiteral("idreader.timeout"));
        CHECK(d.reader.state() == DeviceState::Faulted);
        CHECK(d.reader.errorString().contains(QStringLiteral("does not answer")));
    }
}

namespace {

struct ManagerRig {
    ow::devicekit::PluginRegistry registry{ow::test::pluginDir()};
    ow::devicekit::DeviceManager manager{registry};
    QList<IdCard> cards;
    QList<Error> errors;
    int removed = 0;

    explicit ManagerRig(const DeviceConfig &config)
    {
        registry.discover();
        ow::devicekit::DeviceManager::Timing t;
        t.openTimeoutMs = 3000;
        t.operationTimeoutMs = 3000;
        t.reopenInitialMs = 100;
        manager.setTiming(t);
        QObject::connect(&manager, &ow::devicekit::DeviceManager::cardRead, [this](const IdCard &c) { cards << c; });
        QObject::connect(&manager, &ow::devicekit::DeviceManager::cardReadFailed, [this](const Error &e) { errors << e; });
        QObject::connect(&manager, &ow::devicekit::DeviceManager::cardRemoved, [this] { ++removed; });
        manager.start({config});
    }
    bool ready() { return ow::test::waitUntil([&] { return manager.isReady(DeviceKind::IdCardReader); }, 3000); }
};

DeviceConfig pluginConfig(const QString &plugin, const QVariantMap &options)
{
    DeviceConfig c;
    c.kind = DeviceKind::IdCardReader;
    c.pluginId = plugin;
    c.options = options;
    return c;
}

} // namespace

TEST_CASE("The idreader-sam plugin reads through the DeviceManager on its own thread; its photo stays undecodable")
{
    SamSimulator sim;
    REQUIRE(sim.loadCards(SamSimulator::builtInCardDir()).ok());
    REQUIRE(sim.setScenario("card:04-ayiguli").ok());
    REQUIRE(sim.start().ok());
    const auto *entry = [] {
        static ow::devicekit::PluginRegistry r(ow::test::pluginDir());
        r.discover();
        return r.find(QStringLiteral("idreader-sam"));
    }();
    REQUIRE(entry);
    CHECK(entry->usable);
    CHECK_FALSE(entry->simulator);

    ManagerRig rig(pluginConfig("idreader-sam", {{"port", sim.portName()}, {"pollMs", 0}}));
    REQUIRE(rig.ready());
    rig.manager.readCard();
    REQUIRE(ow::test::waitUntil([&] { return rig.cards.size() == 1; }, 3000));
    CHECK(rig.cards[0].name == QStringLiteral("阿依古丽·买买提"));
    CHECK(rig.cards[0].photo.isNull());
    CHECK(rig.cards[0].photoUndecodable);

    // Unplugged: Faulted with the reason; the manager keeps re-opening (the port is gone for good).
    sim.unplug();
    REQUIRE(ow::test::waitUntil(
        [&] { return rig.manager.health(DeviceKind::IdCardReader).state == DeviceState::Faulted; }, 2000));
    CHECK(rig.manager.health(DeviceKind::IdCardReader).reason.contains(QStringLiteral("disconnected")));
}

TEST_CASE("The practice reader runs the same driver against its own simulator, and its cards come with photos")
{
    ManagerRig rig(pluginConfig("sim-idreader", {{"scenario", "permit"}}));
    REQUIRE(rig.ready());
    rig.manager.readCard();
    REQUIRE(ow::test::waitUntil([&] { return rig.cards.size() == 1; }, 3000));
    CHECK(rig.cards[0].kind == IdCardKind::HmtResidencePermit);
    CHECK_FALSE(rig.cards[0].photo.isNull());
    CHECK_FALSE(rig.cards[0].photoUndecodable);

    // With presence polling, a card placed on the practice reader is read without F2.
    ManagerRig polling(pluginConfig("sim-idreader", {{"scenario", "place-and-lift"}, {"pollMs", 30}, {"placePolls", 3}}));
    REQUIRE(polling.ready());
    REQUIRE(ow::test::waitUntil([&] { return polling.cards.size() >= 1 && polling.removed >= 1; }, 3000));
    CHECK(polling.cards[0].name == QStringLiteral("张伟"));
    CHECK(polling.errors.isEmpty());
}
