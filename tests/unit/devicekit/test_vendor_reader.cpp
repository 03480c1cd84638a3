#include "TestSupport.h"

#include "devicekit/Device.h"
#include "devicekit/DeviceManager.h"
#include "devicekit/PluginRegistry.h"
#include "identity/CardText.h"

#include <QColor>
#include <QFile>
#include <QLibrary>

using namespace ow::devicekit;

namespace {

const QString kFakeSdt = QStringLiteral(OW_FAKE_SDTAPI);
const QString kFakeSdtNoRead = QStringLiteral(OW_FAKE_SDTAPI_NOREAD);
const QString kFakeWlt = QStringLiteral(OW_FAKE_WLT);

// The steering handles of tests/fixtures/vendor/fake_sdtapi.c. Loaded by path like the plugin
// loads it, so both see the same library and the same state.
struct FakeSdt {
    QLibrary lib{kFakeSdt};
    void (*setScenario)(const char *) = nullptr;
    void (*setText)(const unsigned char *, unsigned int) = nullptr;
    void (*setAppended)(const unsigned char *, unsigned int) = nullptr;
    void (*setDelayMs)(int) = nullptr;
    int (*calls)(const char *) = nullptr;
    int (*openPorts)() = nullptr;
    void (*reset)() = nullptr;

    FakeSdt()
    {
        REQUIRE(lib.load());
        setScenario = reinterpret_cast<void (*)(const char *)>(lib.resolve("fake_sdt_set_scenario"));
        setText = reinterpret_cast<void (*)(const unsigned char *, unsigned int)>(lib.resolve("fake_sdt_set_text"));
        setAppended = reinterpret_cast<void (*)(const unsigned char *, unsigned int)>(lib.resolve("fake_sdt_set_appended"));
        setDelayMs = reinterpret_cast<void (*)(int)>(lib.resolve("fake_sdt_set_delay_ms"));
        calls = reinterpret_cast<int (*)(const char *)>(lib.resolve("fake_sdt_calls"));
        openPorts = reinterpret_cast<int (*)()>(lib.resolve("fake_sdt_open_ports"));
        reset = reinterpret_cast<void (*)()>(lib.resolve("fake_sdt_reset"));
        REQUIRE((setScenario && setText && setAppended && setDelayMs && calls && openPorts && reset));
        reset();
    }
    void card(const ow::core::IdCard &c)
    {
        const QByteArray block = ow::identity::encodeCardText(c);
        setText(reinterpret_cast<const unsigned char *>(block.constData()), unsigned(block.size()));
    }
    void appended(const QString &address)
    {
        const QByteArray block = ow::identity::encodeAppendedAddress(address);
        setAppended(reinterpret_cast<const unsigned char *>(block.constData()), unsigned(block.size()));
    }
};

ow::core::IdCard zhangWei()
{
    ow::core::IdCard c;
    c.name = QStringLiteral("张伟");
    c.gender = ow::core::Gender::Male;
    c.nationCode = QStringLiteral("01");
    c.birthDate = QDate(1988, 5, 12);
    c.address = QStringLiteral("北京市东城区南池子大街12号");
    c.idNumber = QStringLiteral("110101198805120178");
    c.issuer = QStringLiteral("北京市公安局东城分局");
    c.validFrom = QDate(2016, 3, 1);
    c.validTo = QDate(2036, 3, 1);
    return c;
}

DeviceConfig vendorConfig(const QVariantMap &extra = {})
{
    DeviceConfig c;
    c.kind = DeviceKind::IdCardReader;
    c.pluginId = QStringLiteral("idreader-vendor");
    c.options = {{"library", kFakeSdt}, {"port", 1001}, {"pollMs", 0}};
    for (auto it = extra.begin(); it != extra.end(); ++it) c.options.insert(it.key(), it.value());
    return c;
}

struct VendorRig {
    PluginRegistry registry{ow::test::pluginDir()};
    DeviceManager manager{registry};
    QList<ow::core::IdCard> cards;
    QList<ow::core::Error> errors;
    QStringList faultReasons;
    int removed = 0;

    explicit VendorRig(const DeviceConfig &config)
    {
        registry.discover();
        DeviceManager::Timing t;
        t.openTimeoutMs = 2000;
        t.operationTimeoutMs = 400;
        t.reopenInitialMs = 60;
        t.reopenMaxMs = 480;
        manager.setTiming(t);
        QObject::connect(&manager, &DeviceManager::cardRead, [this](const ow::core::IdCard &c) { cards.append(c); });
        QObject::connect(&manager, &DeviceManager::cardReadFailed, [this](const ow::core::Error &e) { errors.append(e); });
        QObject::connect(&manager, &DeviceManager::cardRemoved, [this] { ++removed; });
        QObject::connect(&manager, &DeviceManager::stateChanged, [this](DeviceKind, DeviceState s, const QString &r) {
            if (s == DeviceState::Faulted) faultReasons << r;
        });
        manager.start({config});
    }
    [[nodiscard]] DeviceHealth health() const { return manager.health(DeviceKind::IdCardReader); }
    bool waitState(DeviceState s, int ms = 3000)
    {
        return ow::test::waitUntil([&] { return health().state == s; }, ms);
    }
};

} // namespace

