// Storage benchmark: seeds a throw-away counter profile with synthetic cases and measures what
// an officer waits for. Prints one line per figure on stdout, `figure NAME VALUE UNIT`; progress
// goes to stderr.
//
//   insert_throughput          cases/s through CaseStore::createMany (sealing, blind indexes,
//                              outbox and audit rows, synchronous=FULL commits)
//   bytes_per_case             database file size after a WAL checkpoint, divided by the cases
//   lookup_{id,case_number,name}_{p50,p99}
//                              CaseStore look-ups, each returning decrypted records
//   lookup_*_plain_*           the same query through plain sqlite3 on an unencrypted copy (same
//                              rows in clear columns, indexes on id_number, case_number, name),
//                              read into the same CaseRecord
//   lookup_*_ratio             encrypted / plain
//
// Usage: bench_storage [--cases N] [--lookups N] [--seed S] [--dir DIR]
// Target: p99 look-up <= 20 ms at 1,000,000 cases.

#include "core/Profile.h"
#include "storage/Cases.h"
#include "storage/ProfileStore.h"
#include "storage/SyntheticCases.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <random>
#include <vector>

using namespace ow;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kBatch = 5000;

void figure(const QByteArray &name, double value, const char *unit, int decimals)
{
    std::printf("figure %s %.*f %s\n", name.constData(), decimals, value, unit);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_storage: %s\n", qPrintable(what));
    std::exit(1);
}

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// Nearest-rank percentile.
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t rank = size_t(std::ceil(p * double(v.size())));
    return v[std::clamp<size_t>(rank, 1, v.size()) - 1];
}

QString isoUtc(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

// The unencrypted copy: what the same data costs without sealing and blind indexes.
class PlainDb {
public:
    explicit PlainDb(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
            SQLITE_OK)
            fail(QStringLiteral("cannot open %1").arg(path));
        // The same durability as the profile's database, so the insert figures compare.
        exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
             "CREATE TABLE plain_case (id INTEGER PRIMARY KEY, case_number TEXT NOT NULL UNIQUE, status TEXT NOT NULL,"
             " matter_code TEXT NOT NULL, catalog_version TEXT NOT NULL, officer TEXT NOT NULL,"
             " created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL, name TEXT,"
             " id_number TEXT, address TEXT, phone TEXT, payload TEXT) STRICT;"
             "CREATE INDEX plain_case_id_number ON plain_case(id_number);"
             "CREATE INDEX plain_case_name ON plain_case(name);");
        m_insert = prepare("INSERT INTO plain_case(case_number, status, matter_code, catalog_version, officer, "
                           "created_at, updated_at, version, name, id_number, address, phone, payload) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
        const char *columns = "SELECT id, case_number, status, matter_code, catalog_version, officer, created_at, "
                              "updated_at, version, name, id_number, address, phone, payload FROM plain_case ";
        m_byId = prepare(QByteArray(columns) + "WHERE id_number = ?1 ORDER BY created_at DESC LIMIT 50");
        m_byNumber = prepare(QByteArray(columns) + "WHERE case_number = ?1");
        m_byName = prepare(QByteArray(columns) + "WHERE name = ?1 ORDER BY created_at DESC LIMIT 50");
    }
    ~PlainDb()
    {
        for (sqlite3_stmt *st : {m_insert, m_byId, m_byNumber, m_byName}) sqlite3_finalize(st);
        sqlite3_close_v2(m_db);
    }

    void exec(const char *sql)
    {
        char *msg = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &msg) != SQLITE_OK) fail(QString::fromUtf8(msg));
    }

    void insert(const QList<storage::CaseRecord> &batch)
    {
        exec("BEGIN IMMEDIATE");
        for (const storage::CaseRecord &c : batch) {
            sqlite3_stmt *st = m_insert;
            bindText(st, 1, c.caseNumber);
            bindText(st, 2, core::caseStatusKey(c.status));
            bindText(st, 3, c.matterCode);
            bindText(st, 4, c.catalogVersion);
            bindText(st, 5, c.officer);
            bindText(st, 6, isoUtc(c.createdAt));
            bindText(st, 7, isoUtc(c.updatedAt));
            sqlite3_bind_int(st, 8, c.version);
            bindText(st, 9, c.applicantName);
            bindText(st, 10, c.idNumber);
            bindText(st, 11, c.address);
            bindText(st, 12, c.phone);
            bindText(st, 13, QString::fromUtf8(QJsonDocument(c.payload).toJson(QJsonDocument::Compact)));
            if (sqlite3_step(st) != SQLITE_DONE) fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
            sqlite3_reset(st);
        }
        exec("COMMIT");
    }

    QList<storage::CaseRecord> byId(const QString &id) { return query(m_byId, id); }
    QList<storage::CaseRecord> byNumber(const QString &number) { return query(m_byNumber, number); }
    QList<storage::CaseRecord> byName(const QString &name) { return query(m_byName, name); }

