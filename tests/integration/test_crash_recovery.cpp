// Crash recovery: ow-crash-writer writes cases as fast as it can and is killed with SIGKILL at
// random moments. After every kill the database must open (WAL recovery), pass integrity_check,
// keep a verifiable audit chain, and hold every case the writer reported as committed -- in any
// round so far -- with exactly the content it wrote. SIGKILL stops the process, not the machine:
// this proves the transactions are whole and reported only after COMMIT, not that fsync reached
// the platter (synchronous=FULL covers that, and no process-level test can).
//
// The random schedule comes from a fixed seed, printed at the start; OW_CRASH_SEED=N replays
// another one.

#include "TestSupport.h"

#include "CrashContent.h"

#include "core/Profile.h"
#include "storage/AuditLog.h"
#include "storage/Cases.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "storage/Statement.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <csignal>
#include <map>
#include <random>
#include <sys/types.h>

using namespace ow;
using namespace ow::storage;
namespace crash = ow::test::crash;

namespace {

constexpr int kRounds = 50;
constexpr unsigned kDefaultSeed = 20261121;

unsigned seedFromEnv()
{
    bool ok = false;
    const unsigned s = qEnvironmentVariable("OW_CRASH_SEED").toUInt(&ok);
    return ok ? s : kDefaultSeed;
}

// One run of the writer: its output is read as it comes, in whole lines only (a line cut short by
// the kill reports nothing).
class Writer {
public:
    Writer(const core::Profile &profile, qint64 firstSerial)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OW_PASSWORD"), QString::fromLatin1(crash::kPassword));
        m_proc.setProcessEnvironment(env);
        m_proc.setProgram(QStringLiteral(OW_CRASH_WRITER));
        m_proc.setArguments({QStringLiteral("--data-dir"), profile.dataRoot(), QStringLiteral("--profile"),
                             profile.name(), QStringLiteral("--officer"), QString::fromLatin1(crash::kOfficer),
                             QStringLiteral("--first-serial"), QString::number(firstSerial)});
        m_proc.start();
        REQUIRE(m_proc.waitForStarted(10000));
    }
    ~Writer()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.kill();
            m_proc.waitForFinished(10000);
        }
    }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    // Waits up to `ms` for more output and takes the whole lines that arrived.
    void pump(int ms)
    {
        if (m_proc.bytesAvailable() == 0 && m_proc.state() == QProcess::Running) m_proc.waitForReadyRead(qMax(ms, 0));
        take();
    }
    // Reads until `done` or `ms` pass (or the writer ends); true when done.
    bool pumpUntil(const std::function<bool()> &done, int ms)
    {
        QElapsedTimer t;
        t.start();
        while (!done()) {
            if (t.elapsed() >= ms || m_proc.state() != QProcess::Running) {
                take();
                return done();
            }
            pump(int(ms - t.elapsed()));
        }
        return true;
    }
    void pumpFor(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms && m_proc.state() == QProcess::Running) pump(int(ms - t.elapsed()));
    }

    // SIGKILL (what QProcess::kill() sends on Unix, spelled out because that is the point), then
    // the lines the writer finished before it died.
    void killHard()
    {
        const qint64 pid = m_proc.processId();
        if (pid > 0 && m_proc.state() == QProcess::Running) ::kill(pid_t(pid), SIGKILL);
        REQUIRE(m_proc.waitForFinished(10000));
        take();
    }
    // True when it died of the signal rather than ending by itself (which would be a failure of
    // the writer: its stderr says why).
    [[nodiscard]] bool killed() const { return m_proc.exitStatus() == QProcess::CrashExit; }
    [[nodiscard]] int exitCode() const { return m_proc.exitCode(); }
    [[nodiscard]] QString stderrText() { return QString::fromUtf8(m_proc.readAllStandardError()); }
    [[nodiscard]] bool finished() const { return m_proc.state() == QProcess::NotRunning; }

    QList<QByteArray> lines;  // whole lines, in order
    bool saw(const QByteArray &word) const
    {
        return std::any_of(lines.begin(), lines.end(), [&](const QByteArray &l) { return l == word || l.startsWith(word + ' '); });
    }

