// Whole visits through the real widgets with simulated devices: read the card, choose and answer
// the matters, tick the materials, the citizen confirms and signs on the citizen screen, F10
// accepts and the cases are written; a refusal; two matters in one visit; a change after the
// signature; a crash in the middle of intake.

#include "GuiHarness.h"

#include "AcceptPage.h"
#include "CitizenScreen.h"
#include "ConfirmPage.h"
#include "CounterScreen.h"
#include "MatterPicker.h"
#include "QrFrameScanner.h"
#include "QueuePanel.h"
#include "ScanWedge.h"
#include "ShipmentsDialog.h"
#include "GuidePanel.h"

#include "casework/Notifications.h"
#include "documents/QrCode.h"
#include "storage/Blobs.h"
#include "storage/Cases.h"

#include <QComboBox>
#include <QFileInfo>
#include <QPainter>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

using namespace ow::test::gui;
using ow::casework::IntakeDecision;

namespace {

CounterScreen *readCard(MainWindow *main)
{
    CounterScreen *counter = main->counterScreen();
    QTest::keyClick(main, Qt::Key_F2);
    REQUIRE(ow::test::waitUntil([&] { return !counter->currentCard().isNull(); }));
    return counter;
}

void tickAll(GuidePanel *guide)
{
    for (const auto &m : guide->checklist().materials) guide->setReceived(m.material->id, true);
}

// The citizen draws a stroke on the signature area and presses Confirm.
void citizenSigns(CounterScreen *counter)
{
    CitizenScreen *screen = counter->citizenScreen();
    REQUIRE(screen->isPresenting());
    SignatureArea *area = screen->signatureArea();
    QTest::mousePress(area, Qt::LeftButton, {}, QPoint(40, 60));
    for (int x = 50; x < 300; x += 25) QTest::mouseMove(area, QPoint(x, 60 + (x / 25 % 2) * 30));
    QTest::mouseRelease(area, Qt::LeftButton, {}, QPoint(300, 80));
    REQUIRE(screen->confirmButton()->isEnabled());
    QTest::mouseClick(screen->confirmButton(), Qt::LeftButton);
    // Through the (simulated) signature pad, on its own thread.
    REQUIRE(ow::test::waitUntil([&] { return counter->visit().citizenConfirmed; }, 10000));
}

// The card read, a renewal chosen, every question answered, every material handed over.
CounterScreen *renewalReady(MainWindow *main)
{
    CounterScreen *counter = readCard(main);
    REQUIRE(counter->chooseMatter(QStringLiteral("HZ-SFZ-HL")));
    answerAll(counter->guide());
    tickAll(counter->guide());
    return counter;
}

} // namespace

