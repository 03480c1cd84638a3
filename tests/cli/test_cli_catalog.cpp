// The catalog and guide commands, run as a script or a trainer would.

#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>

using namespace ow::test::cli;

namespace {

const QString kFixtures = QStringLiteral(OW_CATALOG_FIXTURES);

QList<QJsonObject> lines(const QByteArray &out)
{
    QList<QJsonObject> o;
    for (const QByteArray &l : out.split('\n'))
        if (!l.trimmed().isEmpty()) o << QJsonDocument::fromJson(l).object();
    return o;
}

} // namespace

TEST_CASE("cli catalog list reports every bundled matter, and by category")
{
    ow::test::TempDir tmp;
    const Run all = cli({"--data-dir", tmp.path(), "catalog", "list"});
    REQUIRE(all.exitCode == 0);
    const auto matters = lines(all.out);
    CHECK(matters.size() >= 60);
    QSet<QString> codes, categories;
    for (const QJsonObject &m : matters) {
        CHECK_FALSE(m.value("name").toString().isEmpty());
        codes.insert(m.value("code").toString());
        categories.insert(m.value("category").toString());
    }
    CHECK(codes.size() == matters.size());
    CHECK(categories.contains("household"));
    CHECK(categories.contains("traffic"));
    CHECK(categories.contains("exitentry"));
    CHECK(categories.contains("publicorder"));
    const Run traffic = cli({"--data-dir", tmp.path(), "catalog", "list", "--category", "traffic"});
    REQUIRE(traffic.exitCode == 0);
    for (const QJsonObject &m : lines(traffic.out)) CHECK(m.value("category") == "traffic");
    CHECK(cli({"--data-dir", tmp.path(), "catalog", "list", "--category", "food"}).exitCode == 2);
}

TEST_CASE("cli guide --enumerate gives at least 50 checklists for joining a spouse")
{
    ow::test::TempDir tmp;
    const Run r = cli({"--data-dir", tmp.path(), "guide", "HZ-QR-TKPO", "--enumerate"});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json();
    CHECK(o.value("distinct").toInt() >= 50);
    CHECK_FALSE(o.value("truncated").toBool());
    double paths = 0;
    for (const QJsonValue &s : o.value("situations").toArray()) {
        paths += s.toObject().value("paths").toDouble();
        CHECK(s.toObject().value("complete").toBool());
    }
    CHECK(paths == o.value("paths").toDouble());
}

TEST_CASE("cli guide answers give the exact checklist; a bad answer is a usage error")
{
    const QString good = kFixtures + "/good.json";
    const Run r = cli({"guide", "HZ-SFZ-SL", "--catalog", good, "--answers", "age=12,pupil=yes,urgent=no,docs=booklet|photo",
                       "--as-of", "2026-07-15", "--lang", "en"});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json();
    CHECK(o.value("complete").toBool());
    QStringList ids;
    for (const QJsonValue &m : o.value("materials").toArray()) ids << m.toObject().value("id").toString();
    CHECK(ids == QStringList{"booklet", "guardian", "school"});
    CHECK(o.value("totalFen").toInt() == 0);  // the summer campaign
    CHECK(o.value("deadline").toString() == "2026-08-12");
    CHECK(cli({"guide", "HZ-SFZ-SL", "--catalog", good, "--answers", "age=old"}).exitCode == 2);
    CHECK(cli({"guide", "HZ-SFZ-SL", "--catalog", good, "--answers", "colour=red"}).exitCode == 2);
    CHECK(cli({"guide", "HZ-NONE", "--catalog", good}).exitCode == 1);
}

TEST_CASE("cli catalog check lists every error and exits 1")
{
    const Run ok = cli({"catalog", "check", kFixtures + "/good.json"});
    CHECK(ok.exitCode == 0);
    CHECK(ok.json().value("ok").toBool());
    const Run bad = cli({"catalog", "check", kFixtures + "/error-duplicate-question.json", "--lang", "en"});
    CHECK(bad.exitCode == 1);
    CHECK(bad.json().value("errors").toArray().size() >= 3);
    CHECK(bad.err.contains("used twice"));
    // A part of the bundled catalog is checked on its own.
    const Run part = cli({"catalog", "check", QStringLiteral(OW_CATALOG_SOURCE "/traffic.json")});
    CHECK(part.exitCode == 0);
}

TEST_CASE("cli catalog show and install: a newer catalog replaces the built-in one for the profile")
{
    ow::test::TempDir tmp;
    const Run shown = cli({"--data-dir", tmp.path(), "catalog", "show", "HZ-QR-TKPO"});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.json().value("questions").toArray().size() >= 3);

    // Officers log in to install; a plain officer may not.
    auto add = [&](const QString &number, const QString &role, const QStringList &extra) {
        return cli(QStringList{"--data-dir", tmp.path(), "officer", "add", "--number", number, "--name", "N", "--role", role} + extra,
                   "admin-pass-1\nadmin-pass-1\n", "admin-pass-1");
    };
    REQUIRE(add("900001", "admin", {}).exitCode == 0);
    REQUIRE(add("900002", "officer", {"--officer", "900001"}).exitCode == 0);

    QFile in(kFixtures + "/good.json");
    REQUIRE(in.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(in.readAll()).object();
    doc["version"] = "2099.1.0";
    QFile::copy(kFixtures + "/good-part.json", tmp.file("good-part.json"));
    QFile out(tmp.file("update.json"));
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(doc).toJson());
    out.close();

    const Run refused = cli({"--data-dir", tmp.path(), "catalog", "install", tmp.file("update.json"), "--officer", "900002"}, {}, "admin-pass-1");
    CHECK(refused.exitCode == 1);
    const Run installed = cli({"--data-dir", tmp.path(), "catalog", "install", tmp.file("update.json"), "--officer", "900001"}, {}, "admin-pass-1");
    INFO(installed.err.toStdString());
    REQUIRE(installed.exitCode == 0);
    CHECK(installed.json().value("version") == "2099.1.0");
    const Run list = cli({"--data-dir", tmp.path(), "catalog", "list"});
    CHECK(lines(list.out).size() == 2);
}
