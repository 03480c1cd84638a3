#include "TestSupport.h"

#include "casework/Queue.h"
#include "core/Clock.h"
#include "core/IdNumber.h"

using ow::casework::CategoryStats;
using ow::casework::PriorityLane;
using ow::casework::Queue;
using ow::casework::QueueSettings;
using ow::casework::suggestLane;
using ow::casework::Ticket;
using ow::casework::TicketState;
using ow::core::FixedClock;
using ow::core::IdNumber;

namespace {

const QDateTime kMorning(QDate(2026, 11, 20), QTime(8, 30));

QString hh() { return QStringLiteral("household"); }
QString traffic() { return QStringLiteral("traffic"); }

// Numbers called one after another at `counter` until nothing is left.
QStringList drain(Queue &q, const QString &counter)
{
    QStringList out;
    while (const auto t = q.callNext(counter)) {
        out << t->number;
        REQUIRE(q.finish(t->number));
    }
    return out;
}

QStringList numbers(const QList<Ticket> &ts)
{
    QStringList out;
    for (const Ticket &t : ts)
        out << t.number;
    return out;
}

// A valid resident number for someone born on `birth` in 东城区.
IdNumber idBornOn(QDate birth, QDate today)
{
    const QString first17 = QStringLiteral("110101") + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("123");
    auto r = IdNumber::parse(first17 + IdNumber::checkCharacter(first17), today);
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("Ticket numbers: category letter, three digits, per category, restarting each day")
{
    FixedClock clock(kMorning);
    Queue q(clock);
    CHECK(q.issue(hh())->number == QStringLiteral("A001"));
    CHECK(q.issue(hh())->number == QStringLiteral("A002"));
    CHECK(q.issue(traffic())->number == QStringLiteral("B001"));
    CHECK(q.issue(QStringLiteral("exitentry"), PriorityLane::Elderly)->number == QStringLiteral("C001"));
    CHECK(q.issue(hh(), PriorityLane::Urgent)->number == QStringLiteral("A003"));
    CHECK_FALSE(q.issue(QStringLiteral("unknown")).has_value());

    clock.set(kMorning.addDays(1));
    CHECK(q.issue(hh())->number == QStringLiteral("A001"));
    CHECK(q.issue(traffic())->number == QStringLiteral("B001"));
    // The newest ticket of that number is the one operated on.
    CHECK(q.ticket(QStringLiteral("A001"))->issuedAt == kMorning.addDays(1));
}

TEST_CASE("Fairness: at most N green-channel calls in a row while ordinary tickets wait")
{
    FixedClock clock(kMorning);
    SECTION("5 priority and 5 ordinary, N = 3")
    {
        Queue q(clock);
        for (int i = 0; i < 5; ++i)
            q.issue(hh());
        for (int i = 0; i < 5; ++i)
            q.issue(traffic(), PriorityLane::Elderly);
        const QStringList expected{"B001", "B002", "B003", "A001", "B004", "B005", "A002", "A003", "A004", "A005"};
        CHECK(numbers(q.upcoming(QStringLiteral("1"))) == expected);
        CHECK(drain(q, QStringLiteral("1")) == expected);
    }
    SECTION("N = 1 alternates")
    {
        QueueSettings s;
        s.maxPriorityInARow = 1;
        Queue q(clock, s);
        for (int i = 0; i < 3; ++i) {
            q.issue(hh());
            q.issue(traffic(), PriorityLane::Disability);
        }
        CHECK(drain(q, QStringLiteral("1")) == QStringList{"B001", "A001", "B002", "A002", "B003", "A003"});
    }
    SECTION("N = 0 serves in order of issue")
    {
        QueueSettings s;
        s.maxPriorityInARow = 0;
        Queue q(clock, s);
        q.issue(hh());
        q.issue(traffic(), PriorityLane::Elderly);
        q.issue(hh());
        CHECK(drain(q, QStringLiteral("1")) == QStringList{"A001", "B001", "A002"});
    }
    SECTION("Priority calls with no ordinary ticket waiting do not count")
    {
        Queue q(clock);
        for (int i = 0; i < 6; ++i)
            q.issue(traffic(), PriorityLane::Minor);
        REQUIRE(q.callNext(QStringLiteral("1"))->number == QStringLiteral("B001"));
        REQUIRE(q.callNext(QStringLiteral("1"))->number == QStringLiteral("B002"));
        CHECK(q.priorityStreak(QStringLiteral("1")) == 0);
        q.issue(hh());
        // The ordinary arrival waits a full streak from now on, not the rest of an earlier one.
        CHECK(numbers(q.upcoming(QStringLiteral("1"))) == QStringList{"B003", "B004", "B005", "A001", "B006"});
    }
    SECTION("Streaks are per counter")
    {
        Queue q(clock);
        for (int i = 0; i < 6; ++i)
            q.issue(traffic(), PriorityLane::Elderly);
        q.issue(hh());
        q.issue(hh());
        for (int i = 0; i < 3; ++i)
            q.callNext(QStringLiteral("1"));
        CHECK(q.priorityStreak(QStringLiteral("1")) == 3);
        CHECK(q.priorityStreak(QStringLiteral("2")) == 0);
        CHECK(q.callNext(QStringLiteral("2"))->number == QStringLiteral("B004"));
        CHECK(q.callNext(QStringLiteral("1"))->number == QStringLiteral("A001"));
    }
}

TEST_CASE("No starvation: a steady stream of green-channel tickets still lets ordinary ones through")
{
    FixedClock clock(kMorning);
    Queue q(clock);
    q.issue(hh());  // A001, the ordinary citizen
    int callsBeforeA001 = 0;
    for (int round = 0; round < 20; ++round) {
        q.issue(traffic(), PriorityLane::Elderly);
        q.issue(traffic(), PriorityLane::Military);
        const auto t = q.callNext(QStringLiteral("1"));
        REQUIRE(t);
        q.finish(t->number);
        if (t->number == QStringLiteral("A001"))
            break;
        ++callsBeforeA001;
    }
    CHECK(callsBeforeA001 == 3);
    CHECK(q.ticket(QStringLiteral("A001"))->state == TicketState::Done);
}

TEST_CASE("FIFO within a lane; urgent handling ahead of the other lanes; shared FIFO among those")
{
    FixedClock clock(kMorning);
    QueueSettings s;
    s.maxPriorityInARow = 100;
    Queue q(clock, s);
    q.issue(hh());                             // A001
    q.issue(hh(), PriorityLane::Disability);   // A002
    q.issue(hh(), PriorityLane::Elderly);      // A003
    q.issue(hh());                             // A004
    q.issue(hh(), PriorityLane::Urgent);       // A005
    q.issue(hh(), PriorityLane::Talent);       // A006
    q.issue(hh(), PriorityLane::Urgent);       // A007
    CHECK(drain(q, QStringLiteral("1"))
          == QStringList{"A005", "A007", "A002", "A003", "A006", "A001", "A004"});
}

TEST_CASE("Category routing: a counter calls only the categories it handles")
{
    FixedClock clock(kMorning);
    Queue q(clock);
    q.setCounterCategories(QStringLiteral("3"), {traffic()});
    q.setCounterCategories(QStringLiteral("4"), {hh(), QStringLiteral("exitentry")});
    q.issue(hh());                                      // A001
    q.issue(traffic());                                 // B001
    q.issue(QStringLiteral("exitentry"), PriorityLane::Elderly);  // C001
    q.issue(traffic(), PriorityLane::Minor);            // B002

    CHECK(q.counterCategories(QStringLiteral("3")) == QStringList{traffic()});
    CHECK(numbers(q.upcoming(QStringLiteral("3"))) == QStringList{"B002", "B001"});
    CHECK(numbers(q.upcoming(QStringLiteral("4"))) == QStringList{"C001", "A001"});
    // An unconfigured counter is a comprehensive one and sees everything.
    CHECK(q.upcoming(QStringLiteral("9")).size() == 4);

    CHECK(q.callNext(QStringLiteral("3"))->number == QStringLiteral("B002"));
    CHECK(q.callNext(QStringLiteral("3"))->number == QStringLiteral("B001"));
    CHECK_FALSE(q.callNext(QStringLiteral("3")).has_value());
    CHECK(q.callNext(QStringLiteral("4"))->number == QStringLiteral("C001"));
    CHECK(q.callNext(QStringLiteral("4"))->number == QStringLiteral("A001"));
    CHECK_FALSE(q.callNext(QStringLiteral("4")).has_value());
}

TEST_CASE("Recall, no-show and the states they allow")
{
    FixedClock clock(kMorning);
    Queue q(clock);
    q.issue(hh());
    q.issue(hh());
    const auto a1 = q.callNext(QStringLiteral("1"));
    REQUIRE(a1);
    CHECK(a1->state == TicketState::Called);
    CHECK(a1->counter == QStringLiteral("1"));
    CHECK(q.recall(QStringLiteral("A001"))->recalls == 1);
    CHECK(q.recall(QStringLiteral("A001"))->recalls == 2);
    clock.advanceSecs(120);
    const auto gone = q.markNoShow(QStringLiteral("A001"));
    REQUIRE(gone);
    CHECK(gone->state == TicketState::NoShow);
    CHECK(gone->finishedAt == kMorning.addSecs(120));
    CHECK(gone->handlingSecs() == -1);
    CHECK_FALSE(q.recall(QStringLiteral("A001")));
    CHECK_FALSE(q.finish(QStringLiteral("A001")));
    CHECK_FALSE(q.markNoShow(QStringLiteral("A001")));
    // A no-show is not called again.
    CHECK(q.callNext(QStringLiteral("1"))->number == QStringLiteral("A002"));
    CHECK(q.startServing(QStringLiteral("A002"))->state == TicketState::Serving);
    CHECK_FALSE(q.recall(QStringLiteral("A002")));      // the citizen is already here
    CHECK_FALSE(q.markNoShow(QStringLiteral("A002")));
    CHECK(q.finish(QStringLiteral("A002"))->state == TicketState::Done);
    CHECK_FALSE(q.finish(QStringLiteral("A002")));
    CHECK_FALSE(q.recall(QStringLiteral("Z999")));
    // Waiting tickets cannot be finished or recalled before they are called.
    q.issue(hh());
    CHECK_FALSE(q.finish(QStringLiteral("A003")));
    CHECK_FALSE(q.recall(QStringLiteral("A003")));
}

TEST_CASE("Transfer: the ticket goes to the head of the other counter's queue")
{
    FixedClock clock(kMorning);
    Queue q(clock);
    q.setCounterCategories(QStringLiteral("1"), {hh()});
    q.setCounterCategories(QStringLiteral("2"), {traffic()});
    q.issue(hh());                               // A001
    q.issue(traffic(), PriorityLane::Urgent);    // B001
    q.issue(traffic());                          // B002

    const auto called = q.callNext(QStringLiteral("1"));
    REQUIRE(called->number == QStringLiteral("A001"));
    clock.advanceSecs(60);
    q.startServing(QStringLiteral("A001"));
    const auto moved = q.transfer(QStringLiteral("A001"), QStringLiteral("2"));
    REQUIRE(moved);
    CHECK(moved->state == TicketState::Transferred);
    CHECK(moved->counter == QStringLiteral("2"));
    CHECK_FALSE(q.transfer(QStringLiteral("A001"), QStringLiteral("3")));  // not at a counter now
    CHECK_FALSE(q.callNext(QStringLiteral("1")).has_value());

    // Even ahead of urgent handling, and although counter 2 does not handle household matters.
    CHECK(numbers(q.upcoming(QStringLiteral("2"))) == QStringList{"A001", "B001", "B002"});
    clock.advanceSecs(60);
    const auto again = q.callNext(QStringLiteral("2"));
    REQUIRE(again->number == QStringLiteral("A001"));
    CHECK(again->state == TicketState::Called);
    CHECK(again->counter == QStringLiteral("2"));
    CHECK(again->calledAt == kMorning);  // the wait ended at the first call
    CHECK(q.priorityStreak(QStringLiteral("2")) == 0);
    clock.advanceSecs(300);
    CHECK(q.finish(QStringLiteral("A001"))->handlingSecs() == 420);

    // Two transfers to one counter keep the order they arrived in.
    q.callNext(QStringLiteral("2"));  // B001
    q.callNext(QStringLiteral("1"));  // nothing
    q.issue(hh());                    // A002
    q.callNext(QStringLiteral("1"));  // A002
    q.transfer(QStringLiteral("A002"), QStringLiteral("5"));
    q.transfer(QStringLiteral("B001"), QStringLiteral("5"));
    CHECK(numbers(q.upcoming(QStringLiteral("5"))) == QStringList{"A002", "B001", "B002"});
}

TEST_CASE("Lane suggestion from the ID number: 60 and over, under 16")
{
    const QDate today(2026, 11, 20);
    CHECK(suggestLane(idBornOn(QDate(1966, 11, 20), today), today) == PriorityLane::Elderly);  // 60 today
    CHECK(suggestLane(idBornOn(QDate(1966, 11, 21), today), today) == PriorityLane::None);     // 59
    CHECK(suggestLane(idBornOn(QDate(1931, 2, 3), today), today) == PriorityLane::Elderly);
    CHECK(suggestLane(idBornOn(QDate(2010, 11, 21), today), today) == PriorityLane::Minor);    // 15
    CHECK(suggestLane(idBornOn(QDate(2010, 11, 20), today), today) == PriorityLane::None);     // 16 today
    CHECK(suggestLane(idBornOn(QDate(2024, 1, 1), today), today) == PriorityLane::Minor);
    CHECK(suggestLane(idBornOn(QDate(1990, 6, 15), today), today) == PriorityLane::None);
    CHECK(suggestLane(IdNumber(), today) == PriorityLane::None);
}

TEST_CASE("Wait and handling times with a fixed clock; statistics per category")
{
    FixedClock clock(kMorning);
    Queue q(clock);
    q.issue(hh());                             // A001 at 0
    clock.advanceSecs(60);
    q.issue(hh(), PriorityLane::Elderly);      // A002 at 60
    q.issue(traffic());                        // B001 at 60
    clock.advanceSecs(240);                    // 300

    auto t = q.callNext(QStringLiteral("1"));  // A002, waited 240
    REQUIRE(t->number == QStringLiteral("A002"));
    CHECK(t->waitSecs() == 240);
    CHECK(t->handlingSecs() == -1);
    clock.advanceSecs(180);                    // 480
    CHECK(q.finish(QStringLiteral("A002"))->handlingSecs() == 180);

    t = q.callNext(QStringLiteral("1"));       // A001, waited 480
    REQUIRE(t->number == QStringLiteral("A001"));
    clock.advanceSecs(600);                    // 1080
    const auto done = q.finish(QStringLiteral("A001"));
    CHECK(done->waitSecs() == 480);
    CHECK(done->handlingSecs() == 600);
    CHECK(done->finishedAt == kMorning.addSecs(1080));

    t = q.callNext(QStringLiteral("1"));       // B001, waited 1020, then no show
    REQUIRE(t->number == QStringLiteral("B001"));
    q.markNoShow(QStringLiteral("B001"));
    q.issue(traffic());                        // B002 still waiting

    const auto stats = q.stats();
    REQUIRE(stats.size() == 2);
    const CategoryStats a = stats.value(hh());
    CHECK(a.issued == 2);
    CHECK(a.done == 2);
    CHECK(a.priority == 1);
    CHECK(a.waiting == 0);
    CHECK(a.averageWaitSecs == Approx(360.0));
    CHECK(a.averageHandlingSecs == Approx(390.0));
    const CategoryStats b = stats.value(traffic());
    CHECK(b.issued == 2);
    CHECK(b.noShow == 1);
    CHECK(b.waiting == 1);
    CHECK(b.done == 0);
    CHECK(b.averageWaitSecs == Approx(1020.0));
    CHECK(b.averageHandlingSecs == 0.0);
}

TEST_CASE("Stable keys")
{
    CHECK(ow::casework::priorityLaneKey(PriorityLane::Urgent) == QStringLiteral("urgent"));
    CHECK(ow::casework::priorityLaneKey(PriorityLane::None) == QStringLiteral("none"));
    CHECK(ow::casework::ticketStateKey(TicketState::NoShow) == QStringLiteral("no-show"));
    CHECK(ow::casework::ticketStateKey(TicketState::Transferred) == QStringLiteral("transferred"));
}
