#include "TestSupport.h"

#include "catalog/CatalogStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ow::catalog;

namespace {

// A copy of the good fixture (with its part) under a new version, in `dir`.
QString writeVersion(const ow::test::TempDir &dir, const QString &version, const QString &name = QStringLiteral("update.json"))
{
    QFile in(QStringLiteral(OW_CATALOG_FIXTURES "/good.json"));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
    o[u"version"] = version;
    QFile::copy(QStringLiteral(OW_CATALOG_FIXTURES "/good-part.json"), dir.file(QStringLiteral("good-part.json")));
    QFile out(dir.file(name));
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(o).toJson());
    return out.fileName();
}

} // namespace

TEST_CASE("Without an install the profile uses the built-in catalog")
{
    ow::test::TempDir dir;
    CatalogStore store(dir.file(QStringLiteral("catalog")));
    auto cur = store.current();
    REQUIRE(cur.ok());
    CHECK(cur.value()->version() == Catalog::loadBundled().catalog->version());
    CHECK(store.installedVersions().isEmpty());
}

TEST_CASE("A newer catalog installs as one self-contained file and survives a restart")
{
    ow::test::TempDir src, data;
    const QString file = writeVersion(src, QStringLiteral("2099.1.0"));
    {
        CatalogStore store(data.file(QStringLiteral("catalog")));
        auto r = store.install(file);
        INFO((r ? QString() : r.error().describe()).toStdString());
        REQUIRE(r.ok());
        CHECK(r.value().version == u"2099.1.0");
        CHECK(r.value().matters == 2);
        CHECK(store.current().value()->version() == u"2099.1.0");
    }
    QFile::remove(src.file(QStringLiteral("good-part.json")));  // the install must not need its parts
    CatalogStore again(data.file(QStringLiteral("catalog")));
    REQUIRE(again.current().ok());
    CHECK(again.current().value()->version() == u"2099.1.0");
    CHECK(again.current().value()->matters().size() == 2);
    CHECK(again.installedVersions() == QStringList{"2099.1.0"});
    // A case accepted under the built-in version still finds it.
    const QString builtIn = Catalog::loadBundled().catalog->version();
    REQUIRE(again.version(builtIn).ok());
    CHECK(again.version(builtIn).value()->version() == builtIn);
    CHECK_FALSE(again.version(QStringLiteral("1999.1")).ok());
}

TEST_CASE("Older, same and broken catalogs are not installed")
{
    ow::test::TempDir src, data;
    CatalogStore store(data.file(QStringLiteral("catalog")));
    REQUIRE(store.install(writeVersion(src, QStringLiteral("2099.2.0"))).ok());

    auto older = store.install(writeVersion(src, QStringLiteral("2099.1.5"), QStringLiteral("older.json")));
    REQUIRE_FALSE(older.ok());
    CHECK(older.error().code == u"catalog.older");

    auto same = store.install(writeVersion(src, QStringLiteral("2099.2.0"), QStringLiteral("same.json")));
    REQUIRE(same.ok());
    CHECK(same.value().unchanged);

    auto broken = store.install(QStringLiteral(OW_CATALOG_FIXTURES "/error-cycle.json"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().code == u"catalog.invalid");
    CHECK(broken.error().message.contains(QStringLiteral("cycle")));
    CHECK(store.current().value()->version() == u"2099.2.0");
}

TEST_CASE("A damaged installed file falls back to the built-in catalog")
{
    ow::test::TempDir src, data;
    {
        CatalogStore store(data.file(QStringLiteral("catalog")));
        REQUIRE(store.install(writeVersion(src, QStringLiteral("2099.3.0"))).ok());
    }
    QFile f(data.file(QStringLiteral("catalog/catalog-2099.3.0.json")));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{ half a fil");
    f.close();
    CatalogStore store(data.file(QStringLiteral("catalog")));
    REQUIRE(store.current().ok());
    CHECK(store.current().value()->version() == Catalog::loadBundled().catalog->version());
}
