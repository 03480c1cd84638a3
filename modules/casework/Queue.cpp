#include "casework/Queue.h"

#include <algorithm>

namespace ow::casework {

QString priorityLaneKey(PriorityLane lane)
{
    switch (lane) {
    case PriorityLane::None: return QStringLiteral("none");
    case PriorityLane::Elderly: return QStringLiteral("elderly");
    case PriorityLane::Minor: return QStringLiteral("minor");
    case PriorityLane::Military: return QStringLiteral("military");
    case PriorityLane::Talent: return QStringLiteral("talent");
    case PriorityLane::Disability: return QStringLiteral("disability");
    case PriorityLane::Urgent: return QStringLiteral("urgent");
    }
    return QStringLiteral("none");
}

QString ticketStateKey(TicketState state)
{
    switch (state) {
    case TicketState::Waiting: return QStringLiteral("waiting");
    case TicketState::Called: return QStringLiteral("called");
    case TicketState::Serving: return QStringLiteral("serving");
    case TicketState::Done: return QStringLiteral("done");
    case TicketState::NoShow: return QStringLiteral("no-show");
    case TicketState::Transferred: return QStringLiteral("transferred");
    }
    return QStringLiteral("waiting");
}

qint64 Ticket::waitSecs() const
{
    return calledAt.isValid() && issuedAt.isValid() ? issuedAt.secsTo(calledAt) : -1;
}

qint64 Ticket::handlingSecs() const
{
    if (state != TicketState::Done || !calledAt.isValid() || !finishedAt.isValid())
        return -1;
    return calledAt.secsTo(finishedAt);
}

PriorityLane suggestLane(const core::IdNumber &id, QDate today)
{
    if (id.isNull() || !id.birthDate().isValid())
        return PriorityLane::None;
    const int age = id.ageOn(today);
    if (age >= 60)
        return PriorityLane::Elderly;
    if (age < 16)
        return PriorityLane::Minor;
    return PriorityLane::None;
}

Queue::Queue(const core::Clock &clock, QueueSettings settings) : m_clock(clock), m_settings(std::move(settings))
{
}

void Queue::setCounterCategories(const QString &counter, const QStringList &categories)
{
    m_counterCategories.insert(counter, categories);
}

QStringList Queue::counterCategories(const QString &counter) const
{
    return m_counterCategories.value(counter);
}

bool Queue::handles(const QString &counter, const QString &category) const
{
    const QStringList cats = m_counterCategories.value(counter);
    return cats.isEmpty() || cats.contains(category);
}

std::optional<Ticket> Queue::issue(const QString &category, PriorityLane lane)
{
    const auto letter = m_settings.categoryLetters.constFind(category);
    if (letter == m_settings.categoryLetters.constEnd())
        return std::nullopt;
    const QDateTime now = m_clock.now();
    if (now.date() != m_sequenceDate) {
        m_sequenceDate = now.date();
        m_sequence.clear();
    }
    const int seq = ++m_sequence[category];
    Ticket t;
    // Three digits as on the printed slip; a 1000th ticket of a day simply gets four.
    t.number = QString(*letter) + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    t.category = category;
    t.lane = lane;
    t.issuedAt = now;
    m_tickets.push_back(t);
    m_transferSeq.push_back(0);
    return t;
}

int Queue::pick(const QString &counter, int streak, const std::vector<bool> &taken) const
{
    int transferred = -1;
    int urgent = -1;
    int priority = -1;
    int normal = -1;
    for (int i = 0; i < int(m_tickets.size()); ++i) {
        if (taken[size_t(i)])
            continue;
        const Ticket &t = m_tickets[size_t(i)];
        if (t.state == TicketState::Transferred) {
            if (t.counter == counter
                && (transferred < 0 || m_transferSeq[size_t(i)] < m_transferSeq[size_t(transferred)]))
                transferred = i;
            continue;
        }
        if (t.state != TicketState::Waiting || !handles(counter, t.category))
            continue;
        // Tickets are stored in order of issue, so the first one seen in a lane is its head.
        if (t.lane == PriorityLane::Urgent) {
            if (urgent < 0)
                urgent = i;
        } else if (t.isPriority()) {
            if (priority < 0)
                priority = i;
        } else if (normal < 0) {
            normal = i;
        }
    }
    // A transferred citizen has already waited their turn once.
    if (transferred >= 0)
        return transferred;
    // Urgent handling (特事特办) goes ahead of the other lanes; those share one FIFO because no
    // rule ranks an elderly citizen above a disabled one.
    const int prio = urgent >= 0 ? urgent : priority;
    if (prio < 0)
        return normal;
    if (normal < 0)
        return prio;
    if (m_settings.maxPriorityInARow <= 0)
        return std::min(prio, normal);
    return streak < m_settings.maxPriorityInARow ? prio : normal;
}

int Queue::nextStreak(const QString &counter, int streak, int picked, const std::vector<bool> &taken) const
{
    const Ticket &t = m_tickets[size_t(picked)];
    if (t.state == TicketState::Transferred)
        return streak;
    if (!t.isPriority())
        return 0;
    // Only calls that made an ordinary citizen wait count; a lane served while the ordinary queue
    // is empty must not make the next ordinary arrival wait for a whole streak.
    for (int i = 0; i < int(m_tickets.size()); ++i) {
        const Ticket &o = m_tickets[size_t(i)];
        if (i != picked && !taken[size_t(i)] && o.state == TicketState::Waiting && !o.isPriority()
            && handles(counter, o.category))
            return streak + 1;
    }
    return 0;
}

std::optional<Ticket> Queue::callNext(const QString &counter)
{
    const std::vector<bool> taken(m_tickets.size(), false);
    const int streak = m_streak.value(counter);
    const int i = pick(counter, streak, taken);
    if (i < 0)
        return std::nullopt;
    m_streak.insert(counter, nextStreak(counter, streak, i, taken));
    Ticket &t = m_tickets[size_t(i)];
    if (!t.calledAt.isValid())
        t.calledAt = m_clock.now();
    t.state = TicketState::Called;
    t.counter = counter;
    t.recalls = 0;
    m_transferSeq[size_t(i)] = 0;
    return t;
}

QList<Ticket> Queue::upcoming(const QString &counter) const
{
    QList<Ticket> out;
    std::vector<bool> taken(m_tickets.size(), false);
    int streak = m_streak.value(counter);
    for (;;) {
        const int i = pick(counter, streak, taken);
        if (i < 0)
            break;
        streak = nextStreak(counter, streak, i, taken);
        taken[size_t(i)] = true;
        out.append(m_tickets[size_t(i)]);
    }
    return out;
}

int Queue::find(const QString &number) const
{
    // Numbers restart every day; a queue left running past midnight means the newest one.
    for (int i = int(m_tickets.size()) - 1; i >= 0; --i) {
        if (m_tickets[size_t(i)].number == number)
            return i;
    }
    return -1;
}

std::optional<Ticket> Queue::recall(const QString &number)
{
    const int i = find(number);
    if (i < 0 || m_tickets[size_t(i)].state != TicketState::Called)
        return std::nullopt;
    ++m_tickets[size_t(i)].recalls;
    return m_tickets[size_t(i)];
}

std::optional<Ticket> Queue::startServing(const QString &number)
{
    const int i = find(number);
    if (i < 0 || m_tickets[size_t(i)].state != TicketState::Called)
        return std::nullopt;
    m_tickets[size_t(i)].state = TicketState::Serving;
    return m_tickets[size_t(i)];
}

std::optional<Ticket> Queue::markNoShow(const QString &number)
{
    const int i = find(number);
    if (i < 0 || m_tickets[size_t(i)].state != TicketState::Called)
        return std::nullopt;
    Ticket &t = m_tickets[size_t(i)];
    t.state = TicketState::NoShow;
    t.finishedAt = m_clock.now();
    return t;
}

std::optional<Ticket> Queue::transfer(const QString &number, const QString &toCounter)
{
    const int i = find(number);
    if (i < 0 || toCounter.isEmpty())
        return std::nullopt;
    Ticket &t = m_tickets[size_t(i)];
    if (t.state != TicketState::Called && t.state != TicketState::Serving)
        return std::nullopt;
    t.state = TicketState::Transferred;
    t.counter = toCounter;
    t.recalls = 0;
    m_transferSeq[size_t(i)] = ++m_lastTransfer;
    return t;
}

std::optional<Ticket> Queue::finish(const QString &number)
{
    const int i = find(number);
    if (i < 0)
        return std::nullopt;
    Ticket &t = m_tickets[size_t(i)];
    if (t.state != TicketState::Called && t.state != TicketState::Serving)
        return std::nullopt;
    t.state = TicketState::Done;
    t.finishedAt = m_clock.now();
    return t;
}

std::optional<Ticket> Queue::ticket(const QString &number) const
{
    const int i = find(number);
    if (i < 0)
        return std::nullopt;
    return m_tickets[size_t(i)];
}

QList<Ticket> Queue::tickets() const
{
    return QList<Ticket>(m_tickets.begin(), m_tickets.end());
}

QMap<QString, CategoryStats> Queue::stats() const
{
    QMap<QString, CategoryStats> out;
    QHash<QString, qint64> waitSum, handlingSum;
    QHash<QString, int> waitCount;
    for (const Ticket &t : m_tickets) {
        CategoryStats &s = out[t.category];
        ++s.issued;
        if (t.isPriority())
            ++s.priority;
        switch (t.state) {
        case TicketState::Waiting:
        case TicketState::Transferred: ++s.waiting; break;
        case TicketState::Called:
        case TicketState::Serving: ++s.inProgress; break;
        case TicketState::Done: ++s.done; break;
        case TicketState::NoShow: ++s.noShow; break;
        }
        // A transferred ticket was called once already; its wait is known.
        if (t.waitSecs() >= 0) {
            waitSum[t.category] += t.waitSecs();
            ++waitCount[t.category];
        }
        if (t.handlingSecs() >= 0)
            handlingSum[t.category] += t.handlingSecs();
    }
    for (auto it = out.begin(); it != out.end(); ++it) {
        const int wc = waitCount.value(it.key());
        if (wc > 0)
            it->averageWaitSecs = double(waitSum.value(it.key())) / wc;
        if (it->done > 0)
            it->averageHandlingSecs = double(handlingSum.value(it.key())) / it->done;
    }
    return out;
}

} // namespace ow::casework
