#pragma once
// F3, face verification (人证核验): the live face against the card's chip photo or a register
// photo. The citizen first passes the head-turn challenge (identity/Liveness.h, with what it does
// not stop); the frame that ends it is compared. The officer sees the score, the threshold and
// the decision in words: match, no match, or cannot decide and why ("no face in the live
// picture", "two faces", "too dark"). A no-match can be accepted only by a supervisor who types
// their number and password here (checked against the officer accounts, off the GUI thread).
// Without face models the dialog says so and the officer compares the two pictures by eye.
// Every decision is audited (face.verify, face.override, face.manual), never with a face.

#include "FaceContext.h"

#include "identity/FaceVerifier.h"
#include "identity/Liveness.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QFrame;

namespace ow::gui {

class FacePreview;
class Session;

class FaceVerifyDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Outcome { Pending, Match, NoMatch, CannotDecide, Overridden, ManualSame, ManualDifferent };

    // `referenceKind`: "chip" or "register" (audit detail); `subject`: the ID number (masked in
    // every record).
    FaceVerifyDialog(Session &session, FaceContext context, QImage reference, QString referenceKind,
                     QString idNumber, QWidget *parent = nullptr);

    [[nodiscard]] Outcome outcome() const { return m_outcome; }
    // Match, a supervisor's override, or the officer's "same person" without models.
    [[nodiscard]] bool verified() const;
    [[nodiscard]] const std::optional<identity::Verification> &verification() const { return m_result; }
    [[nodiscard]] bool manualMode() const { return !m_context.models; }
    [[nodiscard]] FacePreview *preview() const { return m_preview; }
    [[nodiscard]] identity::HeadTurnChallenge::State challengeState() const { return m_challenge.state(); }

    // Compares the picture on screen now (Space): counts only after the head turn; a picture that
    // cannot be judged says why.
    void captureNow();
    // Starts the head-turn challenge again.
    void retry();
    // The supervisor's number and password; checked in the background (see overrideFinished).
    void requestOverride(const QString &number, const QString &password);

signals:
    void overrideFinished(bool accepted);

private:
    void onDetected(const QImage &frame, const QList<identity::Face> &faces);
    void compare(const QImage &frame, bool livenessPassed);
    void showResult(const identity::Verification &v, bool livenessPassed);
    void setManual(bool same);
    [[nodiscard]] QString reasonText(const identity::Verification &v) const;

    Session &m_session;
    FaceContext m_context;
    QImage m_reference;
    QString m_referenceKind;
    QString m_idNumber;
    identity::HeadTurnChallenge m_challenge;
    std::optional<identity::FaceSample> m_referenceSample;
    std::optional<core::Error> m_referenceError;
    QFutureWatcher<core::Result<identity::FaceSample>> *m_referenceWatcher = nullptr;
    QFutureWatcher<identity::Verification> *m_compareWatcher = nullptr;
    bool m_comparing = false;
    bool m_pendingLiveness = false;
    std::optional<identity::Verification> m_result;
    Outcome m_outcome = Outcome::Pending;

    FacePreview *m_preview = nullptr;
    QLabel *m_instruction = nullptr;
    QLabel *m_decision = nullptr;
    QLabel *m_score = nullptr;
    QPushButton *m_capture = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_overrideButton = nullptr;
    QFrame *m_overrideBox = nullptr;
    QLineEdit *m_supervisor = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_overrideError = nullptr;
    QPushButton *m_confirmOverride = nullptr;
    QPushButton *m_same = nullptr;
    QPushButton *m_different = nullptr;
    QPushButton *m_done = nullptr;
};

} // namespace ow::gui
