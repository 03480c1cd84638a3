// Drives the real client widgets the way an officer does: log in to practice, press F2, read
// what the screen shows; press F9 and find the printout.

#include "TestSupport.h"

#include "CitizenPanel.h"
#include "ClientApp.h"
#include "CounterScreen.h"
#include "DeviceBar.h"
#include "IdCardView.h"
#include "LoginWindow.h"
#include "MainWindow.h"
#include "Session.h"

#include "core/Translations.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace ow::gui;

namespace {

QString text(QWidget *root, const char *name)
{
    auto *l = root->findChild<QLabel *>(QString::fromLatin1(name));
    REQUIRE(l);
    return l->text();
}

void writeProfileSettings(const QString &root, const QString &profile, const QVariantMap &values)
{
    QDir().mkpath(QDir(root).filePath(profile));
    QSettings s(QDir(root).filePath(profile + "/onewindow.ini"), QSettings::IniFormat);
    for (auto it = values.begin(); it != values.end(); ++it) s.setValue(it.key(), it.value());
}

std::unique_ptr<ClientApp> startClient(const QString &root, const QString &lang = {})
{
    auto client = std::make_unique<ClientApp>(ClientOptions{root, ow::test::pluginDir(), lang, {}, {}});
    client->start();
    REQUIRE(client->loginWindow());
    return client;
}

MainWindow *loginAsPractice(ClientApp &client)
{
    LoginWindow *login = client.loginWindow();
    auto *profile = login->findChild<QComboBox *>("profileCombo");
    auto *officer = login->findChild<QLineEdit *>("officerEdit");
    REQUIRE(profile);
    REQUIRE(officer);
    profile->setCurrentIndex(profile->findData("practice"));
    QTest::keyClicks(officer, "000123");
    QTest::keyClick(officer, Qt::Key_Return);
    REQUIRE(client.mainWindow());
    MainWindow *main = client.mainWindow();
    REQUIRE(ow::test::waitUntil([&] { return client.session()->devices().settled(); }));
    return main;
}

} // namespace

TEST_CASE("Practice login, F2 reads the card and the counter screen shows the person")
{
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    CHECK(main->findChild<QWidget *>("practiceBanner") != nullptr);
    CHECK(main->windowTitle().contains(QStringLiteral("练习")));
    CHECK(text(main, "citizenEmpty").contains(QStringLiteral("F2")));

    QTest::keyClick(main, Qt::Key_F2);
    REQUIRE(ow::test::waitUntil([&] { return !main->counterScreen()->currentCard().isNull(); }));

    // Chinese is the default language: the labels are translated, the data is as on the card.
    CHECK(text(main, "cardName") == QStringLiteral("张伟"));
    CHECK(text(main, "cardGender") == QStringLiteral("男"));
    CHECK(text(main, "cardNation") == QStringLiteral("汉"));
    CHECK(text(main, "cardBirth") == QStringLiteral("1988年5月12日星期四"));
    CHECK(text(main, "cardAddress").startsWith(QStringLiteral("北京市东城区东华门街道")));
    CHECK(text(main, "cardIdNumber") == QStringLiteral("1101**********0178"));
    CHECK(text(main, "cardIssuer") == QStringLiteral("北京市公安局东城分局"));
    CHECK(text(main, "cardValidity") == QStringLiteral("2016.03.01-2036.03.01"));
    auto *photo = main->findChild<QLabel *>("cardPhoto");
    REQUIRE(photo);
    CHECK_FALSE(photo->pixmap().isNull());
    CHECK(text(main, "citizenName") == QStringLiteral("张伟"));
    CHECK(text(main, "citizenIdNumber") == QStringLiteral("1101**********0178"));

    // Revealing the number is a deliberate act (and is announced as recorded).
    auto *reveal = main->findChild<QPushButton *>("revealIdButton");
    REQUIRE(reveal);
    QSignalSpy revealed(main->counterScreen()->cardView(), &IdCardView::idNumberRevealed);
    QTest::mouseClick(reveal, Qt::LeftButton);
    CHECK(text(main, "cardIdNumber") == QStringLiteral("110101198805120178"));
    REQUIRE(revealed.size() == 1);
    CHECK(revealed.first().first().toString() == QStringLiteral("1101**********0178"));
    CHECK_FALSE(reveal->isEnabled());

    // The next card (cycle) replaces the person and masks the number again.
    QTest::keyClick(main, Qt::Key_F2);
    REQUIRE(ow::test::waitUntil([&] { return text(main, "cardName") == QStringLiteral("李秀英"); }));
    CHECK(text(main, "cardIdNumber") == QStringLiteral("6401**********0240"));
    CHECK(text(main, "cardValidity") == QStringLiteral("2012.07.15-长期"));
    CHECK(text(main, "citizenFacts").contains(QStringLiteral("女")));
}

