#pragma once
// The visit's work area. This version holds the first step, Identify: read the card (F2), see
// who it is, and print a test page (F9). Errors appear here, inline, with what to do.

#include "core/IdCard.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QTimer;
class QProgressBar;
class QPushButton;

namespace ow::gui {

class CitizenPanel;
class IdCardView;
class Session;

class CounterScreen final : public QWidget {
    Q_OBJECT
public:
    CounterScreen(Session &session, CitizenPanel &citizen, QWidget *parent = nullptr);

    void readCard();
    void printTestPage();
    // While the screen is locked, cards the reader reads on its own are not shown or saved.
    void setLocked(bool locked) { m_locked = locked; }
    // After a crash or power cut: offers the visit that was in progress (inline, restore or discard).
    void offerDraftRestore();
    void restoreDraft();
    void discardDraft();

    [[nodiscard]] IdCardView *cardView() const { return m_card; }
    [[nodiscard]] const core::IdCard &currentCard() const { return m_current; }
    [[nodiscard]] bool isReading() const { return m_reading; }

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
    [[nodiscard]] QString draftKey() const;

    Session &m_session;
    CitizenPanel &m_citizen;
    core::IdCard m_current;
    bool m_reading = false;
    bool m_locked = false;
    quint64 m_printJob = 0;

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
};

} // namespace ow::gui
