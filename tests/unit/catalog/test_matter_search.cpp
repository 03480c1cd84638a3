#include "TestSupport.h"

#include "catalog/MatterSearch.h"
#include "core/PinyinInitials.h"

using namespace ow::catalog;

namespace {

QStringList codes(const QList<const Matter *> &list)
{
    QStringList out;
    for (const Matter *m : list) out << m->code;
    return out;
}

} // namespace

TEST_CASE("Pinyin initials cover every reading of a character")
{
    const auto initials = ow::core::pinyinInitials(QStringLiteral("市外迁入—投靠配偶"));
    REQUIRE(initials.size() == 8);  // the dash is skipped
    CHECK(initials[4] == u"t");
    CHECK(ow::core::pinyinInitials(QStringLiteral("长"))[0] == u"cz");
    CHECK(ow::core::matchInitials(initials, u"tkpo") == 4);
    CHECK(ow::core::matchInitials(initials, u"swqr") == 0);
    CHECK(ow::core::matchInitials(initials, u"tp") == -1);
    CHECK(ow::core::matchInitialsInOrder(initials, u"tp"));
    CHECK(ow::core::pinyinInitials(QStringLiteral("A4纸"))[0] == u"a");
}

TEST_CASE("Matters are found by Chinese, pinyin initials, code and English")
{
    const CatalogLoad load = Catalog::load(QStringLiteral(OW_CATALOG_FIXTURES "/good.json"));
    REQUIRE(load.ok());
    const MatterSearch search(load.catalog);
    CHECK(codes(search.find(QStringLiteral("临时"))) == QStringList{"HZ-SFZ-LS"});
    CHECK(codes(search.find(QStringLiteral("lssfz"))) == QStringList{"HZ-SFZ-LS"});
    CHECK(codes(search.find(QStringLiteral("scsl"))) == QStringList{"HZ-SFZ-SL"});
    CHECK(codes(search.find(QStringLiteral("bsfz"))) == QStringList{"HZ-SFZ-SL"});  // the alias 办身份证
    CHECK(codes(search.find(QStringLiteral("hz-sfz-ls"))).first() == u"HZ-SFZ-LS");
    CHECK(codes(search.find(QStringLiteral("temporary"))) == QStringList{"HZ-SFZ-LS"});
    CHECK(search.find(QStringLiteral("xyz")).isEmpty());
    CHECK(search.find(QString(), Category::Traffic).isEmpty());
}

TEST_CASE("Recent and frequent matters come first")
{
    const CatalogLoad load = Catalog::load(QStringLiteral(OW_CATALOG_FIXTURES "/good.json"));
    const MatterSearch search(load.catalog);
    CHECK(codes(search.find(QString())) == QStringList{"HZ-SFZ-LS", "HZ-SFZ-SL"});
    MatterSearch::Usage usage;
    usage.counts.insert(QStringLiteral("HZ-SFZ-SL"), 3);
    CHECK(codes(search.find(QString(), std::nullopt, usage)) == QStringList{"HZ-SFZ-SL", "HZ-SFZ-LS"});
    usage.recent = QStringList{"HZ-SFZ-LS"};
    CHECK(codes(search.find(QString(), std::nullopt, usage)) == QStringList{"HZ-SFZ-LS", "HZ-SFZ-SL"});
    // The code prefix matches both equally: usage decides.
    usage.recent = QStringList{"HZ-SFZ-SL"};
    CHECK(codes(search.find(QStringLiteral("hz-sfz"), std::nullopt, usage)).first() == u"HZ-SFZ-SL");
}
