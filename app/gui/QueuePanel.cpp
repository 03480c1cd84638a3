#include "QueuePanel.h"

#include "Session.h"

#include "catalog/Catalog.h"
#include "core/Clock.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <random>

namespace ow::gui {

using casework::PriorityLane;
using casework::Ticket;

namespace {

// The short form fits the narrow list of upcoming tickets.
QString laneShortName(PriorityLane lane)
{
    switch (lane) {
    case PriorityLane::None: return {};
    case PriorityLane::Elderly: return QueuePanel::tr("60+");
    case PriorityLane::Minor: return QueuePanel::tr("under 16");
    case PriorityLane::Military: return QueuePanel::tr("military");
    case PriorityLane::Talent: return QueuePanel::tr("talent");
    case PriorityLane::Disability: return QueuePanel::tr("disability");
    case PriorityLane::Urgent: return QueuePanel::tr("urgent");
    }
    return {};
}

QString laneName(PriorityLane lane)
{
    switch (lane) {
    case PriorityLane::None: return QueuePanel::tr("ordinary");
    case PriorityLane::Elderly: return QueuePanel::tr("green channel: aged 60 or over");
    case PriorityLane::Minor: return QueuePanel::tr("green channel: under 16");
    case PriorityLane::Military: return QueuePanel::tr("green channel: active military");
    case PriorityLane::Talent: return QueuePanel::tr("green channel: special talent");
    case PriorityLane::Disability: return QueuePanel::tr("green channel: disability");
    case PriorityLane::Urgent: return QueuePanel::tr("green channel: urgent matter");
    }
    return {};
}

constexpr catalog::Category kQueueCategories[] = {catalog::Category::Household, catalog::Category::Traffic,
                                                  catalog::Category::ExitEntry, catalog::Category::PublicOrder};

} // namespace

CallerDisplayWindow::CallerDisplayWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("callerDisplay"));
    setWindowTitle(tr("Caller display (simulated)"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setStyleSheet(QStringLiteral("background: #202124; color: #fdd663;"));
    auto *v = new QVBoxLayout(this);
    m_ticket = new QLabel(this);
    m_ticket->setObjectName(QStringLiteral("callerTicket"));
    m_ticket->setAlignment(Qt::AlignCenter);
    m_ticket->setStyleSheet(QStringLiteral("font-size: 64pt; font-weight: bold;"));
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("callerWhere"));
    m_where->setAlignment(Qt::AlignCenter);
    m_where->setStyleSheet(QStringLiteral("font-size: 28pt; color: white;"));
    v->addWidget(m_ticket);
    v->addWidget(m_where);
    resize(520, 260);
}

void CallerDisplayWindow::showCall(const QString &ticket, const QString &text)
{
    m_ticket->setText(ticket);
    m_where->setText(text);
    if (!isVisible()) {
        show();
        // The officer keeps typing: a display that took the keyboard would swallow the next key.
        if (parentWidget()) parentWidget()->window()->activateWindow();
    }
}

QString CallerDisplayWindow::shownText() const { return m_ticket->text() + u' ' + m_where->text(); }

