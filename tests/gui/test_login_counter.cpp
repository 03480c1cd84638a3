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
#include "LockScreen.h"
#include "Session.h"

#include "core/Translations.h"
#include "storage/AuditLog.h"
#include "storage/ProfileStore.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QPlainTextEdit>
#include <QTableWidget>

#include "storage/Cases.h"
#include <QTest>

using namespace ow::gui;

#include "GuiHarness.h"

using namespace ow::test::gui;

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

TEST_CASE("English on request, and the login screen refuses an empty officer number and a wrong password")
{
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path(), "en");
    LoginWindow *login = client->loginWindow();
    login->setProfile("practice");
    QTest::mouseClick(login->findChild<QPushButton *>("loginButton"), Qt::LeftButton);
    CHECK(client->mainWindow() == nullptr);
    auto *error = login->findChild<QLabel *>("loginError");
    REQUIRE(error);
    CHECK(error->text().contains(QStringLiteral("officer number")));
    typeLogin(*client, "practice", "000123", "wrong-password");
    REQUIRE(ow::test::waitUntil([&] { return !client->busy() && error->isVisible(); }, 10000));
    CHECK(error->text() == QStringLiteral("Officer number or password is not correct."));
    CHECK(client->mainWindow() == nullptr);
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

TEST_CASE("Practice lists its demo accounts; clicking one fills in the login")
{
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path());
    LoginWindow *login = client->loginWindow();
    login->setProfile("practice");
    auto *demo = login->findChild<QTableWidget *>("demoAccounts");
    REQUIRE(demo);
    CHECK(demo->isVisibleTo(login));
    CHECK(demo->rowCount() == 3);
    QTest::mouseClick(demo->viewport(), Qt::LeftButton, {}, demo->visualItemRect(demo->item(1, 0)).center());
    CHECK(login->findChild<QLineEdit *>("officerEdit")->text() == QStringLiteral("000123"));
    CHECK(login->findChild<QLineEdit *>("passwordEdit")->text() == QStringLiteral("practice-123"));
    login->setProfile("counter");
    CHECK_FALSE(demo->isVisibleTo(login));  // never on a real profile
}

TEST_CASE("A counter profile without officers sets up its administrator first")
{
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path());
    LoginWindow *login = client->loginWindow();
    login->setProfile("counter");
    auto *setup = login->findChild<QFrame *>("firstAdminSetup");
    REQUIRE(setup);
    REQUIRE(setup->isVisibleTo(login));
    QTest::keyClicks(login->findChild<QLineEdit *>("setupNumber"), "900001");
    login->findChild<QLineEdit *>("setupName")->setText(QStringLiteral("刘管理员"));  // keyClicks types ASCII only
    QTest::keyClicks(login->findChild<QLineEdit *>("setupPassword"), "counter-admin-1");
    QTest::keyClicks(login->findChild<QLineEdit *>("setupConfirm"), "counter-admin-2");
    QTest::mouseClick(login->findChild<QPushButton *>("setupButton"), Qt::LeftButton);
    CHECK(login->findChild<QLabel *>("loginError")->text().contains(QStringLiteral("不一致")));
    QTest::keyClicks(login->findChild<QLineEdit *>("setupPassword"), "counter-admin-1");
    QTest::keyClicks(login->findChild<QLineEdit *>("setupConfirm"), "counter-admin-1");
    QTest::mouseClick(login->findChild<QPushButton *>("setupButton"), Qt::LeftButton);
    REQUIRE(ow::test::waitUntil([&] { return client->mainWindow() != nullptr; }, 15000));
    CHECK(client->session()->officer().officer.has(ow::storage::Role::Admin));
    CHECK(client->session()->profile().name() == QStringLiteral("counter"));
    client->logout();
    // Next time the counter profile asks for a login, not a setup.
    client->loginWindow()->setProfile("practice");
    client->loginWindow()->setProfile("counter");
    CHECK_FALSE(client->loginWindow()->findChild<QFrame *>("firstAdminSetup")->isVisibleTo(client->loginWindow()));
}

TEST_CASE("F12 locks the screen over the citizen's data; only the officer's password unlocks it")
{
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    QTest::keyClick(main, Qt::Key_F2);
    REQUIRE(ow::test::waitUntil([&] { return !main->counterScreen()->currentCard().isNull(); }));
    QTest::keyClick(main, Qt::Key_F12);
    LockScreen *lock = main->lockScreen();
    REQUIRE(main->isLocked());
    CHECK(lock->geometry() == lock->parentWidget()->rect());  // covers everything
    // Keys do nothing underneath while locked: no new read, no reveal by its mnemonic.
    QTest::keyClick(main, Qt::Key_F2);
    QTest::keyClick(main, Qt::Key_N, Qt::AltModifier);
    ow::test::waitUntil([] { return false; }, 300);
    CHECK(text(main, "cardName") == QStringLiteral("张伟"));
    CHECK(text(main, "cardIdNumber") == QStringLiteral("1101**********0178"));
    CHECK_FALSE(main->findChild<QPushButton *>("revealIdButton")->isEnabled());
    CHECK_FALSE(auditActions(*client).contains("id.reveal"));
    auto *pw = lock->findChild<QLineEdit *>("unlockPassword");
    QTest::keyClicks(pw, "wrong-password");
    QTest::keyClick(pw, Qt::Key_Return);
    REQUIRE(ow::test::waitUntil([&] { return text(lock, "unlockMessage").contains(QStringLiteral("不正确")); }, 10000));
    CHECK(main->isLocked());
    QTest::keyClicks(pw, "practice-123");
    QTest::keyClick(pw, Qt::Key_Return);
    REQUIRE(ow::test::waitUntil([&] { return !main->isLocked(); }, 10000));
    CHECK(text(main, "cardName") == QStringLiteral("张伟"));  // the work in progress is still there
    const QStringList actions = auditActions(*client);
    CHECK(actions.contains("screen.lock"));
    CHECK(actions.contains("screen.unlock"));
    CHECK(actions.contains("card.read"));
}