TEST_CASE("An ID card renewal goes from the card to an accepted case signed by the citizen")
{
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    CounterScreen *counter = renewalReady(main);

    // Nothing can be accepted before the citizen confirmed.
    QTest::keyClick(main, Qt::Key_F10);
    CHECK(counter->currentStep() == CounterScreen::Step::Accept);
    CHECK(text(counter, "acceptProblems").contains(QStringLiteral("F8")));
    CHECK_FALSE(counter->acceptPage()->acceptButton()->isEnabled());
    CHECK(counter->lastAccepted().isEmpty());

    counter->confirmPage()->phoneEdit()->setText(QStringLiteral("13800138000"));
    emit counter->confirmPage()->deliveryChanged();
    QTest::keyClick(main, Qt::Key_F8);
    CitizenScreen *screen = counter->citizenScreen();
    REQUIRE(screen->isVisible());
    CHECK(text(screen, "citizenName").contains(counter->currentCard().name));
    CHECK(text(screen, "citizenIdNumber").remove(u' ') == counter->currentCard().idNumber);
    CHECK(text(screen, "citizenMatters").contains(QStringLiteral("换领")));
    CHECK(text(screen, "citizenFee").contains(QStringLiteral("20.00")));
    CHECK(text(screen, "citizenDelivery").contains(QStringLiteral("13800138000")));
    citizenSigns(counter);
    CHECK(counter->visit().citizenConfirmed);
    CHECK(counter->visit().signatureSha.size() == 64);
    CHECK(counter->currentStep() == CounterScreen::Step::Accept);
    REQUIRE(counter->acceptPage()->acceptButton()->isEnabled());

    QTest::keyClick(main, Qt::Key_F10);
    REQUIRE(counter->lastAccepted().size() == 1);
    const QString number = counter->lastAccepted().first().caseNumber;
    CHECK(number.startsWith(u'P'));  // practice case numbers can never pass as real ones
    auto stored = client->session()->cases().findByNumber(number);
    REQUIRE(stored.ok());
    REQUIRE(stored.value().has_value());
    CHECK(stored.value()->status == ow::core::CaseStatus::Accepted);
    CHECK(stored.value()->matterCode == QStringLiteral("HZ-SFZ-HL"));
    CHECK(stored.value()->deadline.isValid());
    CHECK(stored.value()->phone == QStringLiteral("13800138000"));
    CHECK(stored.value()->payload.value("signature").toString() == counter->lastAccepted().first().payload.value("signature").toString());
    // The signature and the receipt are kept with the case, sealed; the SMS is queued for sync.
    auto &session = *client->session();
    ow::storage::BlobStore blobs(session.store().db(), session.officer().vault, session.store().audit());
    auto labels = [&] {
        QStringList out;
        for (const auto &b : blobs.listForCase(number).value()) out << b.label;
        return out;
    };
    REQUIRE(ow::test::waitUntil([&] { return labels().contains(QStringLiteral("fee-receipt")); }, 15000));
    CHECK(labels().contains(QStringLiteral("signature")));
    CHECK(labels().contains(QStringLiteral("case-receipt")));
    ow::casework::Notifier sms(session.store().db(), session.officer().vault, session.store().audit());
    CHECK(sms.pendingCount().value() == 1);
    const QStringList actions = auditActions(*client);
    CHECK(actions.contains(QStringLiteral("case.print")));
    CHECK(actions.contains(QStringLiteral("citizen.show")));
    CHECK(actions.contains(QStringLiteral("citizen.confirm")));
    CHECK(actions.contains(QStringLiteral("case.create")));
    // The visit is over: the screens are empty for the next citizen and no draft is left.
    CHECK(counter->currentCard().isNull());
    CHECK(counter->visit().matters.isEmpty());
    CHECK_FALSE(screen->isPresenting());
    CHECK(text(counter, "inlineMessageText").contains(number));
    auto draft = client->session()->drafts().load(QStringLiteral("visit:000123"));
    REQUIRE(draft.ok());
    CHECK_FALSE(draft.value().has_value());
}

TEST_CASE("A change after the citizen signed voids the confirmation")
{
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    CounterScreen *counter = renewalReady(main);
    QTest::keyClick(main, Qt::Key_F8);
    citizenSigns(counter);
    REQUIRE(counter->visit().citizenConfirmed);
    // The fee changes with the hardship answer: what the citizen signed is no longer true.
    counter->showStep(CounterScreen::Step::Matters);
    counter->guide()->setAnswer(QStringLiteral("support"), QStringLiteral("hardship"));
    CHECK_FALSE(counter->visit().citizenConfirmed);
    CHECK(counter->visit().signatureSha.isEmpty());
    CHECK(text(counter, "inlineMessageText").contains(QStringLiteral("F8")));
    QTest::keyClick(main, Qt::Key_F10);
    CHECK(counter->lastAccepted().isEmpty());
}

