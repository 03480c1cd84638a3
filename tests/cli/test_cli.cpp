// Runs the real onewindow-cli binary as a user or a script would.

#include "CliRunner.h"

#include "core/IdCard.h"
#include "identity/CardText.h"
#include "identity/SamFrame.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDir>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>

using namespace ow::test::cli;

TEST_CASE("cli --version and usage errors")
{
    auto v = cli({"--version"});
    CHECK(v.exitCode == 0);
    CHECK(v.out.startsWith("onewindow-cli "));
    CHECK(cli({}).exitCode == 2);
    CHECK(cli({"frobnicate"}).exitCode == 2);
    CHECK(cli({"--profile", "training", "self-test"}).exitCode == 2);
    CHECK(cli({"id"}).exitCode == 2);
}

TEST_CASE("cli id check prints the facts of a valid number")
{
    auto r = cli({"id", "check", "44011320141005001X", "--as-of", "2026-11-21"});
    CHECK(r.exitCode == 0);
    const QJsonObject o = r.json();
    CHECK(o["valid"].toBool());
    CHECK(o["normalized"].toString() == QStringLiteral("44011320141005001X"));
    CHECK(o["kind"].toString() == QStringLiteral("resident"));
    CHECK(o["region"].toString() == QStringLiteral("440113"));
    CHECK(o["regionName"].toString() == QStringLiteral("广东省广州市番禺区"));
    CHECK(o["birthDate"].toString() == QStringLiteral("2014-10-05"));
    CHECK(o["gender"].toString() == QStringLiteral("male"));
    CHECK(o["age"].toInt() == 12);
}

TEST_CASE("cli id check names the fault of an invalid number")
{
    auto bad = cli({"id", "check", "36042619910102009X"});
    CHECK(bad.exitCode == 1);
    CHECK_FALSE(bad.json()["valid"].toBool());
    CHECK(bad.json()["reason"].toString().contains(QStringLiteral("should be")));
    auto date = cli({"id", "check", "360426199113010079"});
    CHECK(date.exitCode == 1);
    CHECK(date.json()["code"].toString() == QStringLiteral("id.date"));
    auto permit = cli({"id", "check", "810000199103150020"});
    CHECK(permit.exitCode == 0);
    CHECK(permit.json()["kind"].toString() == QStringLiteral("hk-macau-taiwan-permit"));
}

TEST_CASE("cli id upgrade turns a 15-digit number into 18")
{
    auto r = cli({"id", "upgrade", "130503670401001"});
    CHECK(r.exitCode == 0);
    CHECK(r.out.trimmed() == QByteArray("130503196704010016"));
    CHECK(cli({"id", "upgrade", "13050367040100"}).exitCode == 1);
}

TEST_CASE("cli self-test passes on a fresh data folder, for practice and counter")
{
    ow::test::TempDir tmp;
    for (const char *profile : {"practice", "counter"}) {
        INFO(profile);
        auto r = cli({"self-test", "--profile", profile, "--data-dir", tmp.path(), "--plugin-dir", ow::test::pluginDir()});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.json()["ok"].toBool());
        CHECK(r.err.contains(QStringLiteral("PASS")));
        CHECK(QFile::exists(QDir(tmp.path()).filePath(QString::fromLatin1(profile) + "/onewindow.db")));
    }
    // Practice checks its five simulated devices (reader, camera, printer, caller display, pad).
    auto r = cli({"self-test", "--profile", "practice", "--data-dir", tmp.path(), "--plugin-dir", ow::test::pluginDir()});
    CHECK(r.json()["checks"].toArray().size() == 9);
}

TEST_CASE("cli self-test fails, naming the device, when a configured device cannot open")
{
    ow::test::TempDir tmp;
    QDir().mkpath(QDir(tmp.path()).filePath("practice"));
    {
        QSettings s(QDir(tmp.path()).filePath("practice/onewindow.ini"), QSettings::IniFormat);
        s.setValue("devices/IdCardReader/scenario", "fault-on-open");
        s.setValue("devices/Camera/plugin", "no-such-camera");
    }
    auto r = cli({"self-test", "--profile", "practice", "--data-dir", tmp.path(), "--plugin-dir", ow::test::pluginDir()});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(r.json()["ok"].toBool());
    CHECK(r.err.contains(QStringLiteral("FAIL")));
    CHECK(r.err.contains(QStringLiteral("no-such-camera")));
    CHECK(r.err.contains(QStringLiteral("does not answer")));
}