TEST_CASE("F9 prints the test page through the printer into the practice folder")
{
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    QTest::keyClick(main, Qt::Key_F9);
    const QDir printed(QDir(tmp.path()).filePath("practice/printed"));
    REQUIRE(ow::test::waitUntil([&] { return printed.entryList({"*.pdf"}, QDir::Files).size() == 1; }));
    REQUIRE(ow::test::waitUntil([&] { return main->statusLine()->text().contains(QStringLiteral("测试页已打印")); }));
}

TEST_CASE("An expired card is warned about on the identify step")
{
    ow::test::TempDir tmp;
    writeProfileSettings(tmp.path(), "practice", {{"devices/IdCardReader/scenario", "card:04-ayiguli"}});
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    QTest::keyClick(main, Qt::Key_F2);
    REQUIRE(ow::test::waitUntil([&] { return !main->counterScreen()->currentCard().isNull(); }));
    CHECK(text(main, "cardName") == QStringLiteral("阿依古丽·买买提"));
    auto *message = main->findChild<QFrame *>("inlineMessage");
    REQUIRE(message);
    CHECK(message->isVisible());
    CHECK(message->property("kind").toString() == QStringLiteral("warning"));
    CHECK(text(main, "inlineMessageText").contains(QStringLiteral("过期")));
}

TEST_CASE("A read error shows its reason inline with a retry")
{
    ow::test::TempDir tmp;
    writeProfileSettings(tmp.path(), "practice", {{"devices/IdCardReader/scenario", "error:no-card"}});
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    QTest::keyClick(main, Qt::Key_F2);
    auto *message = main->findChild<QFrame *>("inlineMessage");
    REQUIRE(ow::test::waitUntil([&] { return message->property("kind").toString() == QStringLiteral("error"); }));
    CHECK(text(main, "inlineMessageText").contains(QStringLiteral("平放")));
    auto *retry = main->findChild<QPushButton *>("retryButton");
    REQUIRE(retry);
    CHECK(retry->isVisible());
    CHECK(main->counterScreen()->currentCard().isNull());
}

TEST_CASE("A reader that hangs turns Faulted in the device bar and the window keeps working")
{
    ow::test::TempDir tmp;
    writeProfileSettings(tmp.path(), "practice",
                         {{"devices/IdCardReader/scenario", "hang"},
                          {"devices/IdCardReader/hangMs", 15000},
                          {"devices/timing/operationTimeoutMs", 500},
                          {"devices/timing/reopenInitialMs", 60000}});
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    QTest::keyClick(main, Qt::Key_F2);
    QLabel *indicator = main->deviceBar()->indicator(ow::devicekit::DeviceKind::IdCardReader);
    REQUIRE(indicator);
    REQUIRE(ow::test::waitUntil([&] { return indicator->text().contains(QStringLiteral("故障")); }, 3000));
    CHECK(indicator->toolTip().contains(QStringLiteral("秒")));
    // The window still answers: F1 opens nothing modal here, but the print key still works.
    QTest::keyClick(main, Qt::Key_F9);
    const QDir printed(QDir(tmp.path()).filePath("practice/printed"));
    REQUIRE(ow::test::waitUntil([&] { return printed.entryList({"*.pdf"}, QDir::Files).size() == 1; }));
    CHECK(main->findChild<QFrame *>("inlineMessage")->property("kind").toString() == QStringLiteral("error"));
}

TEST_CASE("English on request, and the login screen refuses an empty officer number")
{
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path(), "en");
    LoginWindow *login = client->loginWindow();
    QTest::mouseClick(login->findChild<QPushButton *>("loginButton"), Qt::LeftButton);
    CHECK(client->mainWindow() == nullptr);
    auto *error = login->findChild<QLabel *>("loginError");
    REQUIRE(error);
    CHECK(error->text().contains(QStringLiteral("officer number")));
    MainWindow *main = loginAsPractice(*client);
    QTest::keyClick(main, Qt::Key_F2);
    REQUIRE(ow::test::waitUntil([&] { return !main->counterScreen()->currentCard().isNull(); }));
    CHECK(text(main, "cardGender") == QStringLiteral("Male"));
    CHECK(text(main, "cardNation") == QStringLiteral("Han"));
    const int age = QDate(1988, 5, 12).daysTo(QDate::currentDate()) >= 0
                        ? QDate::currentDate().year() - 1988 - (QDate::currentDate() < QDate(QDate::currentDate().year(), 5, 12) ? 1 : 0)
                        : 0;
    CHECK(text(main, "citizenFacts") == QStringLiteral("Male  %1 years old").arg(age));  // English plural forms load
    ow::core::installTranslations(QStringLiteral("zh_CN"));  // leave the process as the other tests expect
}
