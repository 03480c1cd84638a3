#include "TestSupport.h"

#include "core/Profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

using ow::core::Profile;
using ow::core::ProfileKind;
using ow::core::ProfileSettings;

TEST_CASE("Profiles have their own data folders under the data root")
{
    ow::test::TempDir tmp;
    Profile practice(ProfileKind::Practice, tmp.path());
    Profile counter(ProfileKind::Counter, tmp.path());
    CHECK(practice.dataDir() == QDir(tmp.path()).filePath("practice"));
    CHECK(counter.dataDir() == QDir(tmp.path()).filePath("counter"));
    CHECK(practice.databasePath() != counter.databasePath());
    REQUIRE(practice.ensureDataDir().ok());
    const QFileInfo fi(practice.dataDir());
    CHECK(fi.isDir());
    // Personal data lives there: owner-only.
    CHECK_FALSE(fi.permission(QFileDevice::ReadOther));
    CHECK_FALSE(fi.permission(QFileDevice::ReadGroup));
}

TEST_CASE("Profile names")
{
    CHECK(Profile::fromName(u"practice").has_value());
    CHECK(Profile::fromName(u"practice")->isPractice());
    CHECK_FALSE(Profile::fromName(u"Practice").has_value());
    CHECK_FALSE(Profile::fromName(u"training").has_value());
    CHECK(Profile::names() == QStringList{"counter", "housecall", "practice"});
}

TEST_CASE("An unwritable data root gives an officer-readable reason")
{
    ow::test::TempDir tmp;
    QFile blocker(tmp.file("root"));
    REQUIRE(blocker.open(QIODevice::WriteOnly));  // a file where the root folder should be
    blocker.close();
    Profile p(ProfileKind::Counter, tmp.file("root"));
    auto st = p.ensureDataDir();
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == QStringLiteral("profile.datadir"));
    CHECK(st.error().message.contains(QStringLiteral("data folder")));
}

TEST_CASE("Profile settings: embedded defaults, overridden by the profile's own file")
{
    ow::test::TempDir tmp;
    Profile p(ProfileKind::Practice, tmp.path());
    REQUIRE(p.ensureDataDir().ok());
    {
        ProfileSettings s(p);
        CHECK(s.string("devices/IdCardReader/plugin") == QStringLiteral("sim-idreader"));
        // {data} expands to the profile's folder.
        CHECK(s.string("devices/Printer/outputDir") == p.dataDir() + QStringLiteral("/printed"));
        CHECK(s.childGroups("devices").contains(QStringLiteral("Camera")));
        s.setValue("devices/IdCardReader/scenario", "error:no-card");
        s.setValue("devices/Evaluator/plugin", "sim-evaluator");
        REQUIRE(s.sync().ok());
    }
    ProfileSettings again(p);
    CHECK(again.string("devices/IdCardReader/scenario") == QStringLiteral("error:no-card"));
    CHECK(again.string("devices/IdCardReader/plugin") == QStringLiteral("sim-idreader"));  // still the default
    CHECK(again.childGroups("devices").contains(QStringLiteral("Evaluator")));
    CHECK(again.childKeys("devices/IdCardReader").contains(QStringLiteral("scenario")));
    CHECK(again.childKeys("devices/IdCardReader").contains(QStringLiteral("plugin")));

    Profile counter(ProfileKind::Counter, tmp.path());
    ProfileSettings cs(counter);
    CHECK(cs.string("devices/IdCardReader/plugin").isEmpty());  // practice settings never leak across
}