QueuePanel::QueuePanel(Session &session, QWidget *parent)
    : QFrame(parent), m_session(session), m_queue(std::make_unique<casework::Queue>(core::Clock::system()))
{
    setObjectName(QStringLiteral("queuePanel"));
    setFixedWidth(230);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(12, 16, 12, 12);
    auto *title = new QLabel(tr("QUEUE"), this);
    title->setProperty("role", "fieldName");
    v->addWidget(title);
    m_now = new QLabel(this);
    m_now->setObjectName(QStringLiteral("queueNow"));
    m_now->setWordWrap(true);
    m_now->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: bold;"));
    v->addWidget(m_now);
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(QStringLiteral("queueWaiting"));
    m_waiting->setWordWrap(true);
    v->addWidget(m_waiting);

    m_call = new QPushButton(tr("Call next  (F5)"), this);
    m_call->setObjectName(QStringLiteral("callNextButton"));
    m_call->setProperty("role", "primary");
    m_recall = new QPushButton(tr("Recall  (F6)"), this);
    m_recall->setObjectName(QStringLiteral("recallButton"));
    m_noShow = new QPushButton(tr("No-show  (Shift+F6)"), this);
    m_noShow->setObjectName(QStringLiteral("noShowButton"));
    m_transfer = new QPushButton(tr("Transfer to counter…"), this);
    m_transfer->setObjectName(QStringLiteral("transferButton"));
    for (QPushButton *b : {m_call, m_recall, m_noShow, m_transfer}) {
        b->setFocusPolicy(Qt::NoFocus);  // the keys are the way; buttons must not take Enter
        v->addWidget(b);
    }

    auto *upTitle = new QLabel(tr("Next in line"), this);
    upTitle->setProperty("role", "fieldName");
    v->addWidget(upTitle);
    m_upcoming = new QListWidget(this);
    m_upcoming->setObjectName(QStringLiteral("queueUpcoming"));
    m_upcoming->setFocusPolicy(Qt::NoFocus);
    m_upcoming->setSelectionMode(QAbstractItemView::NoSelection);
    m_upcoming->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    v->addWidget(m_upcoming, 1);
    m_stats = new QLabel(this);
    m_stats->setObjectName(QStringLiteral("queueStats"));
    m_stats->setWordWrap(true);
    m_stats->setProperty("role", "fieldName");
    v->addWidget(m_stats);

    auto *walkTitle = new QLabel(tr("Ticket for a walk-in"), this);
    walkTitle->setProperty("role", "fieldName");
    v->addWidget(walkTitle);
    m_walkInCategory = new QComboBox(this);
    m_walkInCategory->setObjectName(QStringLiteral("walkInCategory"));
    for (catalog::Category c : kQueueCategories) m_walkInCategory->addItem(catalog::categoryName(c), catalog::categoryKey(c));
    m_walkInLane = new QComboBox(this);
    m_walkInLane->setObjectName(QStringLiteral("walkInLane"));
    for (auto lane : {PriorityLane::None, PriorityLane::Elderly, PriorityLane::Minor, PriorityLane::Military,
                      PriorityLane::Talent, PriorityLane::Disability, PriorityLane::Urgent})
        m_walkInLane->addItem(laneName(lane), int(lane));
    m_walkIn = new QPushButton(tr("Issue ticket"), this);
    m_walkIn->setObjectName(QStringLiteral("issueTicketButton"));
    for (QWidget *w : {static_cast<QWidget *>(m_walkInCategory), static_cast<QWidget *>(m_walkInLane),
                       static_cast<QWidget *>(m_walkIn)}) {
        w->setFocusPolicy(Qt::NoFocus);
        v->addWidget(w);
    }

    m_display = new CallerDisplayWindow(this);
    connect(&m_session.devices(), &devicekit::DeviceManager::announced, m_display, &CallerDisplayWindow::showCall);
    connect(&m_session.devices(), &devicekit::DeviceManager::callerDisplayFailed, this, [this](const core::Error &e) {
        emit message(tr("The caller display did not show the call: %1 Call the citizen by voice.").arg(e.message));
    });

    connect(m_call, &QPushButton::clicked, this, [this] { callNext(false); });
    connect(m_recall, &QPushButton::clicked, this, &QueuePanel::recall);
    connect(m_noShow, &QPushButton::clicked, this, &QueuePanel::markNoShow);
    connect(m_transfer, &QPushButton::clicked, this, [this] {
        // The neighbouring counter of this hall; a hall plan (settings queue/counters) lists the others.
        const QStringList counters = m_session.settings().string(QStringLiteral("queue/counters")).split(u',', Qt::SkipEmptyParts);
        const QString target = counters.value(0, QStringLiteral("02")).trimmed();
        transferTo(target == counterId() ? counters.value(1, QStringLiteral("03")).trimmed() : target);
    });
    connect(m_walkIn, &QPushButton::clicked, this, [this] {
        if (auto t = issueTicket(m_walkInCategory->currentData().toString(), PriorityLane(m_walkInLane->currentData().toInt())))
            emit message(tr("Ticket %1 issued (%2).").arg(t->number, laneName(t->lane)));
    });

    if (m_session.profile().isPractice()) {
        // The simulated hall: a few people already waiting, then someone new every minute or so.
        simulateArrivals(6);
        m_hall = new QTimer(this);
        m_hall->setInterval(60 * 1000);
        connect(m_hall, &QTimer::timeout, this, [this] { simulateArrivals(1); });
        m_hall->start();
    }
    refresh();
}

QueuePanel::~QueuePanel() = default;

QString QueuePanel::counterId() const { return m_session.counterNumber(); }

std::optional<Ticket> QueuePanel::current() const
{
    return m_current.isEmpty() ? std::nullopt : m_queue->ticket(m_current);
}

void QueuePanel::simulateArrivals(int count)
{
    // Deterministic for a given seed sequence; about one in four in the green channel.
    std::mt19937_64 rng(m_simSeed);
    for (int i = 0; i < count; ++i) {
        const auto category = kQueueCategories[rng() % 4];
        const quint64 r = rng() % 16;
        const PriorityLane lane = r == 0 ? PriorityLane::Elderly : r == 1 ? PriorityLane::Minor
                                  : r == 2                         ? PriorityLane::Disability
                                  : r == 3                         ? PriorityLane::Military
                                                                   : PriorityLane::None;
        (void)m_queue->issue(catalog::categoryKey(category), lane);
    }
    m_simSeed = rng();
    refresh();
}

std::optional<Ticket> QueuePanel::issueTicket(const QString &category, PriorityLane lane)
{
    auto t = m_queue->issue(category, lane);
    refresh();
    return t;
}