TEST_CASE("cli devices list shows usable plugins and the profile's configuration")
{
    ow::test::TempDir tmp;
    auto r = cli({"devices", "list", "--profile", "practice", "--data-dir", tmp.path(), "--plugin-dir", ow::test::pluginDir()});
    CHECK(r.exitCode == 0);
    const QJsonObject o = r.json();
    QStringList ids;
    for (const auto &p : o["plugins"].toArray())
        if (p.toObject()["usable"].toBool()) ids << p.toObject()["id"].toString();
    CHECK(ids.contains("sim-idreader"));
    CHECK(ids.contains("sim-camera"));
    CHECK(ids.contains("pdf-printer"));
    CHECK(ids.contains("sim-peripherals"));
    CHECK(o["configured"].toArray().size() == 5);
}

TEST_CASE("cli devices list marks broken plugins unusable with the reason")
{
    auto r = cli({"devices", "list", "--plugin-dir", QStringLiteral(OW_BUILD_DIR "/tests/fixtures/plugins")});
    CHECK(r.exitCode == 0);
    bool sawUnusable = false;
    for (const auto &p : r.json()["plugins"].toArray()) {
        const QJsonObject o = p.toObject();
        if (o["file"].toString() == QStringLiteral("unknown-kind.so")) {
            CHECK_FALSE(o["usable"].toBool());
            CHECK(o["problem"].toString().contains(QStringLiteral("Teleporter")));
            sawUnusable = true;
        }
    }
    CHECK(sawUnusable);
    CHECK(r.err.contains(QStringLiteral("unusable")));
}

TEST_CASE("cli audit verify passes on a fresh data folder, creating the profile's database")
{
    ow::test::TempDir tmp;
    auto r = cli({"audit", "verify", "--data-dir", tmp.path()});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    const QJsonObject o = r.json();
    CHECK(o["ok"].toBool());
    CHECK(o["rows"].toInt(-1) == 0);
    CHECK_FALSE(o.contains("firstBrokenSeq"));
    CHECK_FALSE(o.contains("problem"));
    CHECK(r.err.contains(QStringLiteral("intact")));
    CHECK(QFile::exists(QDir(tmp.path()).filePath("counter/onewindow.db")));
}

TEST_CASE("cli audit verify names the first broken row of a tampered log")
{
    ow::test::TempDir tmp;
    REQUIRE(QDir().mkpath(QDir(tmp.path()).filePath("practice")));
    const QString path = QDir(tmp.path()).filePath("practice/onewindow.db");
    {
        auto db = ow::storage::Database::open(path);
        REQUIRE(db.ok());
        ow::storage::AuditLog log(db.value(), QStringLiteral("WS-01"), QStringLiteral("practice"));
        for (int i = 1; i <= 20; ++i)
            REQUIRE(log.append({QStringLiteral("0101"), QString::fromLatin1(ow::storage::audit::kCaseView),
                                QStringLiteral("P-%1").arg(i), QString()})
                        .ok());
    }
    auto intact = cli({"audit", "verify", "--profile", "practice", "--data-dir", tmp.path()});
    INFO(intact.err.toStdString());
    CHECK(intact.exitCode == 0);
    CHECK(intact.json()["ok"].toBool());
    CHECK(intact.json()["rows"].toInt() == 20);

    {
        auto db = ow::storage::Database::open(path);
        REQUIRE(db.ok());
        // What someone with the file and sqlite3 would do: drop the guards, remove a row.
        REQUIRE(db.value().exec(QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; "
                                               "DELETE FROM audit_log WHERE seq = 17;")).ok());
    }
    auto r = cli({"audit", "verify", "--profile", "practice", "--data-dir", tmp.path()});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    const QJsonObject o = r.json();
    CHECK_FALSE(o["ok"].toBool());
    CHECK(o["firstBrokenSeq"].toInt() == 17);
    CHECK(o["problem"].toString().contains(QStringLiteral("row 17 is missing")));
    CHECK(r.err.contains(QStringLiteral("broken at row 17")));
}

