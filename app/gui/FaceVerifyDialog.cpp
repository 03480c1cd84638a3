#include "FaceVerifyDialog.h"

#include "FacePreview.h"
#include "Session.h"

#include "core/IdNumber.h"
#include "identity/ImageConvert.h"
#include "storage/AuditLog.h"
#include "storage/ProfileStore.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ow::gui {

using identity::Verification;

namespace {

// One picture's problem as a Verification (picture 1: live, 2: reference).
Verification cannotDecide(const identity::FaceSample &s, int picture, const identity::FaceSettings &settings)
{
    Verification v;
    v.maxDistance = settings.maxDistance;
    v.threshold = 1.0 - settings.maxDistance;
    v.decision = Verification::Decision::CannotDecide;
    v.reason = s.problem;
    v.picture = picture;
    v.message = s.message;
    return v;
}

} // namespace

FaceVerifyDialog::FaceVerifyDialog(Session &session, FaceContext context, QImage reference, QString referenceKind,
                                   QString idNumber, QWidget *parent)
    : QDialog(parent),
      m_session(session),
      m_context(std::move(context)),
      m_reference(std::move(reference)),
      m_referenceKind(std::move(referenceKind)),
      m_idNumber(std::move(idNumber))
{
    setObjectName(QStringLiteral("faceVerifyDialog"));
    setWindowTitle(tr("Face verification (F3)"));
    auto *v = new QVBoxLayout(this);

    auto *pictures = new QHBoxLayout;
    m_preview = new FacePreview(session.devices(), m_context.models, this);
    m_preview->setMinimumSize(400, 300);
    auto *live = new QVBoxLayout;
    auto *liveTitle = new QLabel(tr("Live camera"), this);
    liveTitle->setProperty("role", "fieldName");
    live->addWidget(liveTitle);
    live->addWidget(m_preview, 1);
    pictures->addLayout(live, 1);
    auto *ref = new QVBoxLayout;
    auto *refTitle = new QLabel(m_referenceKind == u"chip" ? tr("Photo on the ID card chip") : tr("Register photo"), this);
    refTitle->setProperty("role", "fieldName");
    ref->addWidget(refTitle);
    auto *refPicture = new QLabel(this);
    refPicture->setObjectName(QStringLiteral("faceReference"));
    refPicture->setFixedSize(204, 252);
    refPicture->setAlignment(Qt::AlignCenter);
    refPicture->setStyleSheet(QStringLiteral("background: #f0f0f0; border: 1px solid #ccc;"));
    if (!m_reference.isNull())
        refPicture->setPixmap(QPixmap::fromImage(m_reference.scaled(refPicture->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    ref->addWidget(refPicture);
    ref->addStretch();
    pictures->addLayout(ref);
    v->addLayout(pictures, 1);

    m_instruction = new QLabel(this);
    m_instruction->setObjectName(QStringLiteral("faceInstruction"));
    m_instruction->setWordWrap(true);
    m_instruction->setStyleSheet(QStringLiteral("font-size: 14pt;"));
    v->addWidget(m_instruction);
    m_decision = new QLabel(this);
    m_decision->setObjectName(QStringLiteral("faceDecision"));
    m_decision->setWordWrap(true);
    m_decision->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    v->addWidget(m_decision);
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("faceScore"));
    m_score->setWordWrap(true);
    v->addWidget(m_score);

    // The supervisor's override of a no-match: number and password, checked like a login.
    m_overrideBox = new QFrame(this);
    m_overrideBox->setObjectName(QStringLiteral("overrideBox"));
    m_overrideBox->setFrameShape(QFrame::StyledPanel);
    auto *of = new QFormLayout(m_overrideBox);
    auto *overrideText = new QLabel(tr("A supervisor may accept the identity after looking at the citizen and the photo. "
                                       "The override is recorded with the supervisor's number."),
                                    m_overrideBox);
    overrideText->setWordWrap(true);
    of->addRow(overrideText);
    m_supervisor = new QLineEdit(m_overrideBox);
    m_supervisor->setObjectName(QStringLiteral("supervisorNumber"));
    m_password = new QLineEdit(m_overrideBox);
    m_password->setObjectName(QStringLiteral("supervisorPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    of->addRow(tr("Supervisor number"), m_supervisor);
    of->addRow(tr("Supervisor password"), m_password);
    m_overrideError = new QLabel(m_overrideBox);
    m_overrideError->setObjectName(QStringLiteral("overrideError"));
    m_overrideError->setWordWrap(true);
    m_overrideError->setStyleSheet(QStringLiteral("color: #b00020;"));
    of->addRow(m_overrideError);
    m_confirmOverride = new QPushButton(tr("Accept as supervisor"), m_overrideBox);
    m_confirmOverride->setObjectName(QStringLiteral("confirmOverrideButton"));
    of->addRow(m_confirmOverride);
    m_overrideBox->hide();
    v->addWidget(m_overrideBox);

    auto *buttons = new QHBoxLayout;
    m_capture = new QPushButton(tr("Compare now  (Space)"), this);
    m_capture->setObjectName(QStringLiteral("captureButton"));
    m_retry = new QPushButton(tr("Start again"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_overrideButton = new QPushButton(tr("Supervisor override…"), this);
    m_overrideButton->setObjectName(QStringLiteral("overrideButton"));
    m_overrideButton->hide();
    m_same = new QPushButton(tr("Same person"), this);
    m_same->setObjectName(QStringLiteral("sameButton"));
    m_different = new QPushButton(tr("Not the same person"), this);
    m_different->setObjectName(QStringLiteral("differentButton"));
    m_done = new QPushButton(tr("Close"), this);
    m_done->setObjectName(QStringLiteral("doneButton"));
    for (QPushButton *b : {m_capture, m_retry, m_overrideButton, m_same, m_different}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    buttons->addWidget(m_done);
    v->addLayout(buttons);

    connect(m_capture, &QPushButton::clicked, this, &FaceVerifyDialog::captureNow);
    connect(m_retry, &QPushButton::clicked, this, &FaceVerifyDialog::retry);
    connect(m_overrideButton, &QPushButton::clicked, this, [this] {
        m_overrideBox->show();
        m_supervisor->setFocus();
    });
    connect(m_confirmOverride, &QPushButton::clicked, this,
            [this] { requestOverride(m_supervisor->text().trimmed(), m_password->text()); });
    connect(m_same, &QPushButton::clicked, this, [this] { setManual(true); });
    connect(m_different, &QPushButton::clicked, this, [this] { setManual(false); });
    connect(m_done, &QPushButton::clicked, this, [this] { verified() ? accept() : reject(); });
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), this);
    connect(space, &QShortcut::activated, this, &FaceVerifyDialog::captureNow);

    if (manualMode()) {
        m_capture->hide();
        m_retry->hide();
        m_instruction->setText(tr("Face models are not installed, so the computer cannot compare faces. Compare the "
                                  "citizen in front of you with the photo yourself; your decision is recorded."));
        resize(760, 560);
        return;
    }
    m_same->hide();
    m_different->hide();
    m_instruction->setText(m_challenge.instruction());
    connect(m_preview, &FacePreview::detected, this, &FaceVerifyDialog::onDetected);

    // The reference photo is described once, in the background.
    m_referenceWatcher = new QFutureWatcher<core::Result<identity::FaceSample>>(this);
    connect(m_referenceWatcher, &QFutureWatcherBase::finished, this, [this] {
        auto r = m_referenceWatcher->future().result();
        if (r) m_referenceSample = r.value();
        else m_referenceError = r.error();
    });
    const identity::FaceVerifier verifier(m_context.models, m_context.settings);
    const QImage refImage = m_reference;
    m_referenceWatcher->setFuture(
        QtConcurrent::run([verifier, refImage] { return verifier.sample(identity::matFromImage(refImage)); }));
    m_compareWatcher = new QFutureWatcher<Verification>(this);
    connect(m_compareWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_comparing = false;
        showResult(m_compareWatcher->future().result(), m_pendingLiveness);
    });
    resize(760, 600);
}

bool FaceVerifyDialog::verified() const
{
    return m_outcome == Outcome::Match || m_outcome == Outcome::Overridden || m_outcome == Outcome::ManualSame;
}

void FaceVerifyDialog::onDetected(const QImage &frame, const QList<identity::Face> &faces)
{
    if (m_outcome != Outcome::Pending || m_comparing) return;
    const auto before = m_challenge.state();
    const auto state = m_challenge.addFrame(faces);
    if (state == identity::HeadTurnChallenge::State::Failed) {
        // Why the check failed is often why no comparison is possible (no face, two faces):
        // the picture on screen is judged to say so.
        m_instruction->setText(m_challenge.failureReason());
        compare(frame, false);
        return;
    }
    m_instruction->setText(m_challenge.instruction());
    if (state == identity::HeadTurnChallenge::State::Passed && before != state) compare(frame, true);
}

void FaceVerifyDialog::captureNow()
{
    if (manualMode() || m_comparing) return;
    const QImage frame = m_preview->detectedFrame().isNull() ? m_preview->lastFrame() : m_preview->detectedFrame();
    if (frame.isNull()) {
        m_decision->setText(tr("No camera picture yet."));
        return;
    }
    compare(frame, m_challenge.state() == identity::HeadTurnChallenge::State::Passed);
}

void FaceVerifyDialog::retry()
{
    m_challenge.reset();
    m_outcome = Outcome::Pending;
    m_result.reset();
    m_decision->clear();
    m_score->clear();
    m_overrideBox->hide();
    m_overrideButton->hide();
    m_instruction->setText(m_challenge.instruction());
}

void FaceVerifyDialog::compare(const QImage &frame, bool livenessPassed)
{
    m_comparing = true;
    m_pendingLiveness = livenessPassed;
    m_decision->setText(tr("Comparing…"));
    const identity::FaceVerifier verifier(m_context.models, m_context.settings);
    const auto refSample = m_referenceSample;
    const QImage refImage = m_reference;
    const identity::FaceSettings settings = m_context.settings;
    m_compareWatcher->setFuture(QtConcurrent::run([verifier, refSample, refImage, frame, settings]() -> Verification {
        QElapsedTimer timer;
        timer.start();
        Verification v;
        auto live = verifier.sample(identity::matFromImage(frame));
        auto ref = refSample ? core::Result<identity::FaceSample>(*refSample) : verifier.sample(identity::matFromImage(refImage));
        if (!live || !ref) {
            v.decision = Verification::Decision::CannotDecide;
            v.reason = Verification::Reason::Failed;
            v.message = (!live ? live.error() : ref.error()).message;
            v.detail = (!live ? live.error() : ref.error()).describe();
        } else if (live.value().problem != Verification::Reason::None) {
            v = cannotDecide(live.value(), 1, settings);
        } else if (ref.value().problem != Verification::Reason::None) {
            v = cannotDecide(ref.value(), 2, settings);
        } else {
            v = verifier.compare(live.value(), ref.value());
        }
        v.milliseconds = double(timer.elapsed());
        return v;
    }));
}

QString FaceVerifyDialog::reasonText(const Verification &v) const
{
    if (v.picture == 1) return tr("live picture: %1").arg(v.message);
    if (v.picture == 2)
        return (m_referenceKind == u"chip" ? tr("card photo: %1") : tr("register photo: %1")).arg(v.message);
    return v.message;
}

void FaceVerifyDialog::showResult(const Verification &result, bool livenessPassed)
{
    Verification v = result;
    // A comparison counts only after the head turn: a photo held up to the camera must not pass.
    if (v.decision != Verification::Decision::CannotDecide && !livenessPassed) {
        v.decision = Verification::Decision::CannotDecide;
        v.picture = 0;
        v.message = tr("the head-turn check has not passed: ask the citizen to look at the camera, turn the head and look back");
    }
    m_result = v;
    QString scoreText;
    if (v.score >= 0)
        scoreText = tr("Similarity %1, threshold %2 (a match needs at least the threshold).")
                        .arg(v.score, 0, 'f', 2)
                        .arg(v.threshold, 0, 'f', 2);
    else
        scoreText = tr("Threshold %1. No similarity was computed.").arg(v.threshold, 0, 'f', 2);
    m_score->setText(scoreText);
    QString detail = QStringLiteral("decision=%1 reason=%2 score=%3 threshold=%4 liveness=%5 reference=%6")
                         .arg(Verification::decisionKey(v.decision), Verification::reasonKey(v.reason))
                         .arg(v.score, 0, 'f', 3)
                         .arg(v.threshold, 0, 'f', 3)
                         .arg(livenessPassed ? QStringLiteral("passed") : QStringLiteral("not-passed"), m_referenceKind);
    m_session.audit(QString::fromLatin1(storage::audit::kFaceVerify), core::IdNumber::mask(m_idNumber), detail);
    switch (v.decision) {
    case Verification::Decision::Match:
        m_outcome = Outcome::Match;
        m_decision->setText(QStringLiteral("✓ ") + tr("Match: the citizen is the person of the photo."));
        m_decision->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold; color: #1b7f3b;"));
        m_done->setText(tr("Continue"));
        m_done->setDefault(true);
        break;
    case Verification::Decision::NoMatch:
        m_outcome = Outcome::NoMatch;
        m_decision->setText(QStringLiteral("✗ ") + tr("No match: the face differs from the photo."));
        m_decision->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold; color: #b00020;"));
        m_overrideButton->show();
        break;
    case Verification::Decision::CannotDecide:
        m_outcome = Outcome::CannotDecide;
        m_decision->setText(QStringLiteral("? ") + tr("Cannot decide: %1.").arg(reasonText(v)));
        m_decision->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold; color: #8a5a00;"));
        break;
    }
}

void FaceVerifyDialog::requestOverride(const QString &number, const QString &password)
{
    if (m_outcome != Outcome::NoMatch) return;
    if (number.isEmpty() || password.isEmpty()) {
        m_overrideError->setText(tr("Type the supervisor's number and password."));
        return;
    }
    m_confirmOverride->setEnabled(false);
    m_overrideError->setText(tr("Checking…"));
    auto *watcher = new QFutureWatcher<core::Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, number] {
        watcher->deleteLater();
        m_confirmOverride->setEnabled(true);
        m_password->clear();
        const core::Status st = watcher->future().result();
        if (!st) {
            m_overrideError->setText(st.error().message);
            emit overrideFinished(false);
            return;
        }
        m_overrideError->clear();
        m_outcome = Outcome::Overridden;
        const double score = m_result ? m_result->score : -1;
        m_session.audit(QString::fromLatin1(storage::audit::kFaceOverride), core::IdNumber::mask(m_idNumber),
                        QStringLiteral("supervisor=%1 score=%2 threshold=%3 reference=%4")
                            .arg(number)
                            .arg(score, 0, 'f', 3)
                            .arg(m_result ? m_result->threshold : 0, 0, 'f', 3)
                            .arg(m_referenceKind));
        m_decision->setText(QStringLiteral("✓ ") + tr("Accepted by supervisor %1 despite the no-match.").arg(number));
        m_overrideBox->hide();
        m_overrideButton->hide();
        m_done->setText(tr("Continue"));
        emit overrideFinished(true);
    });
    // The password check runs Argon2id: on a pool thread with its own connection. A wrong password
    // counts towards that account's lockout like any login.
    watcher->setFuture(m_session.runInBackground([number, password](storage::ProfileStore &store) -> core::Status {
        if (auto st = store.officers().confirmPassword(number, password); !st) return st;
        auto who = store.officers().find(number);
        if (!who) return who.error();
        if (!who.value() || !who.value()->has(storage::Role::Supervisor))
            return core::makeError(QStringLiteral("face.override_role"),
                                   tr("Officer %1 is not a supervisor: only a supervisor can accept a no-match.").arg(number));
        return {};
    }));
}

void FaceVerifyDialog::setManual(bool same)
{
    m_outcome = same ? Outcome::ManualSame : Outcome::ManualDifferent;
    m_session.audit(QString::fromLatin1(storage::audit::kFaceManual), core::IdNumber::mask(m_idNumber),
                    QStringLiteral("decision=%1 reference=%2 models=missing")
                        .arg(same ? QStringLiteral("same") : QStringLiteral("different"), m_referenceKind));
    m_decision->setText(same ? QStringLiteral("✓ ") + tr("You confirmed: same person (recorded).")
                             : QStringLiteral("✗ ") + tr("You decided: not the same person (recorded)."));
    m_done->setText(same ? tr("Continue") : tr("Close"));
}

} // namespace ow::gui