TEST_CASE("A visit with two matters and one refusal becomes two cases with the missing material noted")
{
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    CounterScreen *counter = renewalReady(main);
    // One material is not there: accepted with the one-time notice, by default.
    const QString notBrought = counter->guide()->checklist().materials.first().material->id;
    counter->guide()->setReceived(notBrought, false);
    REQUIRE(counter->chooseMatter(QStringLiteral("HZ-HKB-BL")));
    CHECK(counter->visit().matters.size() == 2);
    CHECK(counter->currentMatterIndex() == 1);
    // Ctrl+PgUp goes back to the first matter with its answers intact.
    QTest::keyClick(main, Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(counter->currentMatterIndex() == 0);
    CHECK(counter->guide()->checklist().complete());
    QTest::keyClick(main, Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(counter->currentMatterIndex() == 1);

    QTest::keyClick(main, Qt::Key_4, Qt::AltModifier);
    AcceptPage *accept = counter->acceptPage();
    REQUIRE(accept->decisionBox(1));
    CHECK(counter->visit().matters[0].decision == IntakeDecision::AcceptWithDeficiency);
    accept->decisionBox(1)->setCurrentIndex(accept->decisionBox(1)->findData(int(IntakeDecision::Refuse)));
    CHECK(accept->reasonBox(1)->isVisible());
    CHECK((text(counter, "acceptProblems").contains(QStringLiteral("reason")) ||
           text(counter, "acceptProblems").contains(QStringLiteral("理由"))));
    accept->reasonBox(1)->setCurrentIndex(accept->reasonBox(1)->findData(QStringLiteral("not-eligible")));
    CHECK(counter->visit().matters[1].refusalReason == QStringLiteral("not-eligible"));

    QTest::keyClick(main, Qt::Key_F8);
    citizenSigns(counter);
    QTest::keyClick(main, Qt::Key_F10);
    REQUIRE(counter->lastAccepted().size() == 2);
    const auto first = client->session()->cases().findByNumber(counter->lastAccepted()[0].caseNumber).value();
    const auto second = client->session()->cases().findByNumber(counter->lastAccepted()[1].caseNumber).value();
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->status == ow::core::CaseStatus::Accepted);
    CHECK(first->payload.value("missing").toArray().contains(notBrought));
    CHECK(second->status == ow::core::CaseStatus::Refused);
    CHECK(second->payload.value("refusalReason").toString() == QStringLiteral("not-eligible"));
    CHECK(first->payload.value("visit") == second->payload.value("visit"));
    // The refused matter gets its written notice, kept with both cases of the visit.
    auto &session = *client->session();
    ow::storage::BlobStore blobs(session.store().db(), session.officer().vault, session.store().audit());
    auto labels = [&] {
        QStringList out;
        for (const auto &b : blobs.listForCase(second->caseNumber).value()) out << b.label;
        return out;
    };
    REQUIRE(ow::test::waitUntil([&] { return labels().contains(QStringLiteral("refusal-notice")); }, 15000));
    CHECK(labels().contains(QStringLiteral("case-receipt")));
}

TEST_CASE("A crash in the middle of intake loses neither the matters nor the signature")
{
    ow::test::TempDir tmp;
    QString idNumber;
    {
        auto client = startClient(tmp.path());
        MainWindow *main = loginAsPractice(*client);
        CounterScreen *counter = readCard(main);
        idNumber = counter->currentCard().idNumber;
        REQUIRE(counter->chooseMatter(QStringLiteral("HZ-SFZ-HL")));
        answerAll(counter->guide());
        tickAll(counter->guide());
        auto *mail = counter->confirmPage()->findChild<QRadioButton *>("deliveryMail");
        REQUIRE(mail);
        mail->setChecked(true);
        counter->confirmPage()->phoneEdit()->setText(QStringLiteral("13912345678"));
        emit counter->confirmPage()->deliveryChanged();
        QTest::keyClick(main, Qt::Key_F8);
        citizenSigns(counter);
        REQUIRE(counter->visit().citizenConfirmed);
        // The client goes away here without accepting (the draft is all that is left).
    }
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    auto *restore = main->findChild<QPushButton *>("restoreDraftButton");
    REQUIRE(restore);
    REQUIRE(restore->isVisible());
    QTest::mouseClick(restore, Qt::LeftButton);
    CounterScreen *counter = main->counterScreen();
    CHECK(counter->currentCard().idNumber == idNumber);
    REQUIRE(counter->visit().matters.size() == 1);
    CHECK(counter->visit().delivery.method == ow::casework::DeliveryMethod::Mail);
    CHECK(counter->visit().delivery.phone == QStringLiteral("13912345678"));
    CHECK(counter->visit().citizenConfirmed);
    CHECK(counter->guide()->checklist().complete());
    QTest::keyClick(main, Qt::Key_F10);
    REQUIRE(counter->lastAccepted().size() == 1);
    CHECK(client->session()->cases().count().value() == 1);
}

TEST_CASE("A renewal for an expired card takes seven keys from call next to the receipt")
{
    ow::test::TempDir tmp;
    writeProfileSettings(tmp.path(), "practice", {{"devices/IdCardReader/scenario", "card:10-expired-liuqiang"}});
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    main->activateWindow();
    QApplication::setActiveWindow(main);
    CounterScreen *counter = main->counterScreen();
    // Keys go where a keyboard sends them: the widget with the focus, else the window.
    auto key = [&](Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus && focus->window() == main ? focus : static_cast<QWidget *>(main), k, mods);
    };
    key(Qt::Key_F5);
    const QString ticket = counter->visit().ticket;
    CHECK_FALSE(ticket.isEmpty());
    key(Qt::Key_F2);
    REQUIRE(ow::test::waitUntil([&] { return !counter->currentCard().isNull(); }));
    CHECK(counter->suggestedMatter() == QStringLiteral("HZ-SFZ-HL"));
    key(Qt::Key_Return);
    REQUIRE(counter->visit().matters.size() == 1);
    // The card answered the age and validity, the defaults support and urgency: one question left.
    CHECK(counter->guide()->answers().value("age").toDouble() == 50.0);
    CHECK(counter->guide()->answers().value("expiry").toString() == QStringLiteral("expired"));
    REQUIRE(counter->guide()->checklist().openQuestions.size() == 1);
    key(Qt::Key_Space);
    CHECK(counter->guide()->checklist().complete());
    key(Qt::Key_R, Qt::ControlModifier);
    CHECK(counter->guide()->received().size() == counter->guide()->checklist().materials.size());
    key(Qt::Key_F8);
    citizenSigns(counter);
    key(Qt::Key_F10);
    REQUIRE(counter->lastAccepted().size() == 1);
    CHECK(counter->lastAccepted().first().payload.value("ticket").toString() == ticket);
    // The ticket is finished: its handling time is recorded.
    auto t = main->queuePanel()->queue().ticket(ticket);
    REQUIRE(t);
    CHECK(t->state == ow::casework::TicketState::Done);
    CHECK(t->handlingSecs() >= 0);
}