TEST_CASE("cli audit verify fails with the reason when the database cannot be opened, and checks its usage")
{
    ow::test::TempDir tmp;
    REQUIRE(QDir().mkpath(QDir(tmp.path()).filePath("counter")));
    QFile junk(QDir(tmp.path()).filePath("counter/onewindow.db"));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'x'));
    junk.close();
    auto r = cli({"audit", "verify", "--data-dir", tmp.path()});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(r.json()["ok"].toBool());
    CHECK(r.err.contains(QStringLiteral("damaged")));

    CHECK(cli({"audit", "--data-dir", tmp.path()}).exitCode == 2);
    CHECK(cli({"audit", "check", "--data-dir", tmp.path()}).exitCode == 2);
    CHECK(cli({"audit", "verify", "now", "--data-dir", tmp.path()}).exitCode == 2);
}

TEST_CASE("cli seed fills the practice profile with synthetic cases for a logged-in officer")
{
    ow::test::TempDir tmp;
    // The practice demo administrator (000001 / practice-admin) exists from the first open.
    auto r = cli({"seed", "--profile", "practice", "--cases", "300", "--seed", "5", "--officer", "000001", "--data-dir",
                  tmp.path()},
                 {}, "practice-admin");
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.json()["cases"].toInt() == 300);
    CHECK(r.json()["seconds"].toDouble() > 0);
    CHECK(r.json()["casesPerSecond"].toDouble() > 0);
    CHECK(r.err.contains(QStringLiteral("300 / 300")));
    auto count = [&] {
        auto db = ow::storage::Database::open(QDir(tmp.path()).filePath("practice/onewindow.db"));
        REQUIRE(db.ok());
        ow::storage::Statement st(db.value(), "SELECT count(*) FROM case_record");
        REQUIRE(st.step().value());
        return st.int64(0);
    };
    CHECK(count() == 300);
    CHECK(cli({"audit", "verify", "--profile", "practice", "--data-dir", tmp.path()}).exitCode == 0);

    // Personal data: no officer, or the wrong password, and nothing is written.
    auto anonymous = cli({"seed", "--profile", "practice", "--cases", "10", "--data-dir", tmp.path()}, {}, "practice-admin");
    CHECK(anonymous.exitCode == 1);
    CHECK(anonymous.err.contains(QStringLiteral("--officer")));
    auto wrong = cli({"seed", "--profile", "practice", "--cases", "10", "--officer", "000001", "--data-dir", tmp.path()},
                     "not-the-password\n");
    CHECK(wrong.exitCode == 1);
    CHECK_FALSE(wrong.err.isEmpty());
    CHECK(count() == 300);
}

TEST_CASE("cli seed never fills a real profile")
{
    ow::test::TempDir tmp;
    auto added = cli({"officer", "add", "--number", "900001", "--name", "管理员", "--role", "admin", "--data-dir",
                      tmp.path()},
                     "seed-password\n");
    REQUIRE(added.exitCode == 0);
    auto r = cli({"seed", "--cases", "10", "--officer", "900001", "--data-dir", tmp.path()}, {}, "seed-password");
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("practice")));
}

TEST_CASE("cli seed refuses a bad number of cases as a usage error")
{
    ow::test::TempDir tmp;
    for (const char *n : {"0", "-5", "5000001", "many"}) {
        INFO(n);
        CHECK(cli({"seed", "--cases", n, "--officer", "900001", "--data-dir", tmp.path()}, {}, "x").exitCode == 2);
    }
    CHECK(cli({"seed", "--officer", "900001", "--data-dir", tmp.path()}, {}, "x").exitCode == 2);
    CHECK(cli({"seed", "now", "--cases", "5", "--data-dir", tmp.path()}, {}, "x").exitCode == 2);
}