private:
    void take()
    {
        m_pending += m_proc.readAllStandardOutput();
        for (qsizetype nl = m_pending.indexOf('\n'); nl >= 0; nl = m_pending.indexOf('\n')) {
            lines << m_pending.left(nl);
            m_pending.remove(0, nl + 1);
        }
    }

    QProcess m_proc;
    QByteArray m_pending;
};

// Empty when `got` is exactly what the writer wrote for `serial`, else what differs.
QString mismatch(const CaseRecord &got, qint64 serial)
{
    const CaseRecord want = crash::caseFor(serial);
    QStringList bad;
    if (got.applicantName != want.applicantName) bad << QStringLiteral("name");
    if (got.idNumber != want.idNumber) bad << QStringLiteral("id number");
    if (got.address != want.address) bad << QStringLiteral("address");
    if (got.phone != want.phone) bad << QStringLiteral("phone");
    if (got.payload != want.payload) bad << QStringLiteral("payload");
    if (got.matterCode != want.matterCode) bad << QStringLiteral("matter");
    if (got.catalogVersion != want.catalogVersion) bad << QStringLiteral("catalog version");
    if (got.officer != QString::fromLatin1(crash::kOfficer)) bad << QStringLiteral("officer");
    if (got.status != core::CaseStatus::Accepted) bad << QStringLiteral("status");
    return bad.isEmpty() ? QString() : QStringLiteral("%1 (serial %2): %3 differ").arg(got.caseNumber).arg(serial).arg(bad.join(u", "));
}

// Column 0 of every row of `sql`.
QStringList texts(Database &db, const char *sql)
{
    Statement st(db, sql);
    QStringList out;
    for (;;) {
        auto r = st.step();
        if (!r) FAIL(r.error().describe().toStdString());
        if (!r.value()) return out;
        out << st.text(0);
    }
}

// Each stored case committed with its outbox row and its audit row (one row per batch, subject
// "first .. last"), and no outbox or audit row outlived its case. Worked out in memory: neither
// outbox.entity_key nor audit_log.subject is indexed, and a correlated query is quadratic.
QStringList incompleteCases(Database &db, const QStringList &stored)
{
    const QSet<QString> cases(stored.begin(), stored.end());
    const QStringList outboxKeys = texts(db, "SELECT entity_key FROM outbox WHERE entity = 'case'");
    const QSet<QString> outbox(outboxKeys.begin(), outboxKeys.end());
    QSet<QString> audited;
    std::map<QString, QString> batches;  // first -> last
    for (const QString &subject : texts(db, "SELECT subject FROM audit_log WHERE action = 'case.create'")) {
        const qsizetype dots = subject.indexOf(QStringLiteral(" .. "));
        if (dots < 0) audited.insert(subject);
        else batches[subject.left(dots)] = subject.mid(dots + 4);
    }
    auto inBatch = [&](const QString &number) {
        auto it = batches.upper_bound(number);
        if (it == batches.begin()) return false;
        --it;
        return number >= it->first && number <= it->second;
    };

    QStringList problems;
    for (const QString &number : stored) {
        if (!outbox.contains(number)) problems << QStringLiteral("%1 has no outbox row").arg(number);
        if (!audited.contains(number) && !inBatch(number)) problems << QStringLiteral("%1 has no audit row").arg(number);
    }
    for (const QString &key : outbox)
        if (!cases.contains(key)) problems << QStringLiteral("outbox row for %1 without the case").arg(key);
    for (const QString &number : std::as_const(audited))
        if (!cases.contains(number)) problems << QStringLiteral("audit row for %1 without the case").arg(number);
    for (const auto &[first, last] : batches)
        if (!cases.contains(first) || !cases.contains(last))
            problems << QStringLiteral("audit row for %1 .. %2 without its cases").arg(first, last);
    return problems;
}

