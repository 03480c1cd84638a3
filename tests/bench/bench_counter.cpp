// Counter benchmark (issue 7, Performance). Prints `figure NAME VALUE UNIT` lines on stdout;
// progress goes to stderr. Parts, chosen with --part (default all):
//
//   search   Case search through the GUI model (CaseListModel over storage::CaseSearch) with
//            1,000,000 cases: set the query, wait for the first page, read data() of the rows a
//            list shows at once. A mix of queries: ID number, name, phone, case number (whole
//            or the day's prefix), status with a month, matter, overdue (alone, with a matter,
//            with an open status).
//              seed_ms, seed_cases_per_s   (only when cases had to be added)
//              search_{p50,p99,max}_ms, search_p99_target_ratio (p99 / 50 ms target),
//              search_<kind>_{p50,p99}_ms
//
//   visit    A scripted ID card renewal through the real widgets with simulated devices (practice
//            profile in a temporary folder, the reader serving an expired card), from "call next"
//            to "receipt printed", keyboard only: F5, F2, Enter (the suggested renewal), Space (the
//            one question the card and the defaults leave open), Ctrl+R (all materials), F8 (the
//            citizen checks and signs on the citizen screen: the citizen's strokes are not officer
//            actions), F10 (accept, print). Five visits in a row; the first is cold.
//              visit_actions               keys and clicks the officer made (target <= 8)
//              visit_software_ms           GUI-thread CPU time of a warm visit (median): the
//                                          software's own time, without waiting for devices
//              visit_software_cold_ms      the same for the first visit (catalog and fonts load)
//              visit_wall_ms               wall time of a warm visit (median), device waits included
//              visit_software_target_ratio visit_software_ms / 300 ms
//
// The database is kept in --dir (default $TMPDIR/onewindow-bench-counter) and reused: a second
// run seeds nothing. Seeding goes day by day with the store's clock set to the case's day, so
// case numbers carry their day as real ones do, in transactions of a whole day's cases.
//
// Usage: bench_counter [--part search|visit|all] [--cases N] [--queries N] [--seed S] [--dir DIR]
// Targets: case search p99 <= 50 ms at 1,000,000 cases; a renewal in <= 8 officer actions and
// <= 300 ms of software time.

#include "CaseListModel.h"
#include "CitizenScreen.h"
#include "LoginWindow.h"
#include "ClientApp.h"
#include "CounterScreen.h"
#include "MainWindow.h"
#include "Session.h"

#include "core/Clock.h"
#include "core/Profile.h"
#include "storage/Cases.h"
#include "storage/ProfileStore.h"
#include "storage/Statement.h"
#include "storage/SyntheticCases.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMap>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <random>
#include <vector>

using namespace ow;
using SteadyClock = std::chrono::steady_clock;

namespace {

constexpr double kSearchTargetMs = 50.0;
constexpr int kVisibleRows = 25;  // what the case list shows without scrolling
const QString kAdmin = QStringLiteral("900001");
const QString kPassword = QStringLiteral("bench-password");

void figure(const QByteArray &name, double value, const char *unit, int decimals)
{
    std::printf("figure %s %.*f %s\n", name.constData(), decimals, value, unit);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_counter: %s\n", qPrintable(what));
    std::exit(1);
}

double msSince(SteadyClock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - t0).count();
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t rank = size_t(std::ceil(p * double(v.size())));
    return v[std::clamp<size_t>(rank, 1, v.size()) - 1];
}

struct Options {
    qint64 cases = 1000000;
    int queries = 100;
    quint64 seed = 1;
    QString dir;
};

// The profile's store with the bench officer logged in; created on first use.
struct Bench {
    Options options;
    core::Profile profile;
    std::unique_ptr<storage::ProfileStore> store;
    storage::LoggedIn officer;
    core::FixedClock clock{QDateTime::currentDateTime()};