TEST_CASE("The vendor reader plugin is found and is no simulator")
{
    PluginRegistry r(ow::test::pluginDir());
    r.discover();
    const PluginEntry *e = r.find(QStringLiteral("idreader-vendor"));
    REQUIRE(e);
    CHECK(e->usable);
    CHECK_FALSE(e->simulator);
    CHECK(e->kinds == QList<DeviceKind>{DeviceKind::IdCardReader});
}

TEST_CASE("The vendor reader reads a card through the SDK, with the appended address")
{
    FakeSdt fake;
    fake.card(zhangWei());
    fake.appended(QStringLiteral("北京市西城区金融大街7号"));
    fake.setScenario("card");
    {
        VendorRig rig(vendorConfig());
        REQUIRE(rig.waitState(DeviceState::Ready));
        CHECK_FALSE(rig.health().simulated);
        CHECK(fake.openPorts() == 1);
        rig.manager.readCard();
        REQUIRE(ow::test::waitUntil([&] { return rig.cards.size() == 1; }));
        const ow::core::IdCard &c = rig.cards[0];
        CHECK(c.name == QStringLiteral("张伟"));
        CHECK(c.idNumber == QStringLiteral("110101198805120178"));
        CHECK(c.validTo == QDate(2036, 3, 1));
        CHECK(c.appendedAddress == QStringLiteral("北京市西城区金融大街7号"));
        CHECK(c.rawText.size() == 256);
        // No decoder configured: the chip photo is there but cannot be shown.
        CHECK(c.photo.isNull());
        CHECK(c.photoUndecodable);
        CHECK(rig.errors.isEmpty());
        CHECK(rig.health().state == DeviceState::Ready);
    }
    CHECK(fake.openPorts() == 0);  // closing the device closed the port
}

TEST_CASE("With a WLT decoder configured the chip photo arrives as a 102 x 126 RGB image")
{
    FakeSdt fake;
    fake.card(zhangWei());
    fake.setScenario("card");
    VendorRig rig(vendorConfig({{"wltLibrary", kFakeWlt}, {"wltCode", 602}}));
    REQUIRE(rig.waitState(DeviceState::Ready));
    rig.manager.readCard();
    REQUIRE(ow::test::waitUntil([&] { return rig.cards.size() == 1; }));
    const QImage &p = rig.cards[0].photo;
    REQUIRE(p.size() == QSize(102, 126));
    CHECK_FALSE(rig.cards[0].photoUndecodable);
    // The fake decoder paints red on the left half, blue on the top half, green = x (R and B in
    // the right places, top row at the top).
    CHECK(p.pixelColor(0, 0) == QColor(255, 0, 255));
    CHECK(p.pixelColor(101, 0) == QColor(0, 101, 255));
    CHECK(p.pixelColor(0, 125) == QColor(255, 0, 0));
    CHECK(p.pixelColor(101, 125) == QColor(0, 101, 0));
}

TEST_CASE("A decoder that refuses the photo costs the photo, not the card")
{
    FakeSdt fake;
    fake.card(zhangWei());
    fake.setScenario("card");
    VendorRig rig(vendorConfig({{"wltLibrary", kFakeWlt}, {"wltCode", 0}}));  // wrong vendor code
    REQUIRE(rig.waitState(DeviceState::Ready));
    rig.manager.readCard();
    REQUIRE(ow::test::waitUntil([&] { return rig.cards.size() == 1; }));
    CHECK(rig.cards[0].photo.isNull());
    CHECK(rig.cards[0].photoUndecodable);
}

TEST_CASE("A missing decoder library does not stop the reader")
{
    FakeSdt fake;
    fake.card(zhangWei());
    fake.setScenario("card");
    VendorRig rig(vendorConfig({{"wltLibrary", QStringLiteral("/nonexistent/libwlt2bmp.so")}}));
    REQUIRE(rig.waitState(DeviceState::Ready));
    rig.manager.readCard();
    REQUIRE(ow::test::waitUntil([&] { return rig.cards.size() == 1; }));
    CHECK(rig.cards[0].photoUndecodable);
}

