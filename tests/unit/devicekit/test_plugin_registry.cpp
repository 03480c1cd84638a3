#include "TestSupport.h"

#include "devicekit/Device.h"
#include "devicekit/PluginRegistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace ow::devicekit;

namespace {

const PluginEntry *entryForFile(const PluginRegistry &r, const QString &fileName)
{
    for (const auto &e : r.entries())
        if (QFileInfo(e.file).fileName() == fileName) return &e;
    return nullptr;
}

} // namespace

TEST_CASE("The shipped plugins are found with their metadata")
{
    PluginRegistry r(ow::test::pluginDir());
    r.discover();
    const PluginEntry *reader = r.find("sim-idreader");
    REQUIRE(reader);
    CHECK(reader->usable);
    CHECK(reader->simulator);
    CHECK(reader->kinds == QList<DeviceKind>{DeviceKind::IdCardReader});
    CHECK(reader->version == QStringLiteral("1.0.0"));
    const PluginEntry *printer = r.find("pdf-printer");
    REQUIRE(printer);
    CHECK_FALSE(printer->simulator);
    CHECK(printer->kinds == QList<DeviceKind>{DeviceKind::Printer});
    REQUIRE(r.find("sim-camera"));
}

TEST_CASE("Plugins with bad metadata are skipped with a reason, never loaded")
{
    PluginRegistry r(QStringLiteral(OW_FIXTURE_PLUGIN_DIR));
    r.discover();
    struct Expect {
        const char *file;
        const char *reason;
    };
    const Expect expectations[] = {
        {"wrong-iid.so", "wrong plugin interface"},
        {"no-id.so", "\"id\" is missing"},
        {"bad-id.so", "\"id\" is missing or not of lower-case"},
        {"no-name.so", "\"name\" is missing"},
        {"bad-version.so", "\"version\""},
        {"no-kinds.so", "\"kinds\" must list"},
        {"unknown-kind.so", "unknown device kind \"Teleporter\""},
        {"no-simulator-flag.so", "\"simulator\" must be true or false"},
        {"empty-metadata.so", "no metadata"},
        {"garbage.so", "not a Qt plugin"},
        {"plain-library.so", "not a Qt plugin"},
        {"duplicate-id.so", "already has the id"},
    };
    for (const auto &x : expectations) {
        INFO(x.file);
        const PluginEntry *e = entryForFile(r, QString::fromLatin1(x.file));
        REQUIRE(e);
        CHECK_FALSE(e->usable);
        CHECK(e->problem.contains(QString::fromLatin1(x.reason)));
    }
    // The first plugin with a given id stays usable; only the later duplicate is refused.
    const PluginEntry *first = entryForFile(r, QStringLiteral("creates-nothing.so"));
    REQUIRE(first);
    CHECK(first->usable);
    // Nothing unusable is ever found by id.
    CHECK(r.find(QStringLiteral("wrong-iid")) == nullptr);
    CHECK(r.find(QStringLiteral("unknown-kind")) == nullptr);
}

TEST_CASE("Creating devices: a missing plugin, a wrong kind, a plugin that creates nothing")
{
    PluginRegistry real(ow::test::pluginDir());
    real.discover();
    SECTION("a real device")
    {
        auto d = real.create("sim-idreader", DeviceKind::IdCardReader);
        REQUIRE(d.ok());
        std::unique_ptr<Device> dev(d.value());
        CHECK(dev->kind() == DeviceKind::IdCardReader);
        CHECK(qobject_cast<IdCardReader *>(dev.get()) != nullptr);  // one copy of devicekit across the boundary
        CHECK(dev->state() == DeviceState::Closed);
        const auto found = dev->scan();
        REQUIRE(found.size() == 1);
        CHECK(found.first().simulated);
    }
    SECTION("not installed")
    {
        auto d = real.create("vendor-reader-x", DeviceKind::IdCardReader);
        REQUIRE_FALSE(d.ok());
        CHECK(d.error().code == QStringLiteral("device.plugin.missing"));
    }
    SECTION("wrong kind")
    {
        auto d = real.create("pdf-printer", DeviceKind::Camera);
        REQUIRE_FALSE(d.ok());
        CHECK(d.error().code == QStringLiteral("device.plugin.kind"));
    }
    SECTION("plugin that creates nothing")
    {
        PluginRegistry fixtures(QStringLiteral(OW_FIXTURE_PLUGIN_DIR));
        fixtures.discover();
        auto d = fixtures.create("creates-nothing", DeviceKind::Camera);
        REQUIRE_FALSE(d.ok());
        CHECK(d.error().code == QStringLiteral("device.plugin.kind"));
    }
}

TEST_CASE("A missing plugin folder gives an empty list, not a crash")
{
    PluginRegistry r(QStringLiteral("/nonexistent/onewindow/plugins"));
    r.discover();
    CHECK(r.entries().isEmpty());
}

TEST_CASE("Discovery reads metadata without running any plugin code")
{
    ow::test::TempDir tmp;
    const QString marker = tmp.file("loaded.txt");
    qputenv("OW_FIXTURE_LOADED_MARKER", marker.toLocal8Bit());
    PluginRegistry r(QStringLiteral(OW_FIXTURE_PLUGIN_DIR));
    r.discover();
    CHECK(r.entries().size() >= 12);
    CHECK_FALSE(QFile::exists(marker));  // nothing was loaded, broken or not
    // Positive control (a fixture no other test loads): creating a device does load the plugin.
    (void)r.create("load-probe", DeviceKind::Camera);
    QFile f(marker);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray("load-probe\n"));
    qunsetenv("OW_FIXTURE_LOADED_MARKER");
}