// Everything the writer ever reported, across rounds.
struct Reported {
    QHash<QString, qint64> serialOf;  // case number -> serial
    qint64 draftSerial = 0;           // the newest draft reported saved
};

struct Check {
    qint64 casesStored = 0;
    qint64 unreported = 0;  // committed, but killed before the line was written
};

// Opens the profile fresh (WAL recovery runs here) and checks everything: integrity, the audit
// chain, every reported case and draft, and that no stored case lacks its outbox or audit row.
Check checkAfterKill(const core::Profile &profile, const Reported &reported)
{
    Check out;
    auto opened = ProfileStore::open(profile, QStringLiteral("ws-crash-test"));
    INFO((opened ? QString() : opened.error().describe()).toStdString());
    REQUIRE(opened.ok());
    ProfileStore &store = *opened.value();
    Database &db = store.db();

    auto integrity = db.checkIntegrity();
    INFO((integrity ? QString() : integrity.error().describe()).toStdString());
    REQUIRE(integrity.ok());
    auto audit = AuditLog::verify(db);
    REQUIRE(audit.ok());
    INFO("audit: " << audit.value().problem.toStdString() << " at seq " << audit.value().firstBrokenSeq);
    REQUIRE(audit.value().ok);

    const QStringList stored = texts(db, "SELECT case_number FROM case_record");
    out.casesStored = stored.size();
    QStringList problems = incompleteCases(db, stored);

    auto admin = store.officers().login(QString::fromLatin1(crash::kOfficer), QString::fromLatin1(crash::kPassword));
    INFO((admin ? QString() : admin.error().describe()).toStdString());
    REQUIRE(admin.ok());
    CaseStore cases(db, admin.value().vault, store.audit(), QString::fromLatin1(crash::kCounter), profile.isPractice());

    // Every reported case, by number, with its content. One CHECK for all of them keeps the
    // report readable when many break at once.
    for (auto it = reported.serialOf.cbegin(); it != reported.serialOf.cend(); ++it) {
        auto found = cases.findByNumber(it.key());
        if (!found) problems << QStringLiteral("%1: %2").arg(it.key(), found.error().describe());
        else if (!found.value()) problems << QStringLiteral("%1 (serial %2) is missing").arg(it.key()).arg(it.value());
        else if (QString m = mismatch(*found.value(), it.value()); !m.isEmpty()) problems << m;
    }
    // Cases committed but not reported (killed between COMMIT and the line) must be whole too.
    for (const QString &number : std::as_const(stored)) {
        if (reported.serialOf.contains(number)) continue;
        ++out.unreported;
        auto found = cases.findByNumber(number);
        if (!found || !found.value()) {
            problems << QStringLiteral("%1 cannot be read back").arg(number);
            continue;
        }
        const qint64 serial = found.value()->payload.value("serial").toInteger(-1);
        if (QString m = mismatch(*found.value(), serial); !m.isEmpty()) problems << m;
    }
    INFO(problems.mid(0, 10).join(u'\n').toStdString());
    CHECK(problems.isEmpty());

    // The draft: at least as new as the newest one reported, and whole.
    DraftStore drafts(db, admin.value().vault);
    auto draft = drafts.load(QString::fromLatin1(crash::kDraftKey));
    REQUIRE(draft.ok());
    if (reported.draftSerial > 0) {
        REQUIRE(draft.value().has_value());
        const qint64 s = draft.value()->value("serial").toInteger(-1);
        CHECK(s >= reported.draftSerial);
        CHECK(*draft.value() == crash::draftFor(s));
    }
    return out;
}