TEST_CASE("A vendor library that is not installed faults the reader with the reason")
{
    VendorRig rig(vendorConfig({{"library", QStringLiteral("/nonexistent/libsdtapi.so")}}));
    REQUIRE(rig.waitState(DeviceState::Faulted));
    const QString reason = rig.health().reason;
    CHECK(reason.contains(QStringLiteral("vendor library")));
    CHECK(reason.contains(QStringLiteral("/nonexistent/libsdtapi.so")));
    CHECK(reason.contains(QStringLiteral("not installed")));
    rig.manager.readCard();
    REQUIRE(ow::test::waitUntil([&] { return !rig.errors.isEmpty(); }, 1000));
    CHECK(rig.errors[0].code == QStringLiteral("device.faulted"));
}

TEST_CASE("A vendor library file that does not load is told apart from one that is not installed")
{
    ow::test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("libsdtapi.so"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not an ELF file\n");
    }
    VendorRig rig(vendorConfig({{"library", path}}));
    REQUIRE(rig.waitState(DeviceState::Faulted));
    CHECK(rig.health().reason.contains(QStringLiteral("cannot be loaded")));
    CHECK(rig.health().reason.contains(path));
}

TEST_CASE("A vendor library without SDT_ReadBaseMsg is not a supported reader library")
{
    SECTION("through the manager: Faulted, with the officer's reason")
    {
        VendorRig rig(vendorConfig({{"library", kFakeSdtNoRead}}));
        REQUIRE(rig.waitState(DeviceState::Faulted));
        CHECK(rig.health().reason.contains(QStringLiteral("not a supported ID reader library")));
    }
    SECTION("the error's detail names the missing function for the log")
    {
        PluginRegistry r(ow::test::pluginDir());
        r.discover();
        auto d = r.create(QStringLiteral("idreader-vendor"), DeviceKind::IdCardReader);
        REQUIRE(d.ok());
        std::unique_ptr<Device> dev(d.value());
        const auto st = dev->open(vendorConfig({{"library", kFakeSdtNoRead}}));
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == QStringLiteral("idreader.vendor.symbol"));
        CHECK(st.error().detail.contains(QStringLiteral("SDT_ReadBaseMsg")));
        CHECK_FALSE(st.error().detail.contains(QStringLiteral("SDT_OpenPort")));
    }
}

TEST_CASE("A vendor reader whose port cannot be opened, or that has a bad port number, is Faulted")
{
    FakeSdt fake;
    SECTION("the SDK cannot open the port")
    {
        fake.setScenario("open-fails");
        VendorRig rig(vendorConfig());
        REQUIRE(rig.waitState(DeviceState::Faulted));
        CHECK(rig.health().reason.contains(QStringLiteral("cannot be opened")));
    }
    SECTION("a port number no SDK knows")
    {
        VendorRig rig(vendorConfig({{"port", 17}}));
        REQUIRE(rig.waitState(DeviceState::Faulted));
        CHECK(rig.health().reason.contains(QStringLiteral("not valid")));
        CHECK(fake.calls("SDT_OpenPort") == 0);
    }
    SECTION("a port that is not a number")
    {
        VendorRig rig(vendorConfig({{"port", QStringLiteral("COM3")}}));
        REQUIRE(rig.waitState(DeviceState::Faulted));
        CHECK(rig.health().reason.contains(QStringLiteral("COM3")));
        CHECK(fake.calls("SDT_OpenPort") == 0);
    }
    SECTION("no library configured")
    {
        DeviceConfig c = vendorConfig();
        c.options.remove(QStringLiteral("library"));
        VendorRig rig(c);
        REQUIRE(rig.waitState(DeviceState::Faulted));
        CHECK(rig.health().reason.contains(QStringLiteral("option library")));
    }
}

TEST_CASE("No card on the vendor reader is a failed read with the no-card message; the reader stays Ready")
{
    FakeSdt fake;
    fake.setScenario("no-card");
    VendorRig rig(vendorConfig());
    REQUIRE(rig.waitState(DeviceState::Ready));
    rig.manager.readCard();
    REQUIRE(ow::test::waitUntil([&] { return rig.errors.size() == 1; }));
    CHECK(rig.errors[0].code == QStringLiteral("idreader.no_card"));
    CHECK(rig.errors[0].message.contains(QStringLiteral("place the card flat")));
    CHECK(rig.cards.isEmpty());
    CHECK(rig.health().state == DeviceState::Ready);
}

TEST_CASE("A read error from the SDK is reported with the reader's status message")
{
    FakeSdt fake;
    fake.card(zhangWei());
    fake.setScenario("read-error");
    VendorRig rig(vendorConfig());
    REQUIRE(rig.waitState(DeviceState::Ready));
    rig.manager.readCard();
    REQUIRE(ow::test::waitUntil([&] { return rig.errors.size() == 1; }));
    CHECK(rig.errors[0].code == QStringLiteral("idreader.read_failed"));
    CHECK(rig.errors[0].detail.contains(QStringLiteral("0x41")));
    CHECK(rig.health().state == DeviceState::Ready);
}