TEST_CASE("Call next refuses to drop an unfinished visit and no-show moves on")
{
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    CounterScreen *counter = main->counterScreen();
    QueuePanel *queue = main->queuePanel();
    // A green-channel citizen waits among the others: called within the fairness limit.
    auto elderly = queue->issueTicket(QStringLiteral("household"), ow::casework::PriorityLane::Elderly);
    REQUIRE(elderly);
    QTest::keyClick(main, Qt::Key_F5);
    REQUIRE(queue->current());
    CHECK(queue->current()->isPriority());
    // The caller display device announces it; its face is the display window.
    const QString called = queue->current()->number;
    CHECK(ow::test::waitUntil([&] { return queue->callerDisplay()->shownText().contains(called); }, 5000));
    // Not there: Shift+F6, the next one.
    const QString first = queue->current()->number;
    QTest::keyClick(main, Qt::Key_F6, Qt::ShiftModifier);
    CHECK(queue->queue().ticket(first)->state == ow::casework::TicketState::NoShow);
    QTest::keyClick(main, Qt::Key_F5);
    REQUIRE(queue->current());
    const QString second = queue->current()->number;
    REQUIRE(counter->chooseMatter(QStringLiteral("HZ-HKB-BL")));
    // A matter in progress: F5 does not set it aside.
    QTest::keyClick(main, Qt::Key_F5);
    CHECK(queue->current()->number == second);
    CHECK(counter->visit().matters.size() == 1);
    CHECK(text(main, "statusLine").contains(QStringLiteral("F10")));
    // Recall counts.
    QTest::keyClick(main, Qt::Key_F6);
    CHECK(queue->queue().ticket(second)->recalls == 1);
}

