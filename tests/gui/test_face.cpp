// Faces and photos at the counter through the real widgets, the simulated camera and the face
// models of the build tree: the live preview's box, F3 against a simulated card's chip photo
// (match, no match with the supervisor's override, cannot decide with nobody at the camera),
// 刷脸办 against a fixture register photo, and F7's standard photo kept and offered again.

#include "GuiHarness.h"

#include "../unit/identity/FaceFixtures.h"

#include "CitizenPanel.h"
#include "CitizenScreen.h"
#include "CounterScreen.h"
#include "FaceDesk.h"
#include "FacePreview.h"
#include "FaceVerifyDialog.h"
#include "PhotoDialog.h"

#include "identity/ImageConvert.h"
#include "storage/AuditLog.h"
#include "storage/Blobs.h"
#include "storage/Cases.h"
#include "storage/SyntheticCases.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>

using namespace ow::test::gui;
using Outcome = ow::gui::FaceVerifyDialog::Outcome;

namespace {

const QString kId = QStringLiteral("640104195411030240");  // 李秀英 of the simulated cards

#define NEED_MODELS()                                                                                   \
    if (!ow::test::faceModels()) {                                                                      \
        WARN("face models not installed (packaging/fetch-models.sh): skipped");                        \
        return;                                                                                         \
    }

// The simulated camera's portrait (Grace Hopper) as a card chip photo: 102 x 126 around the face.
QImage graceChip()
{
    const cv::Mat grace = ow::test::faceImage(QStringLiteral("grace_hopper_512x512.jpg"));
    REQUIRE_FALSE(grace.empty());
    cv::Mat chip;
    cv::resize(grace(cv::Rect(118, 48, 305, 377)), chip, cv::Size(102, 126), 0, 0, cv::INTER_AREA);
    return ow::identity::imageFromMat(chip);
}

// Somebody else: the first face of sample2.jpg, cut out like a chip photo.
QImage otherChip()
{
    auto people = ow::test::people(*ow::test::faceModels()->detector().value());
    for (const auto &p : people)
        if (p.name.startsWith(QStringLiteral("sample2.jpg"))) {
            cv::Mat chip;
            cv::resize(p.crop, chip, cv::Size(102, 126), 0, 0, cv::INTER_AREA);
            return ow::identity::imageFromMat(chip);
        }
    FAIL("no face in sample2.jpg");
    return {};
}

// A card folder with one card, 李秀英, whose chip photo is `photo`.
QString cardDir(const ow::test::TempDir &tmp, const QImage &photo)
{
    const QString dir = tmp.file("cards");
    QDir().mkpath(dir);
    QFile in(QStringLiteral(":/onewindow/sim/cards/02-lixiuying.json"));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QFile out(QDir(dir).filePath("02-lixiuying.json"));
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(in.readAll());
    out.close();
    REQUIRE(photo.save(QDir(dir).filePath("02-lixiuying.png")));
    return dir;
}

std::unique_ptr<ClientApp> start(const ow::test::TempDir &tmp, const QVariantMap &settings)
{
    writeProfileSettings(tmp.path(), QStringLiteral("practice"), settings);
    return startClient(tmp.path());
}

FaceVerifyDialog *pressF3(MainWindow *main)
{
    QTest::keyClick(main, Qt::Key_F3);
    FaceVerifyDialog *d = main->faceDesk()->verifyDialog();
    REQUIRE(d);
    return d;
}

void waitDecision(FaceVerifyDialog *d)
{
    REQUIRE(ow::test::waitUntil([&] { return d->outcome() != Outcome::Pending; }, 30000));
}

// F2's work (called directly: after a dialog closes the offscreen main window is not always the
// active window that window shortcuts need).
CounterScreen *readCard(MainWindow *main)
{
    CounterScreen *counter = main->counterScreen();
    counter->readCard();
    REQUIRE(ow::test::waitUntil([&] { return !counter->isReading() && !counter->currentCard().isNull(); }, 15000));
    return counter;
}

QString labelText(QWidget *root, const char *name)
{
    auto *l = root->findChild<QLabel *>(QString::fromLatin1(name));
    REQUIRE(l);
    return l->text();
}

} // namespace