// The first admin, as a deployment would set it up (the writer only ever logs in).
void createAdmin(const core::Profile &profile)
{
    auto store = ProfileStore::open(profile, QStringLiteral("ws-crash-test"));
    REQUIRE(store.ok());
    auto admin = store.value()->officers().createFirstAdmin(
        {QString::fromLatin1(crash::kOfficer), QStringLiteral("管理员"), {Role::Admin}},
        QString::fromLatin1(crash::kPassword), KdfCost::Minimal);
    REQUIRE(admin.ok());
}

} // namespace

TEST_CASE("Cases reported committed survive SIGKILL of the writer at random moments", "[integration][crash]")
{
    const unsigned seed = seedFromEnv();
    WARN("crash test seed " << seed << " (replay with OW_CRASH_SEED=" << seed << ")");
    std::mt19937 rng(seed);
    auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };

    ow::test::TempDir tmp;
    const core::Profile profile(core::ProfileKind::Counter, tmp.path());
    createAdmin(profile);

    QElapsedTimer clock;
    clock.start();
    Reported reported;
    int roundsWithCommits = 0;
    int killedBeforeReady = 0;
    int unreportedRounds = 0;
    qint64 unreportedBefore = 0;
    qint64 checkMs = 0;
    for (int round = 1; round <= kRounds; ++round) {
        // About one round in eight is killed early, often before the login has finished; the rest
        // first let at least one case commit, then run on for a random while.
        const bool early = uniform(0, 7) == 0;
        const int delay = early ? uniform(0, 30) : uniform(20, 400);
        INFO("round " << round << (early ? " (early)" : "") << ", kill after " << delay << " ms");

        Writer writer(profile, round * crash::kSerialsPerRound);
        if (!early) {
            if (!writer.pumpUntil([&] { return writer.saw("committed"); }, 20000))
                FAIL("no case committed within 20 s: " << writer.stderrText().toStdString());
        }
        writer.pumpFor(delay);
        writer.killHard();
        {
            INFO("the writer ended by itself, exit code " << writer.exitCode() << ": " << writer.stderrText().toStdString());
            REQUIRE(writer.killed());
        }

        int committedNow = 0;
        for (const QByteArray &line : std::as_const(writer.lines)) {
            const QList<QByteArray> w = line.split(' ');
            if (w.value(0) == "committed" && w.size() == 3) {
                const QString number = QString::fromLatin1(w[1]);
                const qint64 serial = w[2].toLongLong();
                // A case number handed out twice would mean an earlier case was lost.
                INFO("case number " << number.toStdString() << " reported for serials "
                                    << reported.serialOf.value(number) << " and " << serial);
                REQUIRE_FALSE(reported.serialOf.contains(number));
                reported.serialOf.insert(number, serial);
                ++committedNow;
            } else if (w.value(0) == "draft" && w.size() == 3) {
                reported.draftSerial = qMax(reported.draftSerial, w[2].toLongLong());
            }
        }
        if (committedNow > 0) ++roundsWithCommits;
        if (!writer.saw("ready")) ++killedBeforeReady;

        QElapsedTimer checking;
        checking.start();
        const Check c = checkAfterKill(profile, reported);
        checkMs += checking.elapsed();
        if (c.unreported > unreportedBefore) ++unreportedRounds;
        unreportedBefore = c.unreported;
        CHECK(c.casesStored >= reported.serialOf.size());
    }

    const qint64 total = reported.serialOf.size();
    WARN("crash test: " << kRounds << " rounds, " << total << " cases reported committed and verified, "
                        << roundsWithCommits << " rounds with commits, " << killedBeforeReady
                        << " killed before login finished, " << unreportedRounds
                        << " killed between a COMMIT and its line; " << clock.elapsed() << " ms, of which "
                        << checkMs << " ms checking");
    CHECK(total > 200);
    CHECK(roundsWithCommits >= kRounds * 3 / 4);
}