    explicit Bench(Options o) : options(std::move(o)), profile(core::ProfileKind::Counter, options.dir)
    {
        auto opened = storage::ProfileStore::open(profile, QStringLiteral("bench"));
        if (!opened) fail(opened.error().describe());
        store = std::move(opened).value();
        auto in = store->officers().hasOfficers()
                      ? store->officers().login(kAdmin, kPassword)
                      : store->officers().createFirstAdmin({kAdmin, QStringLiteral("基准管理员"), {storage::Role::Admin}},
                                                           kPassword, storage::KdfCost::Minimal);
        if (!in) fail(in.error().describe());
        officer = in.value();
    }
};

// Adds synthetic cases until the database holds `options.cases`.
void seed(Bench &b)
{
    storage::CaseStore cases(b.store->db(), b.officer.vault, b.store->audit(), QStringLiteral("01"), false, b.clock);
    const qint64 have = cases.count().value();
    if (have >= b.options.cases) {
        std::fprintf(stderr, "reusing %lld cases in %s\n", have, qPrintable(b.profile.databasePath()));
        return;
    }
    // A throw-away benchmark database: a power cut may lose it, so no fsync per transaction.
    if (auto st = b.store->db().exec(QStringLiteral("PRAGMA synchronous = OFF")); !st) fail(st.error().describe());
    storage::SyntheticCases generator(b.options.seed + quint64(have), QDateTime::currentDateTime());
    std::mt19937_64 rng(b.options.seed ^ 0x5bd1e995ULL ^ quint64(have));
    const auto t0 = SteadyClock::now();
    qint64 done = 0;
    const qint64 missing = b.options.cases - have;
    constexpr int kChunk = 100000;  // generated at once, then written day by day
    while (done < missing) {
        QList<storage::CaseRecord> chunk = generator.batch(int(std::min<qint64>(kChunk, missing - done)));
        std::sort(chunk.begin(), chunk.end(),
                  [](const storage::CaseRecord &x, const storage::CaseRecord &y) { return x.createdAt < y.createdAt; });
        for (storage::CaseRecord &c : chunk) {
            // Every matter has a legal deadline (about 20 working days); one case in a hundred is urgent.
            c.deadline = c.createdAt.toLocalTime().date().addDays(28);
            c.urgent = rng() % 100 == 0;
        }
        for (qsizetype first = 0; first < chunk.size();) {
            const QDate day = chunk[first].createdAt.toLocalTime().date();
            qsizetype last = first;
            while (last < chunk.size() && chunk[last].createdAt.toLocalTime().date() == day) ++last;
            QList<storage::CaseRecord> oneDay = chunk.mid(first, last - first);
            b.clock.set(oneDay.first().createdAt.toLocalTime());
            if (auto st = cases.createMany(oneDay, kAdmin, QStringLiteral("bench_counter seed")); !st)
                fail(st.error().describe());
            first = last;
        }
        done += chunk.size();
        std::fprintf(stderr, "seeded %lld / %lld (%.0f cases/s)\n", have + done, b.options.cases,
                     double(done) / msSince(t0) * 1000);
    }
    const double ms = msSince(t0);
    if (auto st = b.store->db().exec(QStringLiteral("PRAGMA synchronous = FULL")); !st) fail(st.error().describe());
    if (auto st = b.store->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !st) fail(st.error().describe());
    figure("seed_ms", ms, "ms", 0);
    figure("seed_cases_per_s", double(missing) / ms * 1000, "cases/s", 0);
}

struct Probe {
    QString kind;
    storage::CaseQuery query;
    QString expectIdNumber;  // the ID query must list only this citizen's cases
};