TEST_CASE("Ready cases to mail are merged into parcels and every ready case gets a pickup reminder")
{
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    auto &session = *client->session();
    auto ready = [](const QString &name, const QString &phone, const QString &address, bool mail) {
        ow::storage::CaseRecord c;
        c.status = ow::core::CaseStatus::ReadyForPickup;
        c.matterCode = QStringLiteral("HZ-SFZ-HL");
        c.applicantName = name;
        c.idNumber = QStringLiteral("110101198805120178");
        c.phone = phone;
        c.address = address;
        c.payload = QJsonObject{{"delivery", QJsonObject{{"method", mail ? "mail" : "pickup"}, {"recipient", name}}}};
        return c;
    };
    QList<ow::storage::CaseRecord> cases{
        ready(QStringLiteral("张伟"), QStringLiteral("13800138000"), QStringLiteral("北京市东城区景山前街4号"), true),
        ready(QStringLiteral("张伟"), QStringLiteral("138-0013-8000"), QStringLiteral("北京市东城区景山前街４号"), true),
        ready(QStringLiteral("李秀英"), QStringLiteral("13912345678"), QStringLiteral("银川市兴庆区解放东街1号"), true),
        ready(QStringLiteral("王小明"), QStringLiteral("13700000000"), QStringLiteral("广州市越秀区"), false),
    };
    REQUIRE(session.cases().createAll(cases, session.officerNumber()));

    ShipmentsDialog dialog(session, main);
    CHECK(dialog.merged().shipments.size() == 2);
    CHECK(dialog.merged().savedParcels == 1);
    CHECK(text(&dialog, "shipmentsSummary").contains(QStringLiteral("1")));
    auto *table = dialog.findChild<QTableWidget *>("shipmentsTable");
    REQUIRE(table);
    CHECK(table->rowCount() == 2);
    CHECK_FALSE(table->item(0, 1)->text().contains(QStringLiteral("13800138000")));  // masked on screen

    // The run goes on a pool thread; its future ends once the status line tells the result.
    auto remind = [&] {
        QFuture<void> done = main->sendPickupReminders();
        REQUIRE(ow::test::waitUntil([&] { return done.isFinished(); }, 15000));
        return text(main, "statusLine");
    };
    const QString first = remind();
    CHECK(first.contains(QStringLiteral("4")));
    ow::casework::Notifier sms(session.store().db(), session.officer().vault, session.store().audit());
    CHECK(sms.pendingCount().value() == 4);
    // Once a day: a second run queues nothing new.
    const QString second = remind();
    CHECK(second != first);
    CHECK(sms.pendingCount().value() == 4);
}