TEST_CASE("The screen locks by itself after the idle time")
{
    ow::test::TempDir tmp;
    writeProfileSettings(tmp.path(), "practice", {{"security/idleLockMinutes", 0.02}});  // 1.2 s
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    CHECK_FALSE(main->isLocked());
    REQUIRE(ow::test::waitUntil([&] { return main->isLocked(); }, 5000));
}

TEST_CASE("After a crash, the visit in progress is offered back at the next login")
{
    ow::test::TempDir tmp;
    {
        auto client = startClient(tmp.path());
        MainWindow *main = loginAsPractice(*client);
        QTest::keyClick(main, Qt::Key_F2);
        REQUIRE(ow::test::waitUntil([&] { return !main->counterScreen()->currentCard().isNull(); }));
        auto *notes = main->findChild<QPlainTextEdit *>("visitNotes");
        REQUIRE(notes);
        REQUIRE(notes->isVisible());
        QTest::keyClicks(notes, "needs household booklet");
        // The notes reach the disk a moment after the last key (debounced), before any logout.
        auto saved = [&] {
            auto d = client->session()->drafts().load("visit:000123");
            return d.ok() && d.value() && d.value()->value("notes").toString() == QStringLiteral("needs household booklet");
        };
        REQUIRE(ow::test::waitUntil(saved, 3000));
        // No logout: the process "dies" here with the visit open.
    }
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    auto *bar = main->findChild<QFrame *>("draftBar");
    REQUIRE(bar);
    REQUIRE(bar->isVisible());
    CHECK(text(main, "draftText").contains(QStringLiteral("1101**********0178")));
    CHECK_FALSE(text(main, "draftText").contains(QStringLiteral("张伟")));
    QTest::mouseClick(main->findChild<QPushButton *>("restoreDraftButton"), Qt::LeftButton);
    CHECK(text(main, "cardName") == QStringLiteral("张伟"));
    CHECK(main->findChild<QPlainTextEdit *>("visitNotes")->toPlainText() == QStringLiteral("needs household booklet"));
    CHECK_FALSE(main->findChild<QLabel *>("cardPhoto")->pixmap().isNull());
    CHECK(auditActions(*client).contains("draft.restore"));
}

TEST_CASE("Revealing an ID number is audited with the masked number only")
{
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    QTest::keyClick(main, Qt::Key_F2);
    REQUIRE(ow::test::waitUntil([&] { return !main->counterScreen()->currentCard().isNull(); }));
    QTest::mouseClick(main->findChild<QPushButton *>("revealIdButton"), Qt::LeftButton);
    bool found = false;
    for (const auto &r : ow::storage::AuditLog::recent(client->session()->store().db(), 50).value()) {
        CHECK_FALSE(r.subject.contains(QStringLiteral("110101198805120178")));
        CHECK_FALSE(r.detail.contains(QStringLiteral("110101198805120178")));
        if (r.action == QStringLiteral("id.reveal")) {
            found = true;
            CHECK(r.subject == QStringLiteral("1101**********0178"));
            CHECK(r.officer == QStringLiteral("000123"));
            CHECK(r.profile == QStringLiteral("practice"));
        }
    }
    CHECK(found);
}

TEST_CASE("A foreign permanent resident card shows its own fields, not a nation or an address")
{
    ow::test::TempDir tmp;
    writeProfileSettings(tmp.path(), "practice", {{"devices/IdCardReader/scenario", "card:07-foreign-martin"}});
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    QTest::keyClick(main, Qt::Key_F2);
    REQUIRE(ow::test::waitUntil([&] { return !main->counterScreen()->currentCard().isNull(); }));
    CHECK(text(main, "cardEnglishName") == QStringLiteral("MARTIN, SOPHIE CLAIRE"));
    CHECK(main->findChild<QLabel *>("cardEnglishName")->isVisible());
    CHECK(main->findChild<QLabel *>("cardNationality")->isVisible());
    CHECK_FALSE(main->findChild<QLabel *>("cardNation")->isVisible());
    CHECK_FALSE(main->findChild<QLabel *>("cardAddress")->isVisible());
    CHECK(text(main, "cardKind") == QStringLiteral("外国人永久居留身份证"));
}

TEST_CASE("A card placed on a polling reader fills the screen without a key")
{
    ow::test::TempDir tmp;
    writeProfileSettings(tmp.path(), "practice",
                         {{"devices/IdCardReader/scenario", "card:09-permit-chenmeiling"},
                          {"devices/IdCardReader/pollMs", 100}});
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    REQUIRE(ow::test::waitUntil([&] { return !main->counterScreen()->currentCard().isNull(); }, 5000));
    CHECK(text(main, "cardKind") == QStringLiteral("港澳台居民居住证"));
    CHECK(main->findChild<QLabel *>("cardPassNumber")->isVisible());
    CHECK_FALSE(text(main, "cardPassNumber").isEmpty());
}
