#include "TestSupport.h"

#include "catalog/Condition.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace ow::catalog;

namespace {

Condition cond(const char *json)
{
    auto c = Condition::parse(QJsonDocument::fromJson(json).object(), QStringLiteral("test"));
    REQUIRE(c.ok());
    return c.value();
}

} // namespace

TEST_CASE("Comparisons on answers")
{
    const GuideAnswers a{{"reason", "expired"}, {"age", 15}, {"docs", QStringList{"booklet", "photo"}}};
    CHECK(cond(R"({"eq": ["reason", "expired"]})").evaluate(a) == Truth::True);
    CHECK(cond(R"({"eq": ["reason", "lost"]})").evaluate(a) == Truth::False);
    CHECK(cond(R"({"in": ["reason", ["lost", "expired"]]})").evaluate(a) == Truth::True);
    CHECK(cond(R"({"lt": ["age", 16]})").evaluate(a) == Truth::True);
    CHECK(cond(R"({"gt": ["age", 16]})").evaluate(a) == Truth::False);
    CHECK(cond(R"({"eq": ["age", 15]})").evaluate(a) == Truth::True);
    CHECK(cond(R"({"has": ["docs", "photo"]})").evaluate(a) == Truth::True);
    CHECK(cond(R"({"has": ["docs", "scan"]})").evaluate(a) == Truth::False);
    CHECK(cond(R"({"answered": "reason"})").evaluate(a) == Truth::True);
    CHECK(cond(R"({"answered": "spouse"})").evaluate(a) == Truth::False);
}

TEST_CASE("Three-valued logic with questions not answered yet")
{
    const GuideAnswers a{{"married", "yes"}};
    CHECK(cond(R"({"eq": ["spouseLocal", "yes"]})").evaluate(a) == Truth::Unknown);
    // One false decides an "all", one true decides an "any", whatever is still unknown.
    CHECK(cond(R"({"all": [{"eq": ["married", "no"]}, {"eq": ["x", 1]}]})").evaluate(a) == Truth::False);
    CHECK(cond(R"({"all": [{"eq": ["married", "yes"]}, {"eq": ["x", 1]}]})").evaluate(a) == Truth::Unknown);
    CHECK(cond(R"({"any": [{"eq": ["married", "yes"]}, {"eq": ["x", 1]}]})").evaluate(a) == Truth::True);
    CHECK(cond(R"({"any": [{"eq": ["married", "no"]}, {"eq": ["x", 1]}]})").evaluate(a) == Truth::Unknown);
    CHECK(cond(R"({"not": {"eq": ["x", 1]}})").evaluate(a) == Truth::Unknown);
    CHECK(cond(R"({"not": {"eq": ["married", "yes"]}})").evaluate(a) == Truth::False);
    CHECK(Condition::always().evaluate({}) == Truth::True);
}

TEST_CASE("Conditions list the questions they read")
{
    const auto c = cond(R"({"all": [{"eq": ["a", 1]}, {"any": [{"in": ["b", [1, 2]]}, {"not": {"answered": "c"}}]}]})");
    CHECK(c.questions() == QStringList{"a", "b", "c"});
}

TEST_CASE("Malformed conditions are refused with where they are")
{
    for (const char *bad : {R"({"eq": ["a"]})", R"({"all": []})", R"({"between": ["a", 1]})", R"({"lt": ["a", "x"]})",
                            R"({"in": ["a", []]})", R"({"eq": ["a", 1], "in": ["b", [1]]})", R"({"answered": ""})"}) {
        INFO(bad);
        auto c = Condition::parse(QJsonDocument::fromJson(bad).object(), QStringLiteral("HZ-X materials[2].when"));
        REQUIRE_FALSE(c.ok());
        CHECK(c.error().message.contains(QStringLiteral("HZ-X materials[2].when")));
    }
}
