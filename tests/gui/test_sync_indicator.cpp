// The status bar's sync indicator against a real onewindow-central over mutual TLS: the sync runs
// on its own thread, the indicator shows the outcome, and clicking it syncs now.

#include "CentralProcess.h"
#include "GuiHarness.h"
#include "SyncIndicator.h"

#include "storage/Outbox.h"
#include "storage/SyntheticCases.h"
#include "sync/SyncService.h"

#include <QStatusBar>

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