namespace {

// user_version of the database as the kill left it, as a plain SQLite connection sees it after
// WAL recovery; -1 when there is no file yet, -2 when it cannot be read. Read from a copy: closing
// a connection checkpoints the WAL, and the real file must reach ProfileStore::open untouched.
int schemaVersionLeft(const QString &path, const QString &scratch)
{
    if (!QFile::exists(path)) return -1;
    REQUIRE(QDir().mkpath(scratch));
    const QString copy = QDir(scratch).filePath(QStringLiteral("peek.db"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile::remove(copy + suffix);
        if (QFile::exists(path + suffix)) REQUIRE(QFile::copy(path + suffix, copy + suffix));
    }
    sqlite3 *db = nullptr;
    int v = -2;
    if (sqlite3_open_v2(copy.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return v;
}

} // namespace

TEST_CASE("A database killed while being created opens afterwards", "[integration][crash]")
{
    // On a fresh profile the writer creates the database and migrates it, then finds no officer
    // and exits 2. Timed once to the end, then killed at even steps across that span after it says
    // "opening", so some kills land inside the creation and migration.
    ow::test::TempDir tmp;
    auto runFresh = [&](int n, int killAfterUs, qint64 *spanUs) -> int {
        const core::Profile profile(core::ProfileKind::Counter, tmp.file(QStringLiteral("fresh-%1").arg(n)));
        Writer writer(profile, 1);
        REQUIRE(writer.pumpUntil([&] { return writer.saw("opening"); }, 20000));
        QElapsedTimer t;
        t.start();
        if (killAfterUs < 0) {
            // The calibration run: not killed; it must end with "no such officer".
            REQUIRE(writer.pumpUntil([&] { return writer.finished(); }, 20000));
            *spanUs = t.nsecsElapsed() / 1000;
            CHECK_FALSE(writer.killed());
            CHECK(writer.exitCode() == 2);
        } else {
            if (killAfterUs > 0) QThread::usleep(ulong(killAfterUs));
            writer.killHard();
        }
        const int seen = schemaVersionLeft(profile.databasePath(), tmp.file(QStringLiteral("peek-%1").arg(n)));

        {
            // Whatever the kill left (even no data folder yet), opening the profile creates or
            // migrates it to a whole, current database.
            auto store = ProfileStore::open(profile, QStringLiteral("ws-crash-test"));
            INFO("run " << n << ", killed after " << killAfterUs << " us, schema before " << seen << ": "
                        << (store ? QString() : store.error().describe()).toStdString());
            REQUIRE(store.ok());
            Database &db = store.value()->db();
            CHECK(db.checkIntegrity().ok());
            CHECK(db.schemaVersion() == Database::currentSchemaVersion());
            CHECK_FALSE(store.value()->officers().hasOfficers());
            auto audit = AuditLog::verify(db);
            REQUIRE(audit.ok());
            CHECK(audit.value().ok);
        }
        // And the profile can still be set up.
        createAdmin(profile);
        return seen;
    };

    qint64 span = 0;
    runFresh(0, -1, &span);
    REQUIRE(span > 0);
    // Where each kill lands is up to the scheduler; a sweep that happened to miss the creation
    // entirely is run again, shifted by half a step, before the test gives up on hitting it.
    constexpr int kSteps = 24;
    constexpr int kMaxSweeps = 3;
    int runs = 0, noFile = 0, interrupted = 0, complete = 0;
    for (int sweep = 0; sweep < kMaxSweeps && interrupted == 0; ++sweep) {
        for (int i = 0; i < kSteps; ++i) {
            const qint64 at = span * (2 * i + (sweep % 2)) / (2 * kSteps);
            const int seen = runFresh(++runs, int(at), nullptr);
            if (seen == -1) ++noFile;
            else if (seen == Database::currentSchemaVersion()) ++complete;
            else ++interrupted;  // a file, but not the whole schema committed in it
        }
    }
    WARN("fresh database: creation took " << span << " us; " << runs << " kills: " << noFile
                                          << " before the file existed, " << interrupted
                                          << " during creation or migration, " << complete << " after it was complete");
    CHECK(interrupted > 0);
}