TEST_CASE("The identify step shows the live camera with a box round the face")
{
    NEED_MODELS();
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    FacePreview *preview = main->faceDesk()->identifyPreview();
    REQUIRE(preview);
    REQUIRE(preview->isVisible());
    REQUIRE(ow::test::waitUntil([&] { return preview->detectionsRun() >= 5 && preview->faces().size() == 1; }, 15000));
    CHECK(preview->framesShown() >= preview->detectionsRun());  // never more detections than frames
    // The box is painted: the box colour appears in the widget, and not before any detection.
    const QImage shot = preview->grab().toImage();
    int boxPixels = 0;
    for (int y = 0; y < shot.height(); ++y)
        for (int x = 0; x < shot.width(); ++x)
            if (shot.pixelColor(x, y) == QColor(0x2e, 0xcc, 0x71)) ++boxPixels;
    CHECK(boxPixels > 100);
    // Another step hides the preview and the camera stops.
    QTest::keyClick(main, Qt::Key_2, Qt::AltModifier);
    CHECK_FALSE(preview->isVisible());
    ow::test::waitUntil([] { return false; }, 300);
    const int shown = preview->framesShown();
    ow::test::waitUntil([] { return false; }, 400);
    CHECK(preview->framesShown() == shown);
}

TEST_CASE("F3 matches the live face with the chip photo of a simulated card after the head turn")
{
    NEED_MODELS();
    ow::test::TempDir tmp;
    auto client = start(tmp, {{"devices/Camera/scenario", "head-turn"},
                              {"devices/IdCardReader/cardDir", cardDir(tmp, graceChip())}});
    MainWindow *main = loginAsPractice(*client);
    readCard(main);
    FaceVerifyDialog *d = pressF3(main);
    waitDecision(d);
    CHECK(d->challengeState() == ow::identity::HeadTurnChallenge::State::Passed);
    REQUIRE(d->outcome() == Outcome::Match);
    REQUIRE(d->verification());
    CHECK(d->verification()->score >= d->verification()->threshold);
    CHECK(labelText(d, "faceDecision").startsWith(QStringLiteral("✓")));
    CHECK(labelText(d, "faceScore").contains(QString::number(d->verification()->threshold, 'f', 2)));
    d->findChild<QPushButton *>("doneButton")->click();
    CHECK(labelText(main->citizenPanel(), "citizenIdentityNote").contains(QStringLiteral("✓")));
    CHECK(auditActions(*client).contains(QStringLiteral("face.verify")));
}

TEST_CASE("F3 says no match for somebody else and only a supervisor can accept it")
{
    NEED_MODELS();
    ow::test::TempDir tmp;
    auto client = start(tmp, {{"devices/Camera/scenario", "head-turn"},
                              {"devices/IdCardReader/cardDir", cardDir(tmp, otherChip())}});
    MainWindow *main = loginAsPractice(*client);
    readCard(main);
    FaceVerifyDialog *d = pressF3(main);
    waitDecision(d);
    REQUIRE(d->outcome() == Outcome::NoMatch);
    CHECK(labelText(d, "faceDecision").startsWith(QStringLiteral("✗")));
    auto *overrideButton = d->findChild<QPushButton *>("overrideButton");
    REQUIRE(overrideButton);
    CHECK(overrideButton->isVisible());
    CHECK_FALSE(d->verified());

    auto attempt = [&](const QString &number, const QString &password) {
        bool done = false, accepted = false;
        auto c = QObject::connect(d, &FaceVerifyDialog::overrideFinished, [&](bool ok) {
            done = true;
            accepted = ok;
        });
        d->requestOverride(number, password);
        REQUIRE(ow::test::waitUntil([&] { return done; }, 15000));
        QObject::disconnect(c);
        return accepted;
    };
    CHECK_FALSE(attempt(QStringLiteral("000123"), QStringLiteral("practice-123")));  // an officer, not a supervisor
    CHECK(labelText(d, "overrideError").contains(QStringLiteral("000123")));
    CHECK_FALSE(attempt(QStringLiteral("000200"), QStringLiteral("wrong-password")));
    CHECK_FALSE(d->verified());
    CHECK(attempt(QStringLiteral("000200"), QStringLiteral("practice-200")));
    CHECK(d->outcome() == Outcome::Overridden);
    CHECK(d->verified());
    CHECK(labelText(d, "faceDecision").contains(QStringLiteral("000200")));
    const QStringList actions = auditActions(*client);
    CHECK(actions.contains(QStringLiteral("face.verify")));
    CHECK(actions.contains(QStringLiteral("face.override")));
}

TEST_CASE("F3 cannot decide when nobody is in front of the camera and says so")
{
    NEED_MODELS();
    ow::test::TempDir tmp;
    auto client = start(tmp, {{"devices/Camera/scenario", "no-face"},
                              {"devices/IdCardReader/cardDir", cardDir(tmp, graceChip())}});
    MainWindow *main = loginAsPractice(*client);
    readCard(main);
    FaceVerifyDialog *d = pressF3(main);
    waitDecision(d);
    REQUIRE(d->outcome() == Outcome::CannotDecide);
    CHECK(d->verification()->reason == ow::identity::Verification::Reason::NoFace);
    CHECK(labelText(d, "faceDecision").contains(QCoreApplication::translate("ow::identity", "No face found.")));
    CHECK_FALSE(d->findChild<QPushButton *>("overrideButton")->isVisible());  // nothing to override
    CHECK_FALSE(d->verified());
}