// The query mix, from cases picked at random in the database.
std::vector<Probe> probes(Bench &b)
{
    storage::CaseStore cases(b.store->db(), b.officer.vault, b.store->audit(), QStringLiteral("01"), false);
    std::mt19937_64 rng(b.options.seed * 7919);
    storage::Statement maxId(b.store->db(), "SELECT max(id) FROM case_record");
    if (!maxId.step().value()) fail(QStringLiteral("no cases"));
    const qint64 top = maxId.int64(0);
    auto randomCase = [&]() -> storage::CaseRecord {
        for (;;) {
            storage::Statement st(b.store->db(), "SELECT case_number FROM case_record WHERE id >= ?1 ORDER BY id LIMIT 1");
            st.bind(1, qint64(1 + rng() % quint64(top)));
            if (!st.step().value()) continue;
            const QString number = st.text(0);
            auto found = cases.findByNumber(number);
            if (found && found.value()) return *found.value();
        }
    };
    const QList<core::CaseStatus> statuses = core::allCaseStatuses().mid(1);  // no drafts are stored
    QList<core::CaseStatus> openStatuses;
    for (core::CaseStatus s : statuses)
        if (core::caseStatusIsOpen(s)) openStatuses << s;
    const QDate today = QDate::currentDate();
    std::vector<Probe> out;
    for (int i = 0; i < b.options.queries; ++i) {
        const storage::CaseRecord c = randomCase();
        Probe id{QStringLiteral("id"), {}, c.idNumber};
        id.query.idNumber = c.idNumber;
        Probe name{QStringLiteral("name"), {}, {}};
        name.query.name = c.applicantName;
        Probe phone{QStringLiteral("phone"), {}, {}};
        phone.query.phone = c.phone;
        // Half the time the whole number, half the time the day's cases of this counter.
        Probe number{QStringLiteral("case_number"), {}, {}};
        number.query.caseNumberPrefix = i % 2 ? c.caseNumber : c.caseNumber.left(12);
        Probe status{QStringLiteral("status_date"), {}, {}};
        status.query.statuses = {statuses[int(rng() % quint64(statuses.size()))]};
        status.query.createdFrom = today.addDays(-qint64(30 + rng() % 335));
        status.query.createdTo = status.query.createdFrom.addDays(30);
        Probe matter{QStringLiteral("matter"), {}, {}};
        matter.query.matterCode = c.matterCode;
        // Overdue alone, with a matter, or with one open status (some never overdue: accepted).
        Probe overdue{QStringLiteral("overdue"), {}, {}};
        overdue.query.overdueOnly = true;
        if (i % 3 == 1) overdue.query.matterCode = c.matterCode;
        if (i % 3 == 2) overdue.query.statuses = {openStatuses[int(rng() % quint64(openStatuses.size()))]};
        for (Probe *p : {&id, &name, &phone, &number, &status, &matter, &overdue}) out.push_back(std::move(*p));
    }
    std::shuffle(out.begin(), out.end(), rng);
    return out;
}

int runSearch(Bench &b)
{
    seed(b);
    const std::vector<Probe> mix = probes(b);
    gui::CaseListModel model(gui::CaseListModel::profilePageSource(b.profile.databasePath(), b.officer.vault));
    // One query first: the worker opens its connection, SQLite reads the schema.
    model.setQuery({});
    if (!model.waitForPage(60000)) fail(QStringLiteral("the first page never came"));

    std::vector<double> all;
    std::map<QString, std::vector<double>> byKind;
    int wrong = 0;
    std::fprintf(stderr, "searching: %zu queries\n", mix.size());
    for (const Probe &p : mix) {
        const auto t0 = SteadyClock::now();
        model.setQuery(p.query);
        if (!model.waitForPage(60000)) fail(QStringLiteral("a page never came (%1)").arg(p.kind));
        // What the view does to paint the visible lines.
        int chars = 0;
        const int rows = std::min(model.rowCount(), kVisibleRows);
        for (int r = 0; r < rows; ++r)
            for (int col = 0; col < gui::CaseListModel::ColumnCount; ++col)
                chars += int(model.data(model.index(r, col)).toString().size());
        const double ms = msSince(t0);
        all.push_back(ms);
        byKind[p.kind].push_back(ms);
        if (!p.expectIdNumber.isEmpty()) {
            bool ok = model.rowCount() > 0 && chars > 0;
            for (int r = 0; r < model.rowCount(); ++r) ok = ok && model.caseAt(r)->idNumber == p.expectIdNumber;
            if (!ok) ++wrong;
        }
    }
    if (wrong) fail(QStringLiteral("%1 ID number searches listed the wrong cases").arg(wrong));
    const double p99 = percentile(all, 0.99);
    figure("search_p50_ms", percentile(all, 0.50), "ms", 3);
    figure("search_p99_ms", p99, "ms", 3);
    figure("search_max_ms", *std::max_element(all.begin(), all.end()), "ms", 3);
    figure("search_p99_target_ratio", p99 / kSearchTargetMs, "x", 3);
    for (const auto &[kind, times] : byKind) {
        figure("search_" + kind.toUtf8() + "_p50_ms", percentile(times, 0.50), "ms", 3);
        figure("search_" + kind.toUtf8() + "_p99_ms", percentile(times, 0.99), "ms", 3);
    }
    return 0;
}

