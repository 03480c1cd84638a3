#pragma once
// The left-hand column (UI.md): the ticket being served, what waits (and how much of it in the
// green channel), F5 call next, F6 recall, Shift+F6 no-show, transfer to another counter, and a
// ticket for a walk-in. Calls go to the caller display (叫号屏), simulated as a window until real
// displays are connected. In practice mode a simulated hall keeps issuing tickets, some of them in
// the green channel, so a trainee serves a queue as at a real counter.

#include "casework/Queue.h"

#include <QFrame>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace ow::gui {

class Session;

// The face of the simulated caller display (devices/sim-peripherals): the big ticket number and
// the counter to go to, as the display device announced them. Without a configured display the
// panel shows its calls here directly.
class CallerDisplayWindow final : public QWidget {
    Q_OBJECT
public:
    explicit CallerDisplayWindow(QWidget *parent = nullptr);
    void showCall(const QString &ticket, const QString &text);
    [[nodiscard]] QString shownText() const;

private:
    QLabel *m_ticket = nullptr;
    QLabel *m_where = nullptr;
};

class QueuePanel final : public QFrame {
    Q_OBJECT
public:
    QueuePanel(Session &session, QWidget *parent = nullptr);
    ~QueuePanel() override;

    // F5. False (and a message) when nothing waits or the current citizen is not finished.
    bool callNext(bool visitInProgress);
    void recall();         // F6
    void markNoShow();     // Shift+F6
    void transferTo(const QString &counter);
    // Issues a ticket for a walk-in (category of the matter they came for; lane set by the officer).
    std::optional<casework::Ticket> issueTicket(const QString &category, casework::PriorityLane lane);
    // The citizen called is at the counter (their card was read) / their visit was accepted.
    void citizenArrived();
    void visitFinished();

    [[nodiscard]] casework::Queue &queue() { return *m_queue; }
    [[nodiscard]] std::optional<casework::Ticket> current() const;
    [[nodiscard]] CallerDisplayWindow *callerDisplay() const { return m_display; }
    // Practice: issue the simulated hall's tickets now (tests; the timer does it otherwise).
    void simulateArrivals(int count);

signals:
    // A ticket was called: the visit starts for it.
    void called(const ow::casework::Ticket &ticket);
    void message(const QString &text);

private:
    void refresh();
    void announce(const QString &ticket, bool recall);
    [[nodiscard]] QString counterId() const;

    Session &m_session;
    std::unique_ptr<casework::Queue> m_queue;
    QString m_current;  // ticket number being called or served
    quint64 m_simSeed = 1;
    QTimer *m_hall = nullptr;
    QLabel *m_now = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_stats = nullptr;
    QListWidget *m_upcoming = nullptr;
    QPushButton *m_call = nullptr;
    QPushButton *m_recall = nullptr;
    QPushButton *m_noShow = nullptr;
    QPushButton *m_transfer = nullptr;
    QComboBox *m_walkInCategory = nullptr;
    QComboBox *m_walkInLane = nullptr;
    QPushButton *m_walkIn = nullptr;
    CallerDisplayWindow *m_display = nullptr;
};

} // namespace ow::gui