namespace {

QString cardFile(const char *name) { return QDir(ow::test::sourceDir()).filePath(QStringLiteral("devices/sim-idreader/cards/") + name); }

QByteArray be16(int v) { return QByteArray().append(char(v >> 8)).append(char(v & 0xFF)); }

// Card contents are personal data: these commands run as a real (non-demo) administrator of a
// counter profile, created on first use in `dataRoot`.
Run cardCli(QStringList args, const QString &dataRoot)
{
    if (!QFile::exists(QDir(dataRoot).filePath("counter/onewindow.db")))
        REQUIRE(cli({"officer", "add", "--number", "900001", "--name", "管理员", "--role", "admin", "--data-dir", dataRoot},
                    "card-admin-password\n")
                    .exitCode == 0);
    args << "--officer" << "900001" << "--data-dir" << dataRoot;
    return cli(args, {}, "card-admin-password");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("cli card decode reads a 256-byte text block and a whole 1295-byte answer frame")
{
    ow::test::TempDir tmp;
    QFile json(cardFile("09-permit-chenmeiling.json"));
    REQUIRE(json.open(QIODevice::ReadOnly));
    const auto card = ow::core::IdCard::fromJson(QJsonDocument::fromJson(json.readAll()).object());
    REQUIRE(card.ok());
    const QByteArray text = ow::identity::encodeCardText(card.value());
    writeFile(tmp.file("block.bin"), text);
    const QByteArray frame = ow::identity::sam::buildResponse(
        ow::identity::sam::kSuccess, be16(256) + be16(1024) + text + QByteArray(1024, 'w'));
    REQUIRE(frame.size() == 1295);
    writeFile(tmp.file("frame.bin"), frame);

    auto block = cardCli({"card", "decode", tmp.file("block.bin"), "--as-of", "2026-11-21"}, tmp.path());
    INFO(block.err.toStdString());
    CHECK(block.exitCode == 0);
    QJsonObject o = block.json();
    CHECK(o["source"].toString() == QStringLiteral("text-block"));
    CHECK(o["kind"].toString() == QStringLiteral("hmt-residence-permit"));
    CHECK(o["name"].toString() == QStringLiteral("陈美玲"));
    CHECK(o["idNumber"].toString() == QStringLiteral("810000199103150020"));
    CHECK(o["passNumber"].toString() == QStringLiteral("H60221874"));
    CHECK(o["issueCount"].toInt() == 1);
    CHECK(o["birthDate"].toString() == QStringLiteral("1991-03-15"));
    CHECK(o["validTo"].toString() == QStringLiteral("2028-05-10"));
    CHECK_FALSE(o["expired"].toBool());
    CHECK_FALSE(o["photoUndecodable"].toBool());

    auto whole = cardCli({"card", "decode", tmp.file("frame.bin")}, tmp.path());
    CHECK(whole.exitCode == 0);
    o = whole.json();
    CHECK(o["source"].toString() == QStringLiteral("frame-30-01"));
    CHECK(o["name"].toString() == QStringLiteral("陈美玲"));
    CHECK(o["photoBytes"].toInt() == 1024);
    CHECK(o["photoUndecodable"].toBool());

    QByteArray damaged = frame;
    damaged[1294] = char(damaged[1294] ^ 0x01);
    writeFile(tmp.file("damaged.bin"), damaged);
    auto bad = cardCli({"card", "decode", tmp.file("damaged.bin")}, tmp.path());
    CHECK(bad.exitCode == 1);
    CHECK(bad.json()["code"].toString() == QStringLiteral("idreader.frame_checksum"));
    writeFile(tmp.file("noise.bin"), QByteArray(100, 'n'));
    CHECK(cardCli({"card", "decode", tmp.file("noise.bin")}, tmp.path()).json()["code"].toString() == QStringLiteral("card.format"));
    writeFile(tmp.file("nocard.bin"), ow::identity::sam::buildResponse(ow::identity::sam::kNoCard));
    CHECK(cardCli({"card", "decode", tmp.file("nocard.bin")}, tmp.path()).json()["code"].toString() == QStringLiteral("idreader.no_card"));
    CHECK(cardCli({"card", "decode", tmp.file("missing.bin")}, tmp.path()).exitCode == 1);
    CHECK(cli({"card", "decode"}).exitCode == 2);
    CHECK(cli({"card"}).exitCode == 2);
    CHECK(cli({"card", "fold"}).exitCode == 2);
}

TEST_CASE("cli card simulate serves a card on a pseudo-terminal and card read reads it through the serial driver")
{
    QProcess sim;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    sim.setProcessEnvironment(env);
    sim.start(QDir(ow::test::binDir()).filePath("onewindow-cli"),
              {"card", "simulate", "--card", cardFile("07-foreign-martin.json")});
    REQUIRE(ow::test::waitUntil([&] { return sim.canReadLine(); }, 5000));
    const QString port = QString::fromUtf8(sim.readLine()).trimmed();
    INFO(port.toStdString());
    REQUIRE(port.startsWith(QStringLiteral("/dev/")));

    ow::test::TempDir data;
    // Without an officer the card is not shown.
    // Its own data folder: never the user's (a newer client's database there would answer otherwise).
    ow::test::TempDir elsewhere;
    auto anonymous = cli({"card", "read", "--port", port, "--plugin-dir", ow::test::pluginDir(), "--data-dir", elsewhere.path()});
    CHECK(anonymous.exitCode == 1);
    CHECK(anonymous.err.contains(QStringLiteral("--officer")));
    // Demo accounts (public passwords) never see a card.
    auto demo = cli({"card", "read", "--port", port, "--plugin-dir", ow::test::pluginDir(), "--profile", "practice",
                     "--officer", "000001", "--data-dir", data.path()},
                    {}, "practice-admin");
    CHECK(demo.exitCode == 1);
    CHECK(demo.err.contains(QStringLiteral("Demo accounts")));
    CHECK(demo.out.isEmpty());
    auto r = cardCli({"card", "read", "--port", port, "--plugin-dir", ow::test::pluginDir(), "--timeout", "3000"}, data.path());
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    QJsonObject o = r.json();
    CHECK(o["kind"].toString() == QStringLiteral("foreign-permanent"));
    CHECK(o["englishName"].toString() == QStringLiteral("MARTIN, SOPHIE CLAIRE"));
    CHECK(o["idNumber"].toString() == QStringLiteral("CAN310088061502"));
    CHECK(o["photoUndecodable"].toBool());  // a real driver: WLT, no decoder
    {
        // The look is audited, with the number masked.
        auto db = ow::storage::Database::open(QDir(data.path()).filePath("counter/onewindow.db"));
        REQUIRE(db.ok());
        bool audited = false;
        for (const auto &row : ow::storage::AuditLog::recent(db.value(), 20).value()) {
            CHECK_FALSE(row.subject.contains(QStringLiteral("CAN310088061502")));
            if (row.action == QStringLiteral("card.read") && row.officer == QStringLiteral("900001")) audited = true;
        }
        CHECK(audited);
    }

    // The same card at 57600 baud: the driver switches the reader and back again.
    auto slower = cardCli({"card", "read", "--port", port, "--baud", "57600", "--plugin-dir", ow::test::pluginDir(),
                           "--timeout", "3000"},
                          data.path());
    INFO(slower.err.toStdString());
    CHECK(slower.exitCode == 0);

    // Read error 41: exit 1 with the officer's reason.
    sim.write("scenario read-error\n");
    REQUIRE(ow::test::waitUntil([&] { return sim.readAllStandardError().contains("Scenario now"); }, 3000));
    auto failed = cardCli({"card", "read", "--port", port, "--plugin-dir", ow::test::pluginDir()}, data.path());
    CHECK(failed.exitCode == 1);
    CHECK(failed.json()["code"].toString() == QStringLiteral("idreader.read_failed"));
    CHECK(failed.err.contains(QStringLiteral("hold it still")));

    sim.terminate();  // SIGTERM
    REQUIRE(sim.waitForFinished(5000));
    CHECK(sim.exitStatus() == QProcess::NormalExit);
    CHECK(sim.exitCode() == 0);

    auto gone = cardCli({"card", "read", "--port", port, "--plugin-dir", ow::test::pluginDir()}, data.path());
    CHECK(gone.exitCode == 1);
    CHECK(gone.err.contains(QStringLiteral("does not answer")));
    CHECK(cli({"card", "read"}).exitCode == 2);
    CHECK(cli({"card", "read", "--port", port, "--baud", "12345"}).exitCode == 2);
}

TEST_CASE("cli notify remind-ready queues one pickup reminder per ready case and day")
{
    ow::test::TempDir tmp;
    REQUIRE(cli({"seed", "--profile", "practice", "--cases", "300", "--seed", "5", "--officer", "000001", "--data-dir",
                 tmp.path()},
                {}, "practice-admin")
                .exitCode == 0);
    qint64 ready = 0;
    {
        auto db = ow::storage::Database::open(QDir(tmp.path()).filePath("practice/onewindow.db"));
        REQUIRE(db.ok());
        ow::storage::Statement st(db.value(), "SELECT count(*) FROM case_record WHERE status = 'ready-for-pickup' "
                                              "AND phone_enc IS NOT NULL");
        REQUIRE(st.step().value());
        ready = st.int64(0);
    }
    REQUIRE(ready > 0);  // the synthetic mix has ready cases with phones

    const QStringList remind{"notify", "remind-ready", "--profile", "practice", "--place", "一楼综合窗口",
                             "--officer", "000001", "--data-dir", tmp.path()};
    auto first = cli(remind, {}, "practice-admin");
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.json()["queued"].toArray().size() == ready);
    CHECK(first.json()["pending"].toInteger() == ready);
    // Case numbers only: no ID or phone number.
    CHECK_FALSE(QString::fromUtf8(first.out).contains(QRegularExpression(QStringLiteral("[0-9]{11}"))));

    auto second = cli(remind, {}, "practice-admin");
    REQUIRE(second.exitCode == 0);
    CHECK(second.json()["queued"].toArray().isEmpty());
    CHECK(second.json()["alreadyToday"].toArray().size() == ready);

    auto pending = cli({"notify", "pending", "--profile", "practice", "--data-dir", tmp.path()});
    REQUIRE(pending.exitCode == 0);
    CHECK(pending.json()["pending"].toInteger() == ready);
    CHECK(cli({"audit", "verify", "--profile", "practice", "--data-dir", tmp.path()}).exitCode == 0);

    // Without --place the profile's setting casework/pickupPlace names it; an empty place, or no
    // officer, and nothing is queued.
    auto fromSettings = cli({"notify", "remind-ready", "--profile", "practice", "--officer", "000001", "--data-dir",
                             tmp.path()},
                            {}, "practice-admin");
    CHECK(fromSettings.exitCode == 0);
    CHECK(fromSettings.json()["alreadyToday"].toArray().size() == ready);
    CHECK(cli({"notify", "remind-ready", "--profile", "practice", "--place", "", "--officer", "000001", "--data-dir",
               tmp.path()},
              {}, "practice-admin")
              .exitCode == 2);
    CHECK(cli({"notify", "remind-ready", "--profile", "practice", "--place", "x", "--data-dir", tmp.path()}, {},
              "practice-admin")
              .exitCode == 1);
}

TEST_CASE("cli sync status lists what needs an officer without a login")
{
    ow::test::TempDir tmp;
    REQUIRE(cli({"seed", "--profile", "practice", "--cases", "3", "--seed", "8", "--officer", "000001", "--data-dir", tmp.path()},
                {}, "practice-admin")
                .exitCode == 0);
    auto before = cli({"sync", "status", "--profile", "practice", "--data-dir", tmp.path()});
    REQUIRE(before.exitCode == 0);
    CHECK(before.json()["problemList"].toArray().isEmpty());
    QStringList numbers;
    {
        auto db = ow::storage::Database::open(QDir(tmp.path()).filePath("practice/onewindow.db"));
        REQUIRE(db.ok());
        ow::storage::Statement st(db.value(), "SELECT case_number FROM case_record ORDER BY case_number");
        for (auto r = st.step(); r && r.value(); r = st.step()) numbers << st.text(0);
        REQUIRE(numbers.size() == 3);
        // A back-office move held back, and a text message the centre refused.
        ow::storage::Statement held(db.value(), "INSERT INTO sync_status_conflict(case_number, local_status, local_version, "
                                                "server_status, server_version, received_at) VALUES (?1, 'accepted', 1, "
                                                "'approved', 3, '2026-11-21T09:00:00.000Z')");
        held.bind(1, numbers[0]);
        REQUIRE(held.exec());
        ow::storage::Statement refused(db.value(), "INSERT INTO outbox(op_id, entity, entity_key, base_version, created_at, state, "
                                                   "payload_enc, result, reason, answered_at) VALUES ('op-x', 'notification', ?1, 0, "
                                                   "'2026-11-21T09:00:00.000Z', 'rejected', X'00', 'rejected', 'no such phone', "
                                                   "'2026-11-21T09:05:00.000Z')");
        refused.bind(1, numbers[1]);
        REQUIRE(refused.exec());
    }
    auto r = cli({"sync", "status", "--profile", "practice", "--data-dir", tmp.path(), "--lang", "en"});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()["problems"].toInt() == 2);
    CHECK(r.json()["statusConflicts"].toInt() == 1);
    const QJsonArray list = r.json()["problemList"].toArray();
    REQUIRE(list.size() == 2);
    QJsonObject held, refused;
    for (const QJsonValue &v : list)
        (v.toObject()["key"].toString() == numbers[0] ? held : refused) = v.toObject();
    CHECK(held["serverStatus"].toString() == "approved");
    CHECK(held["serverVersion"].toInt() == 3);
    CHECK(held["centreSays"].toString().contains("Approved"));
    CHECK(refused["key"].toString() == numbers[1]);
    CHECK(refused["kind"].toString() == "rejected");
    CHECK(refused["reason"].toString() == "no such phone");
    CHECK(r.err.contains(numbers[0]));
}