TEST_CASE("An appointment opened from its QR code pre-fills the visit and the card must match it")
{
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    CounterScreen *counter = main->counterScreen();
    // Practice brings its own bookings for the simulated citizens.
    auto booked = client->session()->appointments().find(QStringLiteral("P-0001"));
    REQUIRE(booked.ok());
    REQUIRE(booked.value().has_value());
    CHECK(booked.value()->slot.date() == QDate::currentDate());

    // The scanner types the code and Enter into whatever has the focus: here the matter search.
    QTest::keyClick(main, Qt::Key_F4);
    QLineEdit *search = counter->picker()->searchField();
    REQUIRE(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("OWAPPT:P-0001"));
    QTest::keyClick(search, Qt::Key_Return);
    INFO(text(counter, "inlineMessageText").toStdString());
    INFO(search->text().toStdString());
    REQUIRE(counter->visit().matters.size() == 1);
    CHECK(counter->visit().matters.first().code == QStringLiteral("CRJ-HZ-SL"));
    CHECK(counter->visit().appointment == QStringLiteral("P-0001"));
    CHECK(counter->guide()->answers().value("id_doc").toString() == QStringLiteral("id_card"));
    CHECK(counter->visit().delivery.method == ow::casework::DeliveryMethod::Mail);
    CHECK(counter->visit().delivery.phone == QStringLiteral("13800138000"));
    CHECK(search->text().isEmpty());  // the scan left nothing in the field
    CHECK(auditActions(*client).contains(QStringLiteral("appointment.open")));

    // The reader's first card is the booked citizen: the card answers the age, nothing to warn.
    QTest::keyClick(main, Qt::Key_F2);
    REQUIRE(ow::test::waitUntil([&] { return !counter->currentCard().isNull(); }));
    CHECK(counter->currentCard().idNumber == QStringLiteral("110101198805120178"));
    CHECK(counter->guide()->answers().contains("age"));
    CHECK(counter->visit().matters.size() == 1);

    // An unknown code says so and changes nothing.
    counter->startNewVisit();
    CHECK_FALSE(counter->openAppointment(QStringLiteral("OWAPPT:NOPE-42")));
    CHECK(text(counter, "inlineMessageText").contains(QStringLiteral("NOPE-42")));
    // Another citizen's booking against this card is flagged.
    REQUIRE(counter->openAppointment(QStringLiteral("OWAPPT:P-0002")));
    QTest::keyClick(main, Qt::Key_F2);
    REQUIRE(ow::test::waitUntil([&] { return !counter->currentCard().isNull(); }));
    REQUIRE(counter->currentCard().idNumber != QStringLiteral("310115199912310663"));  // the reader cycles its cards
    CHECK(text(counter, "inlineMessageText").contains(QStringLiteral("P-0002")));

    // The card first, then the code: the card read a moment ago stays and is checked at once.
    counter->startNewVisit();
    QTest::keyClick(main, Qt::Key_F2);
    REQUIRE(ow::test::waitUntil([&] { return !counter->currentCard().isNull(); }));
    const QString shown = counter->currentCard().idNumber;
    REQUIRE(shown != QStringLiteral("110101198805120178"));
    REQUIRE(counter->openAppointment(QStringLiteral("OWAPPT:P-0001")));
    CHECK(counter->currentCard().idNumber == shown);
    CHECK(text(counter, "inlineMessageText").contains(QStringLiteral("P-0001")));
    CHECK(counter->visit().matters.size() == 1);
}

TEST_CASE("A signature the pad does not take leaves the visit unconfirmed and asks to sign again")
{
    ow::test::TempDir tmp;
    writeProfileSettings(tmp.path(), "practice", {{"devices/SignaturePad/scenario", "refuse"}});
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    CounterScreen *counter = renewalReady(main);
    QTest::keyClick(main, Qt::Key_F8);
    CitizenScreen *screen = counter->citizenScreen();
    SignatureArea *area = screen->signatureArea();
    QTest::mousePress(area, Qt::LeftButton, {}, QPoint(40, 60));
    QTest::mouseMove(area, QPoint(200, 90));
    QTest::mouseRelease(area, Qt::LeftButton, {}, QPoint(260, 80));
    QTest::mouseClick(screen->confirmButton(), Qt::LeftButton);
    REQUIRE(ow::test::waitUntil([&] { return text(counter, "inlineMessageText").contains(QStringLiteral("sign again")) ||
                                             text(counter, "inlineMessageText").contains(QStringLiteral("重新签名")); }, 10000));
    CHECK_FALSE(counter->visit().citizenConfirmed);
    CHECK(screen->isPresenting());
    CHECK(screen->signatureArea()->isEmpty());
    // The device bar knows the peripherals.
    CHECK(client->session()->devices().health(ow::devicekit::DeviceKind::SignaturePad).configured);
    CHECK(client->session()->devices().health(ow::devicekit::DeviceKind::CallerDisplay).state == ow::devicekit::DeviceState::Ready);
}

