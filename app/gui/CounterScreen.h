#pragma once
// The visit's work area, a stepper (UI.md): 1 Identify — read the card (F2), see who it is;
// 2 Matters — find a matter (F4; a visit may hold several, Ctrl+PgUp/PgDn switch between them),
// answer the guide's questions, tick the materials handed over, print the checklist (F9) or the
// one-time notice (Shift+F9); 3 Confirm — delivery and phone, the citizen checks the details on
// the citizen screen and signs (F8); 4 Accept — the decision on each matter, fee and payment,
// then F10 writes the cases and prints the receipt. Alt+1..Alt+4 go to a step. Errors appear
// inline, with what to do. The whole visit is its draft, saved as it changes.

#include "casework/Intake.h"
#include "catalog/Catalog.h"
#include "core/IdCard.h"

#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QWidget>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTimer;
class QProgressBar;
class QPushButton;
class QTabBar;

namespace ow::gui {

class AcceptPage;
class CitizenPanel;
class CitizenScreen;
struct CitizenConfirmation;
class ConfirmPage;
class QrFrameScanner;
class GuidePanel;
class IdCardView;
class MatterPicker;
class Session;

class CounterScreen final : public QWidget {
    Q_OBJECT
public:
    CounterScreen(Session &session, CitizenPanel &citizen, QWidget *parent = nullptr);

    enum class Step { Identify = 0, Matters = 1, Confirm = 2, Accept = 3 };

    void readCard();
    void printTestPage();
    void showStep(Step step);
    [[nodiscard]] Step currentStep() const;
    // F4: the Matters step with the cursor in the matter search.
    void findMatter();
    // Opens the guide of `code`; false (and an inline message) when the catalog has no such matter.
    bool chooseMatter(const QString &code);
    // F9: what the current step prints (the checklist once a matter is chosen, else a test page).
    void print();
    // Shift+F9: the one-time notice of what is still missing.
    void printNotice();
    // F8: shows the visit on the citizen screen for confirmation and signature.
    void presentToCitizen();
    // F10: accepts the visit (writes its cases) when nothing stops it; else shows what does.
    bool acceptVisit();
    // A scanned appointment code (OWAPPT:<id>): the visit opens with the appointment's matter,
    // answers, phone and delivery; the citizen is still to be identified (F2). False (and an
    // inline message) when there is no such appointment or a visit is in progress.
    bool openAppointment(const QString &scanned);
    // A new citizen (call next): the screen and the citizen screen start empty.
    void startNewVisit(const QString &ticket = {});
    // Matters chosen and not yet accepted: calling the next citizen would set them aside.
    [[nodiscard]] bool hasVisitInProgress() const;
    // Ctrl+R on the matters step: every material of the matter on screen handed over.
    void receiveAllMaterials();
    // The matter the card suggests (a renewal for a card expired or expiring within 90 days),
    // offered on the identify step as the Enter action; empty when none.
    [[nodiscard]] QString suggestedMatter() const;
    // Enter on the identify step: the suggested matter, else the matter picker.
    void continueFromIdentify();
    // Removes the matter on screen from the visit (Ctrl+Delete).
    void removeCurrentMatter();
    // Ctrl+PgDn / Ctrl+PgUp: the next or previous matter of the visit.
    void switchMatter(int delta);
    // While the screen is locked, cards the reader reads on its own are not shown or saved.
    void setLocked(bool locked)
    {
        m_locked = locked;
        updateStepBar();
    }
    // After a crash or power cut: offers the visit that was in progress (inline, restore or discard).
    void offerDraftRestore();
    void restoreDraft();
    void discardDraft();

    // 刷脸办: the citizen had no card and was identified by face against the register photo;
    // the visit continues with `card` (the register's particulars) as if it had been read.
    void setIdentifiedByFace(const core::IdCard &card);
    [[nodiscard]] bool identifiedByFace() const { return m_identifiedByFace; }

