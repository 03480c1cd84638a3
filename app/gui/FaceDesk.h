#pragma once
// The counter's face and photo work, beside the visit: F3 face verification (against the card's
// chip photo, or — no card on the reader — 刷脸办: the officer types the ID number, the register
// photo comes from the RegisterPhotoSource and a verified face continues the visit as if the card
// had been read), F7 the standard photo, the live preview on the identify step, and the citizen
// panel's "reusable photo ✓". Owned by the main window; the visit itself stays in CounterScreen.

#include "FaceContext.h"

#include "core/IdCard.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <QDialog>
class QLabel;
class QLineEdit;

namespace ow::gui {

class CitizenPanel;
class CounterScreen;
class FacePreview;
class FaceVerifyDialog;
class PhotoDialog;
class Session;

// 刷脸办's first step: the ID number, checked (GB 11643) as it is typed.
class IdNumberDialog final : public QDialog {
    Q_OBJECT
public:
    explicit IdNumberDialog(QWidget *parent = nullptr);
    [[nodiscard]] QLineEdit *edit() const { return m_edit; }
    [[nodiscard]] QString idNumber() const { return m_id; }  // the valid number, 18 characters
    void showError(const QString &text);
    void setBusy(bool busy);
    void submit();

signals:
    void submitted(const QString &idNumber);

private:
    QLineEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
    QString m_id;
};

class FaceDesk final : public QObject {
    Q_OBJECT
public:
    FaceDesk(Session &session, CounterScreen &counter, CitizenPanel &citizen, QWidget *window);

    // F3: verify the face against the card read, or identify by face when no card was read.
    void verifyFace();
    // F7: the standard photo of the citizen on screen (or of nobody yet).
    void takePhoto();

    [[nodiscard]] const FaceContext &context() const { return m_context; }
    [[nodiscard]] FacePreview *identifyPreview() const { return m_identifyPreview; }
    [[nodiscard]] FaceVerifyDialog *verifyDialog() const;
    [[nodiscard]] PhotoDialog *photoDialog() const;
    [[nodiscard]] IdNumberDialog *idNumberDialog() const { return m_idDialog; }
    // The blob of the visit's standard photo (kept or reused this visit), empty when none; linked
    // to the visit's cases when they are accepted (blob.attach).
    [[nodiscard]] const QString &visitPhotoSha() const { return m_visitPhotoSha; }

signals:
    void statusMessage(const QString &text);

private:
    void installPreview();
    void onCardShown(const core::IdCard &card);
    void refreshReusablePhoto(const QString &idNumber);
    void openVerification(const core::IdCard &card, const QString &referenceKind, bool identifyByFace);
    void lookUpRegister(const QString &idNumber);
    void attachPhoto(const QStringList &caseNumbers);

    Session &m_session;
    CounterScreen &m_counter;
    CitizenPanel &m_citizen;
    QWidget *m_window;
    FaceContext m_context;
    FacePreview *m_identifyPreview = nullptr;
    QPointer<FaceVerifyDialog> m_verify;
    QPointer<PhotoDialog> m_photo;
    QPointer<IdNumberDialog> m_idDialog;
    // A register lookup's outcome and the sources asked on the way (each one audited).
    struct Lookup {
        core::Result<core::IdCard> card = core::makeError(QString(), QString());
        QList<identity::RegisterLookupStep> steps;
    };
    QFutureWatcher<Lookup> *m_lookup = nullptr;
    QString m_visitPhotoSha;
    QString m_visitPhotoId;  // whose photo it is: a card re-read for the same person keeps it
};

} // namespace ow::gui
