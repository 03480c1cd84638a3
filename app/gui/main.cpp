// onewindow: the counter client.

#include "CitizenScreen.h"
#include "ClientApp.h"
#include "ConfirmPage.h"
#include "CaseListModel.h"
#include "CaseSearchDialog.h"
#include "CounterScreen.h"
#include "FaceDesk.h"
#include "FacePreview.h"
#include "FaceVerifyDialog.h"
#include "PhotoDialog.h"
#include "LoginWindow.h"
#include "GuidePanel.h"
#include "MainWindow.h"
#include "MatterPicker.h"
#include "ShortcutsDialog.h"
#include "Style.h"

#include "core/IdCard.h"
#include "core/Result.h"
#include "Session.h"
#include "devicekit/DeviceManager.h"
#include "storage/Cases.h"
#include "storage/ProfileStore.h"
#include "storage/SyntheticCases.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QScreen>
#include <QThread>
#include <QTimer>

#include <cmath>
#include <cstdio>

namespace {

bool waitFor(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired()) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

// What a person at the screen would see: the X screen when there is one, the widget otherwise.
bool saveScreenshot(QWidget *window, const QString &file)
{
    waitFor([] { return false; }, 400);  // let layouts and fonts settle
    QPixmap shot;
    if (QGuiApplication::platformName() == u"xcb" && window->screen())
        shot = window->screen()->grabWindow(0);
    if (shot.isNull()) shot = window->grab();
    return shot.save(file);
}

// A wavy stroke on the signature area, as a citizen's pen would draw it.
void signFor(QWidget *area)
{
    auto send = [area](QEvent::Type type, QPointF at) {
        QMouseEvent e(type, at, area->mapToGlobal(at), Qt::LeftButton,
                      type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(area, &e);
    };
    send(QEvent::MouseButtonPress, QPointF(60, 90));
    for (int x = 60; x < 360; x += 12) send(QEvent::MouseMove, QPointF(x, 90 + 25 * std::sin(x / 20.0)));
    send(QEvent::MouseButtonRelease, QPointF(360, 100));
}

// One window only (the citizen screen is a window of its own).
bool saveScreenshotOf(QWidget *window, const QString &file)
{
    waitFor([] { return false; }, 400);
    return window->grab().save(file);
}

// --screen NAME --screenshot FILE: drive the client to a named screen, save it, quit.
int runScreenshot(ow::gui::ClientApp &client, const QString &screen, const QString &file)
{
    auto fail = [](const char *why) {
        std::fprintf(stderr, "screenshot: %s\n", why);
        return 1;
    };
    if (screen == u"login") {
        if (!client.loginWindow()) return fail("login screen not shown (drop --officer)");
        client.loginWindow()->move(0, 0);
        return saveScreenshot(client.loginWindow(), file) ? 0 : fail("could not save");
    }
    waitFor([&] { return client.mainWindow() != nullptr || !client.busy(); }, 15000);
    waitFor([&] { return client.mainWindow() != nullptr; }, 15000);
    ow::gui::MainWindow *main = client.mainWindow();
    if (!main) return fail("not logged in: give --profile practice and --officer with a demo account");
    main->move(0, 0);
    auto &devices = client.session()->devices();
    waitFor([&] { return devices.settled(); }, 15000);
    if (screen == u"counter") {
        return saveScreenshot(main, file) ? 0 : fail("could not save");
    }
    if (screen == u"counter-card") {
        auto *counter = main->counterScreen();
        counter->readCard();
        if (!waitFor([&] { return !counter->currentCard().isNull(); }, 10000))
            return fail("no card was read within 10 s");
        return saveScreenshot(main, file) ? 0 : fail("could not save");
    }
    if (screen == u"shortcuts") {
        auto *dialog = new ow::gui::ShortcutsDialog(main);
        dialog->show();
        dialog->move(main->geometry().center() - dialog->rect().center());
        return saveScreenshot(main, file) ? 0 : fail("could not save");
    }
    if (screen == u"matters") {
        auto *counter = main->counterScreen();
        counter->findMatter();
        counter->picker()->searchField()->setText(QStringLiteral("sfz"));
        return saveScreenshot(main, file) ? 0 : fail("could not save");
    }
    if (screen == u"guide") {
        // Joining a spouse, half answered: what the officer sees mid-way through the questions.
        auto *counter = main->counterScreen();
        counter->readCard();
        waitFor([&] { return !counter->currentCard().isNull(); }, 10000);
        if (!counter->chooseMatter(QStringLiteral("HZ-QR-TKPO"))) return fail("the catalog has no HZ-QR-TKPO");
        // The first option of the first few questions, as an officer clicking down the panel would.
        for (int i = 0; i < 3; ++i) {
            const auto &open = counter->guide()->checklist().openQuestions;
            if (open.isEmpty()) break;
            const ow::catalog::GuideQuestion *q = open.front();
            counter->guide()->setAnswer(q->id, q->options.isEmpty() ? QVariant(1) : QVariant(q->options.front().value));
        }
        return saveScreenshot(main, file) ? 0 : fail("could not save");
    }
    if (screen == u"confirm" || screen == u"citizen" || screen == u"accept" || screen == u"accepted") {
        // A renewal answered with the first options and every material handed over, shown to the
        // citizen (confirm, citizen), then signed (accept).
        auto *counter = main->counterScreen();
        counter->readCard();
        if (!waitFor([&] { return !counter->currentCard().isNull(); }, 10000)) return fail("no card was read within 10 s");
        if (!counter->chooseMatter(QStringLiteral("HZ-SFZ-HL"))) return fail("the catalog has no HZ-SFZ-HL");
        for (int guard = 0; guard < 20 && !counter->guide()->checklist().complete(); ++guard) {
            const ow::catalog::GuideQuestion *q = counter->guide()->checklist().openQuestions.front();
            counter->guide()->setAnswer(q->id, q->options.isEmpty() ? QVariant(q->min.value_or(30)) : QVariant(q->options.front().value));
        }
        for (const auto &m : counter->guide()->checklist().materials) counter->guide()->setReceived(m.material->id, true);
        counter->confirmPage()->phoneEdit()->setText(QStringLiteral("13800138000"));
        emit counter->confirmPage()->deliveryChanged();
        counter->presentToCitizen();
        auto *citizen = counter->citizenScreen();
        if (screen == u"citizen") {
            // The citizen's stroke, as on the pad.
            signFor(citizen->signatureArea());
            waitFor([] { return false; }, 300);
            return saveScreenshotOf(citizen, file) ? 0 : fail("could not save");
        }
        citizen->move(main->width() - 200, 60);  // one screen: the citizen window beside the work area
        if (screen == u"accept" || screen == u"accepted") {
            signFor(citizen->signatureArea());
            citizen->confirmButton()->click();
            waitFor([&] { return counter->visit().citizenConfirmed; }, 5000);  // through the signature pad
            citizen->hide();
        }
        if (screen == u"accepted") {
            // F10: the cases written, the receipt printed (the PDF printer's folder) and kept.
            counter->acceptVisit();
            waitFor([] { return false; }, 1500);
        }
        main->activateWindow();
        return saveScreenshot(main, file) ? 0 : fail("could not save");
    }
    if (screen == u"case-search") {
        // Ctrl+F over a few hundred synthetic cases (practice data is synthetic anyway), the
        // accepted ones listed and the first opened.
        auto &session = *client.session();
        ow::storage::CaseStore cases(session.store().db(), session.officer().vault, session.store().audit(),
                                     session.counterNumber(), session.profile().isPractice(), session.store().clock());
        QList<ow::storage::CaseRecord> seeded = ow::storage::SyntheticCases(1, QDateTime::currentDateTime()).batch(300);
        for (auto &c : seeded) c.deadline = c.createdAt.toLocalTime().date().addDays(20);
        if (!cases.createMany(seeded, session.officerNumber(), QStringLiteral("screenshot")))
            return fail("could not seed cases");
        main->openCaseSearch();
        auto *dialog = main->caseSearch();
        dialog->statusFilter()->setCurrentIndex(dialog->statusFilter()->findData(int(ow::core::CaseStatus::Accepted)));
        dialog->search();
        dialog->model()->waitForPage();
        dialog->move(main->geometry().center() - dialog->rect().center());
        return saveScreenshot(main, file) ? 0 : fail("could not save");
    }
    if (screen == u"face") {
        // 刷脸办 in practice: no card, the bundled register photo of 640104195411030240, the
        // simulated citizen turning the head; the decision on screen.
        auto *desk = main->faceDesk();
        desk->verifyFace();
        auto *ask = desk->idNumberDialog();
        if (!ask) return fail("no ID number dialog");
        ask->edit()->setText(QStringLiteral("640104195411030240"));
        ask->submit();
        if (!waitFor([&] { return desk->verifyDialog() != nullptr; }, 10000)) return fail("no verification dialog");
        auto *dialog = desk->verifyDialog();
        waitFor([&] { return dialog->outcome() != ow::gui::FaceVerifyDialog::Outcome::Pending; }, 20000);
        waitFor([] { return false; }, 300);
        dialog->move(main->geometry().center() - dialog->rect().center());
        return saveScreenshot(main, file) ? 0 : fail("could not save");
    }
    if (screen == u"photo") {
        // F7 on the card read, the photo taken from the camera and measured.
        auto *counter = main->counterScreen();
        counter->readCard();
        if (!waitFor([&] { return !counter->currentCard().isNull(); }, 10000)) return fail("no card was read within 10 s");
        auto *desk = main->faceDesk();
        desk->takePhoto();
        auto *photo = desk->photoDialog();
        if (!photo) return fail("no photo dialog");
        waitFor([&] { return !photo->preview()->lastFrame().isNull(); }, 10000);
        photo->takeFromCamera();
        waitFor([&] { return photo->result().has_value(); }, 15000);
        photo->move(main->geometry().center() - photo->rect().center());
        return saveScreenshot(main, file) ? 0 : fail("could not save");
    }
    if (screen == u"locked") {
        main->lock();
        return saveScreenshot(main, file) ? 0 : fail("could not save");
    }
    return fail("unknown screen (login, counter, counter-card, matters, guide, confirm, citizen, accept, accepted, shortcuts, case-search, locked, face, photo)");
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationName(QStringLiteral("onewindow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    qRegisterMetaType<ow::core::IdCard>();
    qRegisterMetaType<ow::core::Error>();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OneWindow counter client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOpt("profile", "Profile: counter, housecall or practice.", "NAME");
    const QCommandLineOption dataDirOpt("data-dir", "Data root; each profile lives in DIR/NAME.", "DIR");
    const QCommandLineOption pluginDirOpt("plugin-dir", "Device plugin folder.", "DIR");
    const QCommandLineOption langOpt("lang", "Language: zh_CN (default) or en.", "LANG");
    const QCommandLineOption officerOpt("officer", "With --profile practice: log in at once as this demo officer.",
                                        "NUMBER");
    const QCommandLineOption screenOpt("screen", "With --screenshot: login, counter, counter-card, matters, guide, confirm, citizen, accept, accepted, shortcuts, case-search, locked, face, photo.", "NAME");
    const QCommandLineOption shotOpt("screenshot", "Save the named screen as PNG and quit.", "FILE");
    parser.addOptions({profileOpt, dataDirOpt, pluginDirOpt, langOpt, officerOpt, screenOpt, shotOpt});
    parser.process(app);

    ow::gui::applyStyle(app);
    ow::gui::ClientApp client({parser.value(dataDirOpt), parser.value(pluginDirOpt), parser.value(langOpt),
                               parser.value(profileOpt), parser.value(officerOpt), {}});
    client.start();
    if (parser.isSet(shotOpt))
        return runScreenshot(client, parser.value(screenOpt).isEmpty() ? QStringLiteral("login") : parser.value(screenOpt),
                             parser.value(shotOpt));
    return QApplication::exec();
}
