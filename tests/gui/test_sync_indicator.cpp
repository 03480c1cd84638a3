// The status bar's sync indicator against a real onewindow-central over mutual TLS: the sync runs
// on its own thread, the indicator shows the outcome, and clicking it syncs now.

#include "CentralProcess.h"
#include "GuiHarness.h"
#include "CaseSearchDialog.h"
#include "SyncIndicator.h"
#include "SyncProblemsDialog.h"

#include "storage/Outbox.h"
#include "storage/SyntheticCases.h"
#include "sync/SyncService.h"

#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>

using namespace ow::test::gui;

TEST_CASE("The sync indicator says sync is not set up when there is no central service")
{
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path(), "en");
    MainWindow *main = loginAsPractice(*client);
    auto *indicator = main->findChild<SyncIndicator *>("syncIndicator");
    REQUIRE(indicator);
    CHECK_FALSE(indicator->isEnabled());
    CHECK(indicator->text().contains("not set up"));
    CHECK_FALSE(indicator->service().status().configured);
}

TEST_CASE("Clicking the sync indicator sends the counter's cases to the central service")
{
    ow::test::TempDir srv;
    ow::test::CentralProcess central(srv.path());
    central.start();
    ow::test::TempDir tmp;
    const QString pki = QDir(tmp.path()).filePath("practice/pki");
    central.issueClient("gui-ws", pki);
    writeProfileSettings(tmp.path(), "practice",
                         {{"sync/server", central.url()},
                          {"sync/caFile", "pki/ca.pem"},  // relative to the profile's folder
                          {"sync/certFile", "pki/client.pem"},
                          {"sync/keyFile", "pki/client.key"},
                          {"sync/intervalSec", 3600}});
    auto client = startClient(tmp.path(), "en");
    MainWindow *main = loginAsPractice(*client);
    auto *indicator = main->findChild<SyncIndicator *>("syncIndicator");
    REQUIRE(indicator);
    REQUIRE(indicator->isEnabled());

    // The first background pass (nothing to send yet) comes by itself.
    REQUIRE(ow::test::waitUntil([&] { return indicator->service().status().lastSuccess.isValid(); }, 20000));
    CHECK(indicator->text().startsWith("Synced"));

    auto *session = client->session();
    for (int i = 0; i < 3; ++i)
        REQUIRE(session->cases().create(ow::storage::SyntheticCases(11 + i, QDateTime::currentDateTime()).next(),
                                        session->officerNumber()));
    REQUIRE(ow::storage::pendingOutboxCount(session->store().db()).value() == 3);
    const QDateTime before = indicator->service().status().lastSuccess;
    QTest::mouseClick(indicator, Qt::LeftButton);
    REQUIRE(ow::test::waitUntil([&] { return indicator->service().status().lastSuccess > before; }, 20000));
    CHECK(indicator->service().status().pending == 0);
    CHECK(indicator->text().contains("waiting: 0"));
    CHECK(central.admin({"count"}).value("central_case").toInteger() == 3);

    // The service goes away: the indicator says why in plain words and keeps the count.
    central.stop();
    REQUIRE(session->cases().create(ow::storage::SyntheticCases(20, QDateTime::currentDateTime()).next(),
                                    session->officerNumber()));
    QTest::mouseClick(indicator, Qt::LeftButton);
    REQUIRE(ow::test::waitUntil([&] { return !indicator->service().status().lastFailure.isEmpty(); }, 20000));
    CHECK(indicator->text().contains("cannot be reached"));
    CHECK(indicator->text().contains("waiting: 1"));
}