TEST_CASE("Without a card the face is verified against the register photo and the visit continues")
{
    NEED_MODELS();
    ow::test::TempDir tmp;
    const QString register_ = tmp.file("register");
    QDir().mkpath(register_);
    REQUIRE(graceChip().save(QDir(register_).filePath(kId + ".jpg"), "JPEG", 92));
    QFile json(QDir(register_).filePath(kId + ".json"));
    REQUIRE(json.open(QIODevice::WriteOnly));
    json.write(QJsonDocument(QJsonObject{{"name", "李秀英"}, {"nationCode", "03"}, {"address", "宁夏银川市兴庆区解放东街88号"}}).toJson());
    json.close();
    auto client = start(tmp, {{"devices/Camera/scenario", "head-turn"}, {"identity/registerPhotoDir", register_}});
    MainWindow *main = loginAsPractice(*client);
    QTest::keyClick(main, Qt::Key_F3);
    IdNumberDialog *ask = main->faceDesk()->idNumberDialog();
    REQUIRE(ask);
    ask->edit()->setText(QStringLiteral("640104195411030241"));  // wrong check character
    ask->submit();
    CHECK_FALSE(labelText(ask, "faceIdError").isEmpty());
    CHECK_FALSE(main->faceDesk()->verifyDialog());
    ask->edit()->setText(kId);
    ask->submit();
    REQUIRE(ow::test::waitUntil([&] { return main->faceDesk()->verifyDialog() != nullptr; }, 10000));
    FaceVerifyDialog *d = main->faceDesk()->verifyDialog();
    waitDecision(d);
    REQUIRE(d->outcome() == Outcome::Match);
    d->findChild<QPushButton *>("doneButton")->click();
    CounterScreen *counter = main->counterScreen();
    REQUIRE(ow::test::waitUntil([&] { return !counter->currentCard().isNull(); }));
    CHECK(counter->currentCard().idNumber == kId);
    CHECK(counter->currentCard().name == QStringLiteral("李秀英"));
    CHECK(counter->identifiedByFace());
    CHECK(labelText(main->citizenPanel(), "citizenIdentityNote").contains(QStringLiteral("✓")));
    const QStringList actions = auditActions(*client);
    CHECK(actions.contains(QStringLiteral("register.photo.view")));
    CHECK(actions.contains(QStringLiteral("identity.face")));
    // The flag travels with the visit: in the draft (a crash keeps it) and into the case.
    CHECK(counter->visit().identifiedByFace);
    auto draft = client->session()->drafts().load(QStringLiteral("visit:000123"));
    REQUIRE(draft.ok());
    REQUIRE(draft.value().has_value());
    CHECK(draft.value()->value("identifiedByFace").toBool());
    // A card read afterwards is a card again.
    readCard(main);
    CHECK_FALSE(counter->identifiedByFace());
    CHECK_FALSE(counter->visit().identifiedByFace);
}

