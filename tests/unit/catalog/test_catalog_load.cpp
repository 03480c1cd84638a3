#include "TestSupport.h"

#include "catalog/Catalog.h"

using namespace ow::catalog;

namespace {

QString fixture(const char *name) { return QStringLiteral(OW_CATALOG_FIXTURES "/%1").arg(QLatin1String(name)); }

bool reports(const CatalogLoad &load, const QString &field, const QString &words)
{
    for (const CatalogError &e : load.errors)
        if (e.field.contains(field) && e.message.contains(words)) return true;
    return false;
}

} // namespace

TEST_CASE("A good catalog loads with its parts")
{
    const CatalogLoad load = Catalog::load(fixture("good.json"));
    INFO(load.summary(20).toStdString());
    REQUIRE(load.ok());
    CHECK(load.catalog->version() == u"2026.1.0");
    CHECK(load.catalog->published() == QDate(2026, 1, 1));
    REQUIRE(load.catalog->matters().size() == 2);
    const Matter *m = load.catalog->find(QStringLiteral("HZ-SFZ-SL"));
    REQUIRE(m);
    CHECK(m->aliases == QStringList{QStringLiteral("办身份证")});
    CHECK(m->deadlineWorkingDays == 20);
    CHECK(m->questions.size() == 5);
    CHECK(m->fees.front().exemptions.front().from == QDate(2026, 7, 1));
    CHECK(load.catalog->digest().size() == 32);
    CHECK_FALSE(load.catalog->find(QStringLiteral("HZ-NONE")));
}

TEST_CASE("Every kind of catalog error is found and named by matter and field")
{
    struct Case {
        const char *file;
        const char *field;
        const char *words;
    };
    const Case cases[] = {
        {"error-unknown-question.json", "materials[3].when", "unknown question \"is_pupil\""},
        {"error-cycle.json", "questions[0].when", "cycle: age → urgent → age"},
        {"error-self-reference.json", "questions[1].when", "cycle: pupil → pupil"},
        {"error-order.json", "questions[1].when", "asked only later"},
        {"error-unreachable-question.json", "questions[1]", "never asked"},
        {"error-unreachable-material.json", "materials[3]", "no situation needs"},
        {"error-duplicate-code.json", "code", "used by another matter"},
        {"error-duplicate-question.json", "questions[2].id", "used twice"},
        {"error-bad-option.json", "materials[3].when", "no option \"maybe\""},
        {"error-has-on-single.json", "materials[3].when", "needs a multiple choice"},
        {"error-missing-text.json", "name.en", "English text is missing"},
        {"error-syntax.json", "error-syntax.json", "not valid JSON at line 2"},
        {"error-bad-date.json", "materials[0].when", "compare with a date"},
    };
    for (const Case &c : cases) {
        const CatalogLoad load = Catalog::load(fixture(c.file));
        INFO(c.file << "\n" << load.summary(20).toStdString());
        CHECK_FALSE(load.ok());
        CHECK(reports(load, QString::fromUtf8(c.field), QString::fromUtf8(c.words)));
        if (QByteArray(c.file) != "error-syntax.json") {
            for (const CatalogError &e : load.errors) CHECK(e.matter == u"HZ-SFZ-SL");
        }
    }
}

TEST_CASE("All errors are reported at once, not only the first")
{
    const CatalogLoad load = Catalog::load(fixture("error-duplicate-question.json"));
    CHECK(load.errors.size() >= 3);
}

TEST_CASE("Catalog versions compare as numbers")
{
    CHECK(Catalog::compareVersions(QStringLiteral("2026.11.1"), QStringLiteral("2026.2.9")) > 0);
    CHECK(Catalog::compareVersions(QStringLiteral("2026.11"), QStringLiteral("2026.11.0")) == 0);
    CHECK(Catalog::compareVersions(QStringLiteral("2025.12.1"), QStringLiteral("2026.1")) < 0);
}

TEST_CASE("A missing file is an error, not a crash")
{
    const CatalogLoad load = Catalog::load(fixture("no-such-file.json"));
    CHECK_FALSE(load.ok());
    CHECK(load.errors.size() >= 1);
}

TEST_CASE("A question answered from the card must fit what the card gives", "[catalog]")
{
    const CatalogLoad load = Catalog::load(fixture("error-from-card.json"));
    INFO(load.summary(20).toStdString());
    CHECK_FALSE(load.ok());
    CHECK(reports(load, QStringLiteral("questions[0].fromCard"), QStringLiteral("single choice")));
}