TEST_CASE("A conflict with the back office is shown by the sync indicator and settled in the sync problems dialog")
{
    ow::test::TempDir srv;
    ow::test::CentralProcess central(srv.path());
    central.start();
    ow::test::TempDir tmp;
    central.issueClient("gui-ws", QDir(tmp.path()).filePath("practice/pki"));
    writeProfileSettings(tmp.path(), "practice",
                         {{"sync/server", central.url()},
                          {"sync/caFile", "pki/ca.pem"},
                          {"sync/certFile", "pki/client.pem"},
                          {"sync/keyFile", "pki/client.key"},
                          {"sync/intervalSec", 3600}});
    auto client = startClient(tmp.path(), "en");
    MainWindow *main = loginAsPractice(*client);
    auto *indicator = main->findChild<SyncIndicator *>("syncIndicator");
    REQUIRE(indicator);
    REQUIRE(ow::test::waitUntil([&] { return indicator->service().status().lastSuccess.isValid(); }, 20000));
    auto *session = client->session();
    auto &cases = session->cases();

    ow::storage::CaseRecord fresh = ow::storage::SyntheticCases(31, QDateTime::currentDateTime()).next();
    fresh.status = ow::core::CaseStatus::Accepted;
    auto made = cases.create(fresh, session->officerNumber());
    REQUIRE(made);
    const QString number = made->caseNumber;
    QDateTime before = indicator->service().status().lastSuccess;
    QTest::mouseClick(indicator, Qt::LeftButton);
    REQUIRE(ow::test::waitUntil([&] { return indicator->service().status().lastSuccess > before; }, 20000));
    REQUIRE(indicator->service().status().pending == 0);

    // The back office moves the case while the counter, not knowing, withdraws it.
    REQUIRE(central.admin({"case-status"}, {"--case", number, "--status", "under-review"}).value("ok").toBool());
    REQUIRE(cases.transition(number, ow::core::CaseStatus::Withdrawn, session->officerNumber(), "citizen asked", 1));
    before = indicator->service().status().lastSuccess;
    QTest::mouseClick(indicator, Qt::LeftButton);
    REQUIRE(ow::test::waitUntil([&] { return indicator->service().status().lastSuccess > before; }, 20000));
    CHECK(indicator->service().status().problems == 1);
    CHECK(indicator->text().contains("1 needs an officer"));
    CHECK(cases.findByNumber(number).value()->status == ow::core::CaseStatus::Withdrawn);  // nothing overwritten

    // With a problem to settle, clicking the indicator opens the dialog instead of syncing.
    QTest::mouseClick(indicator, Qt::LeftButton);
    SyncProblemsDialog *dialog = main->syncProblems();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    QTableWidget *table = dialog->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == number);
    CHECK(table->item(0, 1)->text().contains("Withdrawn"));
    CHECK(table->item(0, 2)->text().contains("Under review"));
    CHECK_FALSE(table->item(0, 3)->text().isEmpty());
    // OW_TEST_SHOTS=DIR: pictures of the window and the dialog, for a person to look at.
    if (const QString shots = qEnvironmentVariable("OW_TEST_SHOTS"); !shots.isEmpty()) {
        main->grab().save(shots + QStringLiteral("/sync-main.png"));
        dialog->grab().save(shots + QStringLiteral("/sync-problems.png"));
    }

    // Alt+O: the case opens in Find a case, for a look before deciding.
    QApplication::setActiveWindow(dialog);
    QTest::keyClick(dialog, Qt::Key_O, Qt::AltModifier);
    REQUIRE(ow::test::waitUntil([&] { return main->caseSearch() != nullptr && !main->syncProblems(); }, 3000));
    CHECK(main->caseSearch()->searchField()->text() == number);
    main->caseSearch()->close();
    QCoreApplication::processEvents();

    // Alt+T: the keyboard settles the selected row.
    dialog = main->openSyncProblems();
    table = dialog->table();
    REQUIRE(table->rowCount() == 1);
    QApplication::setActiveWindow(dialog);
    // It asks first: cancelling keeps the problem, the default button (Enter) takes the central
    // version. (The button's mnemonic clicks a moment later, so the question is looked for until
    // it shows.)
    QString asked;
    auto answer = [&asked](bool take) {
        auto *poll = new QTimer;
        QObject::connect(poll, &QTimer::timeout, [poll, &asked, take] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (!box || box->objectName() != "takeCentralConfirm" || !box->isVisible()) continue;
                poll->stop();
                poll->deleteLater();
                asked = box->text();
                if (take)
                    box->defaultButton()->click();
                else
                    box->button(QMessageBox::Cancel)->click();
                return;
            }
        });
        poll->start(20);
    };
    answer(false);
    QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier);
    REQUIRE(ow::test::waitUntil([&] { return !asked.isEmpty(); }, 3000));
    QTest::qWait(100);
    CHECK(asked.contains(number));
    CHECK(asked.contains("cannot be brought back"));
    CHECK(table->rowCount() == 1);
    CHECK(cases.findByNumber(number).value()->status == ow::core::CaseStatus::Withdrawn);
    asked.clear();
    answer(true);
    QApplication::setActiveWindow(dialog);  // back from the question
    QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier);
    REQUIRE(ow::test::waitUntil([&] { return !asked.isEmpty(); }, 3000));
    REQUIRE(ow::test::waitUntil([&] { return table->rowCount() == 0; }, 3000));
    const auto settled = cases.findByNumber(number).value();
    CHECK(settled->status == ow::core::CaseStatus::UnderReview);
    CHECK(settled->version == 2);
    CHECK_FALSE(indicator->text().contains("officer"));
    bool audited = false;
    for (const auto &row : ow::storage::AuditLog::recent(session->store().db(), 20).value())
        audited = audited || (row.action == "sync.resolve" && row.subject == number);
    CHECK(audited);
    dialog->close();
    QCoreApplication::processEvents();

    // The Cases menu reaches the same dialog, now with nothing to settle.
    auto *casesButton = main->findChild<QToolButton *>("casesButton");
    REQUIRE(casesButton);
    QAction *entry = nullptr;
    for (QAction *a : casesButton->menu()->actions())
        if (a->text().startsWith("Sync problems")) entry = a;
    REQUIRE(entry);
    entry->trigger();
    REQUIRE(main->syncProblems());
    CHECK(main->syncProblems()->table()->rowCount() == 0);
    CHECK(text(main->syncProblems(), "syncProblemsSummary").contains("Nothing needs an officer"));
    main->syncProblems()->close();
}