private:
    sqlite3_stmt *prepare(const QByteArray &sql)
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v3(m_db, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK)
            fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return st;
    }
    static void bindText(sqlite3_stmt *st, int i, const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        sqlite3_bind_text(st, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    static QString text(sqlite3_stmt *st, int col)
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, col)),
                                 sqlite3_column_bytes(st, col));
    }
    static QDateTime time(sqlite3_stmt *st, int col)
    {
        QDateTime t = QDateTime::fromString(text(st, col), Qt::ISODateWithMs);
        t.setTimeSpec(Qt::UTC);
        return t;
    }

    // Reads rows into CaseRecord exactly as far as CaseStore does (minus the decryption), so the
    // ratio shows the price of encryption rather than that of building the records.
    QList<storage::CaseRecord> query(sqlite3_stmt *st, const QString &key)
    {
        bindText(st, 1, key);
        QList<storage::CaseRecord> out;
        while (sqlite3_step(st) == SQLITE_ROW) {
            storage::CaseRecord c;
            c.id = sqlite3_column_int64(st, 0);
            c.caseNumber = text(st, 1);
            c.status = core::caseStatusFromKey(text(st, 2)).value_or(core::CaseStatus::Draft);
            c.matterCode = text(st, 3);
            c.catalogVersion = text(st, 4);
            c.officer = text(st, 5);
            c.createdAt = time(st, 6);
            c.updatedAt = time(st, 7);
            c.version = sqlite3_column_int(st, 8);
            c.applicantName = text(st, 9);
            c.idNumber = text(st, 10);
            c.address = text(st, 11);
            c.phone = text(st, 12);
            c.payload = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(st, 13)),
                                                           sqlite3_column_bytes(st, 13)))
                            .object();
            out << c;
        }
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        return out;
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_byId = nullptr;
    sqlite3_stmt *m_byNumber = nullptr;
    sqlite3_stmt *m_byName = nullptr;
};

// What is looked up later: a uniform sample of the seeded cases, kept while seeding so that the
// million records never have to be in memory at once.
struct Probe {
    QString idNumber;
    QString caseNumber;
    QString name;
};

qint64 fileSize(const QString &path)
{
    qint64 size = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) size += QFileInfo(path + suffix).size();
    return size;
}

struct Timings {
    std::vector<double> encrypted;
    std::vector<double> plain;
};

// Times each look-up of each probe through both paths; `check` says whether a result is right.
Timings measure(const std::vector<Probe> &probes,
                const std::function<std::optional<QList<storage::CaseRecord>>(const Probe &)> &encrypted,
                const std::function<QList<storage::CaseRecord>(const Probe &)> &plain,
                const std::function<bool(const Probe &, const QList<storage::CaseRecord> &)> &check)
{
    Timings t;
    // A few rounds first, so that statement preparation does not count as a look-up.
    for (size_t i = 0; i < std::min<size_t>(20, probes.size()); ++i) {
        (void)encrypted(probes[i]);
        (void)plain(probes[i]);
    }
    int wrong = 0;
    for (const Probe &p : probes) {
        auto t0 = Clock::now();
        const auto found = encrypted(p);
        t.encrypted.push_back(msSince(t0));
        if (!found || !check(p, *found)) ++wrong;
        t0 = Clock::now();
        const auto clear = plain(p);
        t.plain.push_back(msSince(t0));
        if (!check(p, clear)) ++wrong;
    }
    if (wrong) fail(QStringLiteral("%1 look-ups found the wrong cases").arg(wrong));
    return t;
}