bool QueuePanel::callNext(bool visitInProgress)
{
    if (visitInProgress) {
        emit message(tr("The current citizen's visit is not finished: accept it (F10) or remove its matters "
                        "(Ctrl+Del) before calling the next ticket."));
        return false;
    }
    // The citizen called before and never served counts as not having come.
    if (auto cur = current(); cur && cur->state == casework::TicketState::Called) (void)m_queue->markNoShow(cur->number);
    else if (cur && cur->state == casework::TicketState::Serving) (void)m_queue->finish(cur->number);
    const auto t = m_queue->callNext(counterId());
    if (!t) {
        m_current.clear();
        refresh();
        emit message(tr("Nobody is waiting for this counter."));
        return false;
    }
    m_current = t->number;
    announce(t->number, false);
    refresh();
    emit message(t->isPriority() ? tr("Called %1 (%2).").arg(t->number, laneName(t->lane)) : tr("Called %1.").arg(t->number));
    emit called(*t);
    return true;
}

void QueuePanel::recall()
{
    auto t = m_current.isEmpty() ? std::nullopt : m_queue->recall(m_current);
    if (!t) {
        emit message(tr("No ticket to call again: press F5 to call the next one."));
        return;
    }
    announce(t->number, true);
    refresh();
    emit message(tr("Called %1 again (%n time(s)).", nullptr, t->recalls).arg(t->number));
}

void QueuePanel::markNoShow()
{
    auto t = m_current.isEmpty() ? std::nullopt : m_queue->markNoShow(m_current);
    if (!t) {
        emit message(tr("Only a ticket that was called and has not come can be marked as not present."));
        return;
    }
    m_current.clear();
    refresh();
    emit message(tr("%1 marked as not present. F5 calls the next ticket.").arg(t->number));
}

void QueuePanel::transferTo(const QString &counter)
{
    auto t = m_current.isEmpty() ? std::nullopt : m_queue->transfer(m_current, counter);
    if (!t) {
        emit message(tr("No ticket to transfer."));
        return;
    }
    m_current.clear();
    refresh();
    emit message(tr("%1 transferred to counter %2; it is first in line there.").arg(t->number, counter));
}

void QueuePanel::citizenArrived()
{
    if (auto t = current(); t && t->state == casework::TicketState::Called) (void)m_queue->startServing(t->number);
    refresh();
}

void QueuePanel::visitFinished()
{
    if (auto t = current(); t && (t->state == casework::TicketState::Called || t->state == casework::TicketState::Serving))
        (void)m_queue->finish(t->number);
    m_current.clear();
    refresh();
}

void QueuePanel::announce(const QString &ticket, bool recall)
{
    auto &devices = m_session.devices();
    if (devices.health(devicekit::DeviceKind::CallerDisplay).configured) {
        devices.announce(ticket, m_session.counterName(), recall);
        return;
    }
    // No display in this hall: the window stands in for it.
    m_display->showCall(ticket, recall ? CallerDisplayWindow::tr("Calling again: please go to %1").arg(m_session.counterName())
                                       : CallerDisplayWindow::tr("Please go to %1").arg(m_session.counterName()));
}

void QueuePanel::refresh()
{
    const auto t = current();
    if (t && (t->state == casework::TicketState::Called || t->state == casework::TicketState::Serving)) {
        m_now->setText(t->isPriority() ? tr("Now: %1\n%2").arg(t->number, laneName(t->lane)) : tr("Now: %1").arg(t->number));
    } else {
        m_now->setText(tr("Now: —"));
    }
    const QList<Ticket> upcoming = m_queue->upcoming(counterId());
    int priority = 0;
    for (const Ticket &u : upcoming) priority += u.isPriority() ? 1 : 0;
    m_waiting->setText(tr("Waiting: %1 (green channel: %2)").arg(upcoming.size()).arg(priority));
    m_upcoming->clear();
    for (int i = 0; i < std::min<qsizetype>(upcoming.size(), 8); ++i) {
        const Ticket &u = upcoming[i];
        m_upcoming->addItem(u.isPriority() ? QStringLiteral("%1  ★ %2").arg(u.number, laneShortName(u.lane)) : u.number);
    }
    double waitSum = 0;
    int called = 0;
    for (const Ticket &x : m_queue->tickets())
        if (x.waitSecs() >= 0) {
            waitSum += double(x.waitSecs());
            ++called;
        }
    m_stats->setText(called ? tr("Average wait: %1 min").arg(waitSum / called / 60.0, 0, 'f', 1) : QString());
    const bool active = t && (t->state == casework::TicketState::Called || t->state == casework::TicketState::Serving);
    m_recall->setEnabled(active && t->state == casework::TicketState::Called);
    m_noShow->setEnabled(active && t->state == casework::TicketState::Called);
    m_transfer->setEnabled(active);
}

} // namespace ow::gui