TEST_CASE("F7 keeps a standard photo with the citizen and offers it again on the next visit")
{
    NEED_MODELS();
    ow::test::TempDir tmp;
    auto client = start(tmp, {{"devices/IdCardReader/cardDir", cardDir(tmp, graceChip())}});
    MainWindow *main = loginAsPractice(*client);
    CounterScreen *counter = readCard(main);
    CHECK_FALSE(main->citizenPanel()->findChild<QLabel *>("citizenReusablePhoto")->isVisible());

    QTest::keyClick(main, Qt::Key_F7);
    PhotoDialog *photo = main->faceDesk()->photoDialog();
    REQUIRE(photo);
    // The camera's portrait is not a studio photo: every failed check says what and by how much.
    REQUIRE(ow::test::waitUntil([&] { return !photo->preview()->lastFrame().isNull(); }, 10000));
    photo->takeFromCamera();
    REQUIRE(ow::test::waitUntil([&] { return !photo->busy() && photo->result().has_value(); }, 20000));
    CHECK_FALSE(photo->result()->ok());
    CHECK_FALSE(photo->keepWithCitizen());
    bool failureShown = false;
    for (const QString &t : photo->checkTexts()) failureShown = failureShown || t.startsWith(QStringLiteral("✗"));
    CHECK(failureShown);

    // A studio portrait from a file passes, is kept, and the citizen panel says so.
    const cv::Mat grace = ow::test::faceImage(QStringLiteral("grace_hopper_512x512.jpg"));
    auto faces = ow::test::faceModels()->detector().value()->detect(grace);
    REQUIRE(faces);
    photo->takeFromImage(ow::identity::imageFromMat(ow::test::studioPortrait(grace, faces.value().first())));
    REQUIRE(ow::test::waitUntil([&] { return !photo->busy(); }, 20000));
    REQUIRE(photo->result()->ok());
    for (const QString &t : photo->checkTexts()) CHECK(t.startsWith(QStringLiteral("✓")));
    REQUIRE(photo->keepWithCitizen());
    CHECK(main->faceDesk()->visitPhotoSha() == photo->photoSha());
    QLabel *reusable = main->citizenPanel()->findChild<QLabel *>("citizenReusablePhoto");
    CHECK(reusable->isVisible());
    photo->accept();

    // The next visit of the same citizen: the photo is offered, viewing and printing it is recorded.
    counter->startNewVisit();
    CHECK_FALSE(reusable->isVisible());
    readCard(main);
    CHECK(reusable->isVisible());
    CHECK(reusable->text().contains(QStringLiteral("✓")));
    main->faceDesk()->takePhoto();  // F7 (see readCard on keys after a dialog)
    REQUIRE(ow::test::waitUntil([&] { return main->faceDesk()->photoDialog() != nullptr; }));
    photo = main->faceDesk()->photoDialog();
    REQUIRE(photo->reusable().has_value());
    const QString reusedSha = photo->photoSha();
    CHECK_FALSE(reusedSha.isEmpty());
    bool printed = false;
    QObject::connect(&client->session()->devices(), &ow::devicekit::DeviceManager::printed,
                     [&](quint64, const QString &where) { printed = QFile::exists(where); });
    photo->printSheet();
    REQUIRE(ow::test::waitUntil([&] { return printed; }, 15000));
    photo->accept();  // closing on the offered photo takes it for this visit
    CHECK(main->faceDesk()->visitPhotoSha() == reusedSha);

    // The renewal goes on to acceptance through the real steps: its case carries the photo
    // (一照通用), beside the citizen's signature.
    REQUIRE(counter->chooseMatter(QStringLiteral("HZ-SFZ-HL")));
    answerAll(counter->guide());
    counter->guide()->receiveAll();
    counter->presentToCitizen();
    ow::gui::SignatureArea *area = counter->citizenScreen()->signatureArea();
    QTest::mousePress(area, Qt::LeftButton, {}, QPoint(40, 60));
    QTest::mouseMove(area, QPoint(220, 90));
    QTest::mouseRelease(area, Qt::LeftButton, {}, QPoint(260, 80));
    QTest::mouseClick(counter->citizenScreen()->confirmButton(), Qt::LeftButton);
    REQUIRE(ow::test::waitUntil([&] { return counter->visit().citizenConfirmed; }, 10000));
    REQUIRE(counter->acceptVisit());
    REQUIRE(counter->lastAccepted().size() == 1);
    auto &session = *client->session();
    ow::storage::BlobStore blobs(session.store().db(), session.officer().vault, session.store().audit());
    auto linked = blobs.listForCase(counter->lastAccepted().first().caseNumber);
    REQUIRE(linked);
    bool photoLinked = false, signatureLinked = false;
    for (const auto &b : linked.value()) {
        photoLinked = photoLinked || (b.kind == ow::storage::BlobKind::Photo && b.sha256 == reusedSha);
        signatureLinked = signatureLinked || b.kind == ow::storage::BlobKind::Signature;
    }
    CHECK(photoLinked);
    CHECK(signatureLinked);
    CHECK(main->faceDesk()->visitPhotoSha().isEmpty());
    const QStringList actions = auditActions(*client);
    CHECK(actions.contains(QStringLiteral("photo.store")));
    CHECK(actions.contains(QStringLiteral("photo.view")));
    CHECK(actions.contains(QStringLiteral("photo.print")));
}