    [[nodiscard]] IdCardView *cardView() const { return m_card; }
    [[nodiscard]] const core::IdCard &currentCard() const { return m_current; }
    [[nodiscard]] bool isReading() const { return m_reading; }
    [[nodiscard]] GuidePanel *guide() const { return m_guide; }
    [[nodiscard]] MatterPicker *picker() const { return m_picker; }
    [[nodiscard]] ConfirmPage *confirmPage() const { return m_confirmPage; }
    [[nodiscard]] AcceptPage *acceptPage() const { return m_acceptPage; }
    [[nodiscard]] CitizenScreen *citizenScreen() const { return m_citizenScreen; }
    [[nodiscard]] const casework::Visit &visit() const { return m_visit; }
    [[nodiscard]] int currentMatterIndex() const { return m_currentMatter; }
    // The cases the last accepted visit became (for the receipt and the tests).
    [[nodiscard]] const QList<storage::CaseRecord> &lastAccepted() const { return m_lastAccepted; }

signals:
    void statusMessage(const QString &text);
    void cardShown(const ow::core::IdCard &card);
    // The visit was accepted: its cases are written (the queue finishes the ticket).
    void visitAccepted(const QStringList &caseNumbers);

private:
    enum class MessageKind { None, Info, Warning, Error };
    void showMessage(MessageKind kind, const QString &text, bool offerRetry = false);
    void onCardRead(const core::IdCard &card);
    void onReadFailed(const core::Error &error);
    void setReading(bool reading);
    void showCard(const core::IdCard &card);
    void clearCitizen();
    void saveDraft();
    void printGuide(bool notice);
    bool openGuide(std::shared_ptr<const catalog::Catalog> catalog, const QString &code);
    void showGuidePage();
    void updateStepBar();
    [[nodiscard]] QString draftKey() const;
    [[nodiscard]] QJsonObject visitDraft() const;
    // The guide on screen into m_visit, then every page that shows the visit.
    void syncCurrentMatter();
    // Answers the questions the card can answer (catalog `fromCard`: age, validity) where the
    // officer has not answered them.
    void prefillFromCard();
    // The warning when `card` is not the open appointment's citizen; empty when it is (or none).
    [[nodiscard]] QString appointmentMismatch(const core::IdCard &card) const;
    void refreshVisit();
    void loadMatter(int index);
    void updateMatterTabs();
    [[nodiscard]] casework::CatalogLookup catalogLookup() const;
    [[nodiscard]] CitizenConfirmation confirmationFor() const;
    [[nodiscard]] static QString confirmationKey(const CitizenConfirmation &c);
    void onCitizenConfirmed(const QImage &signature);
    // After the cases are written: the signature sealed with them, the receipt (and refusal
    // notices, fee receipt) printed and kept as encrypted PDF, the "accepted" SMS queued.
    void finishAcceptance(const QList<storage::CaseRecord> &records);

    Session &m_session;
    CitizenPanel &m_citizen;
    core::IdCard m_current;
    bool m_reading = false;
    bool m_locked = false;
    bool m_identifiedByFace = false;  // this citizen was identified by face, not by a card
    quint64 m_printJob = 0;
    QString m_printWhat;
    QHash<quint64, QString> m_printJobs;  // acceptance printouts by job, with their titles
    QString m_guideHolder;  // ID number of the citizen the open guide was started for (empty: none read)
    bool m_restoring = false;
    casework::Visit m_visit;
    int m_currentMatter = -1;       // index into m_visit.matters of the guide on screen
    QImage m_signature;             // the citizen's signature while the confirmation holds
    QString m_confirmedAt;          // when, for the officer ("10:32")
    QString m_presentedKey;         // what the citizen screen shows (confirmationKey)
    QString m_confirmedKey;         // what the citizen confirmed; any difference voids it
    QList<storage::CaseRecord> m_lastAccepted;
    QString m_appointmentIdNumber;  // who the open appointment was booked for

    QLabel *m_hint = nullptr;
    QPushButton *m_readButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QFrame *m_message = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_messageText = nullptr;
    QPushButton *m_retry = nullptr;
    QFrame *m_draftBar = nullptr;
    QLabel *m_draftText = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTimer *m_draftTimer = nullptr;
    IdCardView *m_card = nullptr;
    QList<QLabel *> m_stepLabels;
    QStackedWidget *m_steps = nullptr;
    QStackedWidget *m_matterPages = nullptr;
    MatterPicker *m_picker = nullptr;
    GuidePanel *m_guide = nullptr;
    QTabBar *m_matterTabs = nullptr;
    QPushButton *m_removeMatter = nullptr;
    ConfirmPage *m_confirmPage = nullptr;
    AcceptPage *m_acceptPage = nullptr;
    CitizenScreen *m_citizenScreen = nullptr;
    QrFrameScanner *m_qrCamera = nullptr;
};

} // namespace ow::gui