TEST_CASE("An appointment code held up to the camera opens the visit")
{
    ow::test::TempDir tmp;
    // The simulated camera shows the citizen's phone with the booking's QR code.
    const QString frames = tmp.file("phone");
    QDir().mkpath(frames);
    auto code = ow::documents::QrCode::encode("OWAPPT:P-0002");
    REQUIRE(code.ok());
    QImage phone(640, 480, QImage::Format_RGB888);
    phone.fill(QColor(90, 90, 90));
    {
        QPainter p(&phone);
        ow::documents::paintQrCode(p, QRectF(180, 100, 280, 280), code.value());
    }
    REQUIRE(phone.save(QDir(frames).filePath("phone.png")));
    CHECK(ow::gui::QrFrameScanner::decode(phone) == QStringLiteral("OWAPPT:P-0002"));
    writeProfileSettings(tmp.path(), "practice", {{"devices/Camera/source", frames}});
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    CounterScreen *counter = main->counterScreen();
    REQUIRE(ow::test::waitUntil([&] { return counter->visit().appointment == QStringLiteral("P-0002"); }, 15000));
    CHECK(counter->visit().matters.first().code == QStringLiteral("HZ-JZZ-SL"));
    CHECK(counter->currentStep() == CounterScreen::Step::Matters);
}

TEST_CASE("A household move with a missing material gets the one-time notice and is accepted with it")
{
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    CounterScreen *counter = readCard(main);
    REQUIRE(counter->chooseMatter(QStringLiteral("HZ-QR-TKPO")));
    answerAll(counter->guide());
    REQUIRE(counter->guide()->checklist().complete());
    counter->guide()->receiveAll();
    const QString missing = counter->guide()->checklist().materials.last().material->id;
    counter->guide()->setReceived(missing, false);
    // Shift+F9: the one-time notice lists what is still missing.
    QStringList printed;
    QObject::connect(&client->session()->devices(), &ow::devicekit::DeviceManager::printed,
                     [&](quint64, const QString &where) { printed << where; });
    QTest::keyClick(main, Qt::Key_F9, Qt::ShiftModifier);
    REQUIRE(ow::test::waitUntil([&] { return !printed.isEmpty(); }, 15000));
    CHECK(QFileInfo(printed.first()).fileName().contains(QStringLiteral("一次性告知")));
    CHECK(counter->visit().matters.first().decision == IntakeDecision::AcceptWithDeficiency);

    QTest::keyClick(main, Qt::Key_F8);
    citizenSigns(counter);
    QTest::keyClick(main, Qt::Key_F10);
    REQUIRE(counter->lastAccepted().size() == 1);
    const auto stored = client->session()->cases().findByNumber(counter->lastAccepted().first().caseNumber).value();
    REQUIRE(stored);
    CHECK(stored->status == ow::core::CaseStatus::Accepted);
    CHECK(stored->payload.value("decision").toString() == QStringLiteral("accept-deficiency"));
    CHECK(stored->payload.value("missing").toArray().contains(missing));
    // The receipt (accepted with the materials to follow) is printed after the notice.
    REQUIRE(ow::test::waitUntil([&] { return printed.size() >= 2; }, 15000));
}

TEST_CASE("Someone typing the appointment prefix by chance gets the keyboard back after a pause")
{
    QLineEdit edit;
    edit.show();
    edit.setFocus();
    ow::gui::ScanWedge wedge;
    qApp->installEventFilter(&wedge);
    QStringList scanned;
    QObject::connect(&wedge, &ow::gui::ScanWedge::scanned, [&](const QString &t) { scanned << t; });
    QTest::keyClicks(&edit, QStringLiteral("owappt:"));
    QTest::qWait(1000);  // no scanner pauses this long inside a code
    QTest::keyClicks(&edit, QStringLiteral("abc"));
    QTest::keyClick(&edit, Qt::Key_Return);
    CHECK(edit.text().endsWith(QStringLiteral("abc")));
    CHECK(scanned.isEmpty());
    // A scanner's burst still comes through as one code.
    QTest::keyClicks(&edit, QStringLiteral("OWAPPT:P-0001"));
    QTest::keyClick(&edit, Qt::Key_Return);
    CHECK(scanned == QStringList{QStringLiteral("OWAPPT:P-0001")});
    qApp->removeEventFilter(&wedge);
}
