#pragma once
// The ticket queue of a service hall (取号, 叫号): tickets are issued per category, counters call
// the next ticket among the categories they handle, green-channel lanes (绿色通道) go first but
// cannot starve the ordinary queue. Pure logic: no storage, no devices; time comes from a Clock
// so that a day of calls can be replayed exactly in tests.

#include "core/Clock.h"
#include "core/IdNumber.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ow::casework {

// Green channel lanes. Only Elderly and Minor can be told from the ID number (suggestLane);
// the officer or floor guide sets the others.
enum class PriorityLane { None, Elderly, Minor, Military, Talent, Disability, Urgent };

enum class TicketState {
    Waiting,      // issued, not yet called
    Called,       // called to a counter, the citizen has not arrived yet
    Serving,      // the citizen is at the counter
    Done,         // finished
    NoShow,       // called (and possibly recalled) but never came
    Transferred,  // sent to another counter, waiting at the head of that counter's queue
};

// Stable keys for logs, JSON and the caller display protocol: "none", "elderly", "minor",
// "military", "talent", "disability", "urgent" / "waiting", "called", "serving", "done",
// "no-show", "transferred".
[[nodiscard]] QString priorityLaneKey(PriorityLane lane);
[[nodiscard]] QString ticketStateKey(TicketState state);

struct Ticket {
    QString number;    // "A017": the category letter and the day's sequence of that category
    QString category;  // "household", "traffic", "exitentry", "publicorder", ...
    PriorityLane lane = PriorityLane::None;
    QDateTime issuedAt;
    QDateTime calledAt;    // first call; recalls and transfers do not move it
    QDateTime finishedAt;  // Done or NoShow
    QString counter;       // the counter that called it last, or the target of a transfer
    int recalls = 0;       // repeated calls at the current counter
    TicketState state = TicketState::Waiting;

    [[nodiscard]] bool isPriority() const { return lane != PriorityLane::None; }
    // Seconds from issue to first call; -1 when never called.
    [[nodiscard]] qint64 waitSecs() const;
    // Seconds from first call to finish (a transfer counts as handling); -1 unless Done.
    [[nodiscard]] qint64 handlingSecs() const;
};

struct QueueSettings {
    // Letter printed before the number, per category. A category without a letter cannot be issued.
    QHash<QString, QChar> categoryLetters{
        {QStringLiteral("household"), QLatin1Char('A')},
        {QStringLiteral("traffic"), QLatin1Char('B')},
        {QStringLiteral("exitentry"), QLatin1Char('C')},
        {QStringLiteral("publicorder"), QLatin1Char('D')},
    };
    // At most this many green-channel calls in a row at one counter while an ordinary ticket
    // that counter could call is waiting; then one ordinary ticket. 0 disables the lanes' priority.
    int maxPriorityInARow = 3;
};

struct CategoryStats {
    int issued = 0;
    int waiting = 0;      // Waiting or Transferred
    int inProgress = 0;   // Called or Serving
    int done = 0;
    int noShow = 0;
    int priority = 0;     // issued in a green-channel lane
    double averageWaitSecs = 0;      // over tickets that were called (Done, NoShow, in progress)
    double averageHandlingSecs = 0;  // over Done tickets
};

// Age rule of the green channel: 60 and over -> Elderly, under 16 -> Minor, else None.
[[nodiscard]] PriorityLane suggestLane(const core::IdNumber &id, QDate today);

class Queue {
public:
    // `clock` must outlive the queue.
    explicit Queue(const core::Clock &clock, QueueSettings settings = {});

    [[nodiscard]] const QueueSettings &settings() const { return m_settings; }

    // Categories a counter calls from. A counter never configured, or configured with an empty
    // list, is a comprehensive one-window counter and calls every category.
    void setCounterCategories(const QString &counter, const QStringList &categories);
    [[nodiscard]] QStringList counterCategories(const QString &counter) const;

    // nullopt for a category without a letter. Sequences restart when the clock's date changes.
    std::optional<Ticket> issue(const QString &category, PriorityLane lane = PriorityLane::None);

    // The next ticket for `counter`, now Called there; nullopt when nothing it handles waits.
    // Tickets transferred to this counter come first, then the lanes under the fairness rule.
    std::optional<Ticket> callNext(const QString &counter);
    // The order in which callNext would hand out the tickets waiting for `counter` now.
    [[nodiscard]] QList<Ticket> upcoming(const QString &counter) const;

    // Operations on a called ticket, by number. They return the updated ticket, or nullopt when
    // no ticket has that number or its state does not allow the step (the screen disables the
    // button; nothing else needs the reason).
    std::optional<Ticket> recall(const QString &number);     // Called -> Called, recalls + 1
    std::optional<Ticket> startServing(const QString &number);  // Called -> Serving
    std::optional<Ticket> markNoShow(const QString &number);    // Called -> NoShow
    // Called or Serving -> Transferred to `toCounter`, ahead of everything else there. Any
    // counter may receive a transfer whatever its categories: the officer decided it.
    std::optional<Ticket> transfer(const QString &number, const QString &toCounter);
    std::optional<Ticket> finish(const QString &number);        // Called or Serving -> Done

    [[nodiscard]] std::optional<Ticket> ticket(const QString &number) const;
    [[nodiscard]] QList<Ticket> tickets() const;  // in order of issue
    // Green-channel calls in a row at `counter` that count against the fairness limit.
    [[nodiscard]] int priorityStreak(const QString &counter) const { return m_streak.value(counter); }

    [[nodiscard]] QMap<QString, CategoryStats> stats() const;

private:
    [[nodiscard]] bool handles(const QString &counter, const QString &category) const;
    // Index of the next ticket for `counter`, skipping `taken`, given the current streak.
    [[nodiscard]] int pick(const QString &counter, int streak, const std::vector<bool> &taken) const;
    [[nodiscard]] int nextStreak(const QString &counter, int streak, int picked,
                                 const std::vector<bool> &taken) const;
    [[nodiscard]] int find(const QString &number) const;

    const core::Clock &m_clock;
    QueueSettings m_settings;
    std::vector<Ticket> m_tickets;
    std::vector<quint64> m_transferSeq;  // per ticket: order of arrival by transfer, 0 if none
    quint64 m_lastTransfer = 0;
    QHash<QString, QStringList> m_counterCategories;
    QHash<QString, int> m_streak;
    QHash<QString, int> m_sequence;  // per category, for m_sequenceDate
    QDate m_sequenceDate;
};

} // namespace ow::casework