// CPU time of the calling thread: work done, not time spent waiting.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

int runVisit(Bench &)
{
    QTemporaryDir root;
    {
        QDir().mkpath(root.filePath(QStringLiteral("practice")));
        QSettings s(root.filePath(QStringLiteral("practice/onewindow.ini")), QSettings::IniFormat);
        s.setValue(QStringLiteral("devices/IdCardReader/scenario"), QStringLiteral("card:10-expired-liuqiang"));
    }
    gui::ClientApp client({root.path(), QStringLiteral(OW_PLUGIN_DIR), {}, QStringLiteral("practice"),
                           QStringLiteral("000123"), {}});
    client.start();
    if (!waitFor([&] { return client.mainWindow() && client.session()->devices().settled(); }, 30000))
        fail(QStringLiteral("the client did not log in to practice with its devices ready"));
    gui::MainWindow *main = client.mainWindow();
    main->show();
    main->activateWindow();
    QApplication::setActiveWindow(main);
    gui::CounterScreen *counter = main->counterScreen();
    int printed = 0;
    QObject::connect(&client.session()->devices(), &devicekit::DeviceManager::printed, main, [&] { ++printed; });

    // Every officer action goes through here: one key (a chord such as Ctrl+R is one action) on the
    // widget with the keyboard focus, as a keyboard would deliver it.
    int actions = 0;
    auto key = [&](int k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        ++actions;
        QWidget *target = QApplication::focusWidget() && QApplication::focusWidget()->window() == main
                              ? QApplication::focusWidget()
                              : main;
        QTest::keyClick(target, Qt::Key(k), mods);
    };
    std::vector<double> software, wall;
    int visitActions = 0;
    for (int visit = 0; visit < 5; ++visit) {
        actions = 0;
        const int printedBefore = printed;
        const auto t0 = SteadyClock::now();
        const double cpu0 = threadCpuMs();
        key(Qt::Key_F5);
        key(Qt::Key_F2);
        if (!waitFor([&] { return !counter->currentCard().isNull(); }, 15000)) fail(QStringLiteral("no card was read"));
        key(Qt::Key_Return);
        if (counter->visit().matters.size() != 1) fail(QStringLiteral("Enter did not start the suggested renewal"));
        key(Qt::Key_Space);
        key(Qt::Key_R, Qt::ControlModifier);
        key(Qt::Key_F8);
        // The citizen signs on the citizen screen and confirms (not the officer's actions).
        auto *area = counter->citizenScreen()->signatureArea();
        QTest::mousePress(area, Qt::LeftButton, {}, QPoint(40, 60));
        for (int x = 50; x < 300; x += 25) QTest::mouseMove(area, QPoint(x, 60 + (x / 25 % 2) * 30));
        QTest::mouseRelease(area, Qt::LeftButton, {}, QPoint(300, 80));
        QTest::mouseClick(counter->citizenScreen()->confirmButton(), Qt::LeftButton);
        if (!waitFor([&] { return counter->visit().citizenConfirmed; }, 10000)) fail(QStringLiteral("the signature pad did not answer"));
        key(Qt::Key_F10);
        if (counter->lastAccepted().size() != 1 || counter->lastAccepted().first().caseNumber.isEmpty()) {
            for (const auto &p : casework::checkIntake(counter->visit(), [&](const QString &v) { return client.session()->catalogOfVersion(v); },
                                                       QDate::currentDate()))
                std::fprintf(stderr, "  not accepted: %s\n", qPrintable(p.message));
            fail(QStringLiteral("F10 did not accept the renewal (visit %1)").arg(visit + 1));
        }
        // Receipt and fee receipt.
        if (!waitFor([&] { return printed >= printedBefore + 2; }, 30000)) fail(QStringLiteral("the receipt was not printed"));
        software.push_back(threadCpuMs() - cpu0);
        wall.push_back(msSince(t0));
        visitActions = actions;
        std::fprintf(stderr, "visit %d: %d actions, %.1f ms software, %.1f ms wall, case %s\n", visit + 1, actions,
                     software.back(), wall.back(), qPrintable(counter->lastAccepted().first().caseNumber));
    }
    std::vector<double> warmSoftware(software.begin() + 1, software.end()), warmWall(wall.begin() + 1, wall.end());
    std::sort(warmSoftware.begin(), warmSoftware.end());
    std::sort(warmWall.begin(), warmWall.end());
    const double median = warmSoftware[warmSoftware.size() / 2];
    figure("visit_actions", visitActions, "actions", 0);
    figure("visit_software_ms", median, "ms", 1);
    figure("visit_software_cold_ms", software.front(), "ms", 1);
    figure("visit_wall_ms", warmWall[warmWall.size() / 2], "ms", 1);
    figure("visit_software_target_ratio", median / 300.0, "x", 3);
    // Archiving runs on a pool thread: let it finish before the folder goes.
    waitFor([] { return false; }, 1500);
    return 0;
}

