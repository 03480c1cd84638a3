#pragma once
// The visit's work area, a stepper (UI.md): 1 Identify — read the card (F2), see who it is;
// 2 Matters — find the matter (F4), answer the guide's questions, see the exact checklist, print
// it (F9) or the one-time notice (Shift+F9). Alt+1 and Alt+2 go to a step. Errors appear inline,
// with what to do.

#include "catalog/Catalog.h"
#include "core/IdCard.h"

#include <QJsonObject>
#include <QWidget>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTimer;
class QProgressBar;
class QPushButton;

namespace ow::gui {

class CitizenPanel;
class GuidePanel;
class IdCardView;
class MatterPicker;
class Session;

class CounterScreen final : public QWidget {
    Q_OBJECT
public:
    CounterScreen(Session &session, CitizenPanel &citizen, QWidget *parent = nullptr);

    enum class Step { Identify = 0, Matters = 1 };

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
    // While the screen is locked, cards the reader reads on its own are not shown or saved.
    void setLocked(bool locked) { m_locked = locked; }
    // After a crash or power cut: offers the visit that was in progress (inline, restore or discard).
    void offerDraftRestore();
    void restoreDraft();
    void discardDraft();

    [[nodiscard]] IdCardView *cardView() const { return m_card; }
    [[nodiscard]] const core::IdCard &currentCard() const { return m_current; }
    [[nodiscard]] bool isReading() const { return m_reading; }
    [[nodiscard]] GuidePanel *guide() const { return m_guide; }
    [[nodiscard]] MatterPicker *picker() const { return m_picker; }

signals:
    void statusMessage(const QString &text);
    void cardShown(const ow::core::IdCard &card);

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

    Session &m_session;
    CitizenPanel &m_citizen;
    core::IdCard m_current;
    bool m_reading = false;
    bool m_locked = false;
    quint64 m_printJob = 0;
    QString m_printWhat;
    QString m_guideHolder;  // ID number of the citizen the open guide was started for (empty: none read)
    bool m_restoring = false;
    QJsonObject m_unrestoredGuide;  // a draft's guide whose matter this catalog lacks: not thrown away

    QLabel *m_hint = nullptr;
    QPushButton *m_readButton = nullptr;
    QPushButton *m_printButton = nullptr;
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
};

} // namespace ow::gui
