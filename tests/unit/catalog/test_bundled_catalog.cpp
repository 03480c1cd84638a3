// The catalog built into the client: it loads with every check, every answer path of every
// matter gives a checklist, and every matter can be found with two letters of pinyin.

#include "TestSupport.h"

#include "catalog/Guide.h"
#include "catalog/MatterSearch.h"

#include <QSet>

#include <climits>

using namespace ow::catalog;

namespace {

const CatalogLoad &bundled()
{
    static const CatalogLoad load = Catalog::loadBundled(true);
    return load;
}

// What the picker shows without scrolling.
constexpr int kVisibleRows = 6;

} // namespace

TEST_CASE("The bundled catalog loads with every check passing")
{
    const CatalogLoad &load = bundled();
    INFO(load.summary(40).toStdString());
    REQUIRE(load.ok());
    CHECK(load.catalog->matters().size() >= 60);
    QSet<Category> categories;
    for (const Matter &m : load.catalog->matters()) categories.insert(m.category);
    for (Category c : {Category::Household, Category::Traffic, Category::ExitEntry, Category::PublicOrder})
        CHECK(categories.contains(c));
}

TEST_CASE("Every answer path of every bundled matter gives a complete checklist")
{
    REQUIRE(bundled().ok());
    const Catalog &catalog = *bundled().catalog;
    qint64 total = 0;
    for (const Matter &m : catalog.matters()) {
        const Enumeration e = enumerate(m, catalog.version(), QDate(2026, 3, 2));
        INFO(m.code.toStdString() << ": " << e.paths << " paths, " << e.situations.size() << " checklists");
        CHECK_FALSE(e.truncated);  // every bundled matter is enumerated exhaustively
        CHECK(e.paths >= 1);
        qint64 sum = 0;
        for (const Situation &s : e.situations) {
            CHECK(s.checklist.complete());
            // A situation without materials is a refusal and must say why.
            CHECK((!s.checklist.materials.isEmpty() || !s.checklist.notes.isEmpty()));
            for (const ChecklistMaterial &cm : s.checklist.materials) CHECK(cm.certain);
            CHECK(s.checklist.feeCertain());
            CHECK(s.checklist.deadlineCertain);
            sum += s.paths;
        }
        CHECK(sum == e.paths);
        CHECK(e.askedQuestions.size() == qsizetype(m.questions.size()));
        total += e.paths;
    }
    CHECK(total > 0);
}

TEST_CASE("Joining a spouse from outside the city has at least 50 distinct checklists")
{
    REQUIRE(bundled().ok());
    const Matter *m = bundled().catalog->find(QStringLiteral("HZ-QR-TKPO"));
    REQUIRE(m);
    const Enumeration e = enumerate(*m, bundled().catalog->version(), QDate(2026, 3, 2));
    CHECK_FALSE(e.truncated);
    CHECK(e.situations.size() >= 50);
}

TEST_CASE("Every bundled matter is on screen after two letters of pinyin")
{
    REQUIRE(bundled().ok());
    const MatterSearch search(bundled().catalog);
    for (const Matter &m : bundled().catalog->matters()) {
        int bestRank = INT_MAX;
        QString bestQuery;
        for (char a = 'a'; a <= 'z'; ++a)
            for (char b = 'a'; b <= 'z'; ++b) {
                const QString q = QString(QLatin1Char(a)) + QLatin1Char(b);
                const int rank = int(search.find(q).indexOf(&m));
                if (rank >= 0 && rank < bestRank) {
                    bestRank = rank;
                    bestQuery = q;
                }
            }
        INFO(m.code.toStdString() << " " << m.name.zh.toStdString() << ": best \"" << bestQuery.toStdString() << "\" at row "
                                  << bestRank + 1);
        CHECK(bestRank < kVisibleRows);
    }
}