struct Part {
    const char *name;
    int (*run)(Bench &);
};
// The parts in the order `all` runs them.
constexpr Part kParts[] = {{"search", runSearch}, {"visit", runVisit}};

} // namespace

int main(int argc, char **argv)
{
    // The model and (later parts) the widgets need a GUI application, never a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList partNames;
    for (const Part &p : kParts) partNames << QString::fromLatin1(p.name);
    QCommandLineParser parser;
    parser.addOptions({{"part", QStringLiteral("%1 or all (default all)").arg(partNames.join(u'|')), "PART", "all"},
                       {"cases", "cases in the database (default 1000000)", "N", "1000000"},
                       {"queries", "searches per query kind (default 100)", "N", "100"},
                       {"seed", "random seed (default 1)", "S", "1"},
                       {"dir", "keep the database in DIR (default $TMPDIR/onewindow-bench-counter)", "DIR"}});
    parser.addHelpOption();
    parser.process(app);
    Options o;
    o.cases = parser.value("cases").toLongLong();
    o.queries = parser.value("queries").toInt();
    o.seed = parser.value("seed").toULongLong();
    o.dir = parser.isSet("dir") ? parser.value("dir") : QDir::temp().filePath(QStringLiteral("onewindow-bench-counter"));
    const QString part = parser.value("part");
    if (o.cases <= 0 || o.queries <= 0) {
        std::fprintf(stderr, "bench_counter: --cases and --queries must be positive\n");
        return 2;
    }
    if (part != u"all" && !partNames.contains(part)) {
        std::fprintf(stderr, "bench_counter: --part must be %s or all\n", qPrintable(partNames.join(u'|')));
        return 2;
    }
    if (!QDir().mkpath(o.dir)) fail(QStringLiteral("cannot create %1").arg(o.dir));
    Bench bench(o);
    for (const Part &p : kParts)
        if (part == u"all" || part == QLatin1String(p.name))
            if (const int rc = p.run(bench); rc != 0) return rc;
    return 0;
}