TEST_CASE("Without face models F3 shows both pictures and records the officer's own decision")
{
    ow::test::TempDir tmp;
    const QString empty = tmp.file("no-models");
    QDir().mkpath(empty);
    auto client = start(tmp, {{"identity/modelsDir", empty}});
    MainWindow *main = loginAsPractice(*client);
    CHECK_FALSE(main->faceDesk()->identifyPreview()->detecting());
    readCard(main);
    FaceVerifyDialog *d = pressF3(main);
    REQUIRE(d->manualMode());
    CHECK(labelText(d, "faceInstruction").contains(QStringLiteral("未安装人脸模型")));
    CHECK_FALSE(d->findChild<QPushButton *>("captureButton")->isVisible());
    CHECK_FALSE(d->verified());
    d->findChild<QPushButton *>("sameButton")->click();
    CHECK(d->outcome() == Outcome::ManualSame);
    CHECK(d->verified());
    d->findChild<QPushButton *>("doneButton")->click();
    CHECK(labelText(main->citizenPanel(), "citizenIdentityNote").contains(QStringLiteral("✓")));
    CHECK(auditActions(*client).contains(QStringLiteral("face.manual")));
    // F7 without models: nothing can be measured, and the dialog says so instead of pretending.
    main->faceDesk()->takePhoto();
    PhotoDialog *photo = main->faceDesk()->photoDialog();
    REQUIRE(photo);
    CHECK_FALSE(photo->findChild<QPushButton *>("takePhotoButton")->isEnabled());
    CHECK_FALSE(labelText(photo, "photoStatus").isEmpty());
}

TEST_CASE("With sync set up 刷脸办 asks the central register first and falls back to the local folder")
{
    ow::test::TempDir tmp;
    const QString register_ = tmp.file("register");
    QDir().mkpath(register_);
    QImage photo(102, 126, QImage::Format_RGB32);
    photo.fill(qRgb(200, 180, 160));
    REQUIRE(photo.save(QDir(register_).filePath(kId + ".jpg"), "JPEG", 92));
    // Sync is set up but this workstation has no certificate yet: the central register cannot be
    // asked, the local folder answers, and the officer is told where the photo came from.
    auto client = start(tmp, {{"identity/registerPhotoDir", register_}, {"sync/server", "https://127.0.0.1:9"}});
    MainWindow *main = loginAsPractice(*client);
    QSignalSpy status(main->faceDesk(), &FaceDesk::statusMessage);
    main->faceDesk()->verifyFace();
    IdNumberDialog *ask = main->faceDesk()->idNumberDialog();
    REQUIRE(ask);
    ask->edit()->setText(kId);
    ask->submit();
    REQUIRE(ow::test::waitUntil([&] { return main->faceDesk()->verifyDialog() != nullptr; }, 10000));
    REQUIRE(status.size() >= 1);
    const QString said = status.first().first().toString();
    // (In the UI language: the test client runs in zh_CN.)
    CHECK(said.contains(ow::identity::LocalRegisterPhotoSource(register_).name()));
    CHECK(said.contains(QCoreApplication::translate("ow::sync", "This workstation is not enrolled: its certificate files are missing. "
                                                                "Ask the administrator for an enrolment code.")));
    // Each register asked is in the audit log with what it answered, the number masked.
    QStringList lookups;
    for (const auto &r : ow::storage::AuditLog::recent(client->session()->store().db(), 50).value())
        if (r.action == QStringLiteral("register.photo.lookup")) {
            CHECK(r.subject == QStringLiteral("6401**********0240"));
            lookups.prepend(r.detail);
        }
    REQUIRE(lookups.size() == 2);
    CHECK(lookups[0] == QStringLiteral("central: sync.not_enrolled"));
    CHECK(lookups[1] == QStringLiteral("local: found"));
    CHECK(auditActions(*client).contains(QStringLiteral("register.photo.view")));
}

TEST_CASE("In practice 刷脸办 works at once with the bundled register photo and the simulated citizen")
{
    NEED_MODELS();
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path());  // practice defaults: head-turn camera, bundled register set
    MainWindow *main = loginAsPractice(*client);
    main->faceDesk()->verifyFace();
    IdNumberDialog *ask = main->faceDesk()->idNumberDialog();
    REQUIRE(ask);
    ask->edit()->setText(kId);
    ask->submit();
    REQUIRE(ow::test::waitUntil([&] { return main->faceDesk()->verifyDialog() != nullptr; }, 10000));
    FaceVerifyDialog *d = main->faceDesk()->verifyDialog();
    waitDecision(d);
    CHECK(d->outcome() == Outcome::Match);
    // A number the register does not know says so, masked.
    d->reject();  // Esc: even after a match the visit does not continue
    CHECK(main->counterScreen()->currentCard().isNull());
    main->faceDesk()->verifyFace();
    ask = main->faceDesk()->idNumberDialog();
    REQUIRE(ask);
    ask->edit()->setText(QStringLiteral("110101198805120178"));
    ask->submit();
    REQUIRE(ow::test::waitUntil([&] { return labelText(ask, "faceIdError").contains(QStringLiteral("1101**********0178")); }, 10000));
    CHECK_FALSE(main->faceDesk()->verifyDialog());
}