TEST_CASE("A vendor call that blocks is cut short by the watchdog, and the reader comes back")
{
    FakeSdt fake;
    fake.card(zhangWei());
    fake.setDelayMs(1500);
    fake.setScenario("slow");
    {
        VendorRig rig(vendorConfig());
        REQUIRE(rig.waitState(DeviceState::Ready));
        QElapsedTimer t;
        t.start();
        rig.manager.readCard();
        REQUIRE(ow::test::waitUntil([&] { return rig.errors.size() == 1; }, 3000));
        CHECK(t.elapsed() < 1200);  // the watchdog (400 ms), not the 1.5 s call, answered
        CHECK(rig.errors[0].message.contains(QStringLiteral("did not respond")));
        fake.setScenario("card");
        // A fresh device on a fresh thread opens the port while the blocked call winds down.
        REQUIRE(rig.waitState(DeviceState::Ready, 3000));
        rig.manager.readCard();
        REQUIRE(ow::test::waitUntil([&] { return rig.cards.size() == 1; }, 3000));
        CHECK(rig.cards[0].idNumber == QStringLiteral("110101198805120178"));
    }
    CHECK(fake.openPorts() == 0);
}

TEST_CASE("Presence polling reads a placed card once, and reports it lifted")
{
    FakeSdt fake;
    fake.card(zhangWei());
    fake.setScenario("no-card");
    VendorRig rig(vendorConfig({{"pollMs", 50}}));
    REQUIRE(rig.waitState(DeviceState::Ready));
    ow::test::waitUntil([] { return false; }, 250);
    CHECK(rig.cards.isEmpty());
    CHECK(rig.errors.isEmpty());  // an empty reader is no error
    CHECK(fake.calls("SDT_StartFindIDCard") >= 2);

    fake.setScenario("card");
    REQUIRE(ow::test::waitUntil([&] { return rig.cards.size() == 1; }));
    ow::test::waitUntil([] { return false; }, 400);  // several polls with the card still there
    CHECK(rig.cards.size() == 1);
    CHECK(fake.calls("SDT_ReadBaseMsg") == 1);
    CHECK(rig.removed == 0);

    fake.setScenario("no-card");
    REQUIRE(ow::test::waitUntil([&] { return rig.removed == 1; }));
    CHECK(rig.cards.size() == 1);

    fake.setScenario("card");
    REQUIRE(ow::test::waitUntil([&] { return rig.cards.size() == 2; }));
    ow::test::waitUntil([] { return false; }, 300);
    CHECK(rig.cards.size() == 2);
    CHECK(rig.removed == 1);
    CHECK(rig.errors.isEmpty());

    // Asking for a read while the card lies there reads it again, and polling still does not.
    rig.manager.readCard();
    REQUIRE(ow::test::waitUntil([&] { return rig.cards.size() == 3; }));
    ow::test::waitUntil([] { return false; }, 300);
    CHECK(rig.cards.size() == 3);
}

TEST_CASE("A card that fails to read while polling is reported once, not every poll")
{
    FakeSdt fake;
    fake.card(zhangWei());
    fake.setScenario("read-error");
    VendorRig rig(vendorConfig({{"pollMs", 50}}));
    REQUIRE(rig.waitState(DeviceState::Ready));
    REQUIRE(ow::test::waitUntil([&] { return rig.errors.size() == 1; }));
    ow::test::waitUntil([] { return false; }, 400);
    CHECK(rig.errors.size() == 1);
    CHECK(rig.errors[0].code == QStringLiteral("idreader.read_failed"));
}

TEST_CASE("A vendor reader unplugged while polling turns Faulted and comes back when plugged in")
{
    FakeSdt fake;
    fake.card(zhangWei());
    fake.setScenario("card");
    VendorRig rig(vendorConfig({{"pollMs", 50}}));
    REQUIRE(rig.waitState(DeviceState::Ready));
    REQUIRE(ow::test::waitUntil([&] { return rig.cards.size() == 1; }));
    fake.setScenario("gone");
    REQUIRE(rig.waitState(DeviceState::Faulted));
    // Re-opening an unplugged reader fails with its own reason; the first fault says what happened.
    REQUIRE_FALSE(rig.faultReasons.isEmpty());
    CHECK(rig.faultReasons.first().contains(QStringLiteral("disconnected")));
    fake.setScenario("card");
    REQUIRE(rig.waitState(DeviceState::Ready, 3000));
    // The re-opened reader does not know the card: it reads it as newly placed.
    REQUIRE(ow::test::waitUntil([&] { return rig.cards.size() == 2; }));
}