void report(const char *name, const Timings &t)
{
    const double p50 = percentile(t.encrypted, 0.50), p99 = percentile(t.encrypted, 0.99);
    const double plain50 = percentile(t.plain, 0.50), plain99 = percentile(t.plain, 0.99);
    const QByteArray n(name);
    figure(n + QByteArray("_p50"), p50, "ms", 3);
    figure(n + QByteArray("_p99"), p99, "ms", 3);
    figure(n + QByteArray("_plain_p50"), plain50, "ms", 3);
    figure(n + QByteArray("_plain_p99"), plain99, "ms", 3);
    figure(n + QByteArray("_p50_ratio"), plain50 > 0 ? p50 / plain50 : 0, "x", 1);
    figure(n + QByteArray("_p99_ratio"), plain99 > 0 ? p99 / plain99 : 0, "x", 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{"cases", "cases to seed (default 1000000)", "N", "1000000"},
                       {"lookups", "look-ups per query kind (default 2000)", "N", "2000"},
                       {"seed", "random seed (default 1)", "S", "1"},
                       {"dir", "work in DIR instead of a temporary folder (kept afterwards)", "DIR"}});
    parser.addHelpOption();
    parser.process(app);
    const qint64 total = parser.value("cases").toLongLong();
    const int lookups = parser.value("lookups").toInt();
    const quint64 seed = parser.value("seed").toULongLong();
    if (total <= 0 || lookups <= 0) fail(QStringLiteral("--cases and --lookups must be positive"));

    QTemporaryDir tmp;
    const QString root = parser.isSet("dir") ? parser.value("dir") : tmp.path();
    if (!QDir().mkpath(root)) fail(QStringLiteral("cannot create %1").arg(root));
    const core::Profile profile(core::ProfileKind::Counter, root);
    auto opened = storage::ProfileStore::open(profile, QStringLiteral("bench"));
    if (!opened) fail(opened.error().detail);
    auto store = std::move(opened).value();
    auto admin = store->officers().createFirstAdmin({QStringLiteral("900001"), QStringLiteral("基准管理员"),
                                                     {storage::Role::Admin}},
                                                    QStringLiteral("bench-password"), storage::KdfCost::Minimal);
    if (!admin) fail(admin.error().detail);
    storage::CaseStore cases(store->db(), admin.value().vault, store->audit(), QStringLiteral("01"), false);
    PlainDb plain(QDir(root).filePath(QStringLiteral("plain.db")));

    // Seeding, both databases batch by batch; only the writes are timed.
    storage::SyntheticCases generator(seed, QDateTime::currentDateTime());
    std::mt19937_64 pick(seed ^ 0x9e3779b97f4a7c15ULL);
    std::vector<Probe> probes;
    probes.reserve(size_t(lookups));
    double encryptedMs = 0, plainMs = 0;
    qint64 done = 0;
    while (done < total) {
        QList<storage::CaseRecord> batch = generator.batch(int(std::min<qint64>(kBatch, total - done)));
        auto t0 = Clock::now();
        if (auto st = cases.createMany(batch, QStringLiteral("900001"), QStringLiteral("bench")); !st)
            fail(st.error().detail);
        encryptedMs += msSince(t0);
        t0 = Clock::now();
        plain.insert(batch);
        plainMs += msSince(t0);
        for (const storage::CaseRecord &c : batch) {
            // Reservoir sampling (algorithm R).
            const qint64 seen = ++done;
            Probe p{c.idNumber, c.caseNumber, c.applicantName};
            if (qint64(probes.size()) < lookups) probes.push_back(std::move(p));
            else if (const quint64 j = pick() % quint64(seen); j < quint64(lookups)) probes[j] = std::move(p);
        }
        if (done % 50000 == 0 || done == total)
            std::fprintf(stderr, "seeded %lld / %lld (%.0f cases/s)\n", done, total, double(done) / encryptedMs * 1000);
    }
    figure("insert_throughput", double(total) / encryptedMs * 1000, "cases/s", 1);
    figure("insert_throughput_plain", double(total) / plainMs * 1000, "cases/s", 1);

    if (auto st = store->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !st) fail(st.error().detail);
    plain.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    figure("bytes_per_case", double(fileSize(profile.databasePath())) / double(total), "bytes", 0);
    figure("bytes_per_case_plain", double(fileSize(QDir(root).filePath(QStringLiteral("plain.db")))) / double(total),
           "bytes", 0);

    std::shuffle(probes.begin(), probes.end(), pick);
    std::fprintf(stderr, "looking up %zu cases by ID number, case number and name\n", probes.size());
    const auto byId = measure(
        probes,
        [&](const Probe &p) -> std::optional<QList<storage::CaseRecord>> {
            auto r = cases.findByIdNumber(p.idNumber);
            if (!r) return std::nullopt;
            return r.value();
        },
        [&](const Probe &p) { return plain.byId(p.idNumber); },
        [](const Probe &p, const QList<storage::CaseRecord> &found) {
            return !found.isEmpty() && std::all_of(found.begin(), found.end(), [&](const storage::CaseRecord &c) {
                return c.idNumber == p.idNumber;
            });
        });
    report("lookup_id", byId);
    const auto byNumber = measure(
        probes,
        [&](const Probe &p) -> std::optional<QList<storage::CaseRecord>> {
            auto r = cases.findByNumber(p.caseNumber);
            if (!r) return std::nullopt;
            return r.value() ? QList<storage::CaseRecord>{*r.value()} : QList<storage::CaseRecord>{};
        },
        [&](const Probe &p) { return plain.byNumber(p.caseNumber); },
        [](const Probe &p, const QList<storage::CaseRecord> &found) {
            return found.size() == 1 && found.first().caseNumber == p.caseNumber;
        });
    report("lookup_case_number", byNumber);
    const auto byName = measure(
        probes,
        [&](const Probe &p) -> std::optional<QList<storage::CaseRecord>> {
            auto r = cases.findByName(p.name);
            if (!r) return std::nullopt;
            return r.value();
        },
        [&](const Probe &p) { return plain.byName(p.name); },
        [](const Probe &p, const QList<storage::CaseRecord> &found) {
            return !found.isEmpty() && std::all_of(found.begin(), found.end(), [&](const storage::CaseRecord &c) {
                return c.applicantName == p.name;
            });
        });
    report("lookup_name", byName);
    return 0;
}
