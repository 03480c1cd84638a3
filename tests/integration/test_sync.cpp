// Sync over real TLS on loopback: a client profile pushes cases, photos and text messages to
// onewindow-central (a child process with a throw-away CA) through every fault the tests can
// cause, and afterwards every case is on the server exactly once, byte for byte (payload hash),
// with nothing pending. With OW_TEST_PG set the server stores in PostgreSQL (run_sync_postgres.sh).

#include "CatalogDocument.h"
#include "CaseStoreRig.h"
#include "CentralProcess.h"
#include "FaultProxy.h"

#include "casework/Appointments.h"
#include "casework/Notifications.h"
#include "catalog/CatalogStore.h"
#include "core/WorkingCalendar.h"
#include "storage/AuditLog.h"
#include "storage/Blobs.h"
#include "storage/Outbox.h"
#include "storage/Statement.h"
#include "storage/SyntheticCases.h"
#include "sync/Enrolment.h"
#include "sync/InboxApplier.h"
#include "sync/SyncProblems.h"
#include "sync/SyncEngine.h"
#include "sync/Wire.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace ow;
using ow::test::CentralProcess;

namespace {

// A counter with cases, photos and text messages, and the certificates of one workstation.
struct Counter {
    test::CaseStoreRig rig;
    storage::BlobStore blobs{rig.store->db(), rig.admin.vault, rig.store->audit(), rig.clock};
    casework::Notifier notifier{rig.store->db(), rig.admin.vault, rig.store->audit(), rig.clock};
    QString pki = QDir(rig.tmp.path()).filePath("pki");
    int photos = 0;
    int notifications = 0;

    sync::SyncSettings settings(const CentralProcess &central) const
    {
        sync::SyncSettings s;
        s.server = central.url();
        s.caFile = QDir(pki).filePath("ca.pem");
        s.certFile = QDir(pki).filePath("client.pem");
        s.keyFile = QDir(pki).filePath("client.key");
        s.connectTimeoutMs = 3000;
        s.timeoutMs = 10000;
        s.batchSize = 50;
        s.backoffBaseMs = 20;  // the back-off's shape, not its patience, is under test
        s.backoffMaxMs = 200;
        return s;
    }

    // `n` synthetic cases, each with two photos of ~20 KB and, for every third, a text message.
    void addCases(int n, quint64 seed, int photoBytes = 20 * 1024)
    {
        storage::SyntheticCases gen(seed, rig.clock.now());
        QRandomGenerator rnd{quint32(seed)};
        for (int i = 0; i < n; ++i) {
            auto c = rig.cases.create(gen.next(), "900001");
            REQUIRE(c);
            for (int k = 0; k < 2; ++k) {
                QByteArray photo(photoBytes, Qt::Uninitialized);
                rnd.fillRange(reinterpret_cast<quint32 *>(photo.data()), photo.size() / 4);
                REQUIRE(blobs.putAttached(storage::BlobKind::Photo, photo, {c->caseNumber}, "900001"));
                ++photos;
            }
            if (i % 3 == 0) {
                REQUIRE(notifier.queue(casework::NotificationTemplate::Accepted, "13800138000",
                                       {c->caseNumber, "居民身份证换领", {}, {}}, "900001"));
                ++notifications;
            }
        }
    }

    qint64 pending() { return storage::pendingOutboxCount(rig.store->db()).value(); }

    // Case number -> SHA-256 of the case as the client would send it now.
    QJsonObject caseHashes()
    {
        QStringList numbers;
        storage::Statement st(rig.store->db(), "SELECT case_number FROM case_record");
        for (auto r = st.step(); r && r.value(); r = st.step()) numbers << st.text(0);
        QJsonObject o;
        for (const QString &n : numbers) {
            auto c = rig.cases.findByNumber(n);
            REQUIRE(c);
            QStringList hashes;
            for (const auto &b : blobs.listForCase(n).value()) hashes << b.sha256;
            o.insert(n, sync::sha256Hex(QJsonDocument(sync::caseSnapshot(*c.value(), hashes)).toJson(QJsonDocument::Compact)));
        }
        return o;
    }

    qint64 outboxRows()
    {
        storage::Statement st(rig.store->db(), "SELECT count(*) FROM outbox");
        REQUIRE(st.step().value());
        return st.int64(0);
    }
};

// The promise of the issue: every case once and byte for byte, every op applied once, every
// message and photo there, nothing pending.
void requireConverged(Counter &c, CentralProcess &central)
{
    CHECK(c.pending() == 0);
    const QJsonObject counts = central.admin({"count"});
    const QJsonObject client = c.caseHashes();
    CHECK(counts.value("central_case").toInteger() == client.size());
    CHECK(counts.value("applied_op").toInteger() == c.outboxRows());
    CHECK(counts.value("notification").toInteger() == c.notifications);
    CHECK(counts.value("blob").toInteger() == c.photos);
    const QJsonObject server = central.admin({"hashes"});
    CHECK(server == client);
    // Every photo read back from the centre's packs and hashed again, against the client's set.
    const QJsonObject blobs = central.admin({"blobs"});
    CHECK(blobs.value("ok").toBool());
    CHECK(blobs.value("bad").toArray().isEmpty());
    QStringList held;
    for (const QJsonValue &v : blobs.value("held").toArray()) held << v.toString();
    QStringList mine;
    storage::Statement st(c.rig.store->db(), "SELECT DISTINCT sha256 FROM blob_store ORDER BY sha256");
    for (auto r = st.step(); r && r.value(); r = st.step()) mine << st.text(0);
    held.sort();
    CHECK(held == mine);
}

std::string failureText(const sync::SyncReport &r)
{
    return r.failure ? (r.failure->code + ": " + r.failure->detail).toStdString() : std::string();
}

sync::SyncSettings settingsFor(Counter &c, CentralProcess &central, const QString &workstation = "ws-07")
{
    central.issueClient(workstation, c.pki);
    return c.settings(central);
}

} // namespace

TEST_CASE("sync pushes cases photos and messages exactly once over mutual TLS")
{
    test::TempDir srv;
    CentralProcess central(srv.path());
    central.start();
    Counter c;
    const auto settings = settingsFor(c, central);
    c.addCases(60, 1);
    REQUIRE(c.pending() > 0);

    sync::SyncEngine engine(c.rig.store->db(), c.rig.admin.vault, c.rig.store->audit(), settings, c.rig.clock);
    QElapsedTimer t;
    t.start();
    const auto report = engine.runOnce();
    const double secs = double(t.elapsed()) / 1000.0;
    INFO(failureText(report));
    REQUIRE(report.ok());
    CHECK(report.applied == c.outboxRows());
    CHECK(report.blobsUploaded == c.photos);
    requireConverged(c, central);
    std::printf("figure sync_test_push_cases_per_s %.1f cases/s (60 cases, 120 photos of 20 KB, %s)\n", 60 / secs,
                central.postgres() ? "PostgreSQL" : "SQLite");

    // Nothing new: a second pass sends nothing and the server holds the same.
    const auto again = engine.runOnce();
    REQUIRE(again.ok());
    CHECK(again.applied == 0);
    CHECK(again.blobsUploaded == 0);
    requireConverged(c, central);

    // The status the main window shows.
    auto status = sync::readSyncStatus(c.rig.store->db(), true);
    REQUIRE(status);
    CHECK(status->pending == 0);
    CHECK(status->lastSuccess.isValid());
    CHECK(status->lastFailure.isEmpty());
    CHECK(status->failuresInRow == 0);
}

TEST_CASE("sync survives the server dying between its commit and its answer")
{
    test::TempDir srv;
    CentralProcess central(srv.path());
    central.setFaults(QJsonArray{QJsonObject{{"path", "/v1/push"}, {"afterWrite", true}, {"exit", true}, {"count", 1}}});
    central.start();
    Counter c;
    const auto settings = settingsFor(c, central);
    c.addCases(30, 2);

    sync::SyncEngine engine(c.rig.store->db(), c.rig.admin.vault, c.rig.store->audit(), settings, c.rig.clock);
    const auto first = engine.runOnce();
    REQUIRE_FALSE(first.ok());
    // The answer never came: libcurl sees the connection drop, retries it once on a new one, and
    // finds nobody listening.
    CHECK((first.failure->code == "sync.connection_lost" || first.failure->code == "sync.refused"));
    CHECK(central.exited());
    // The first batch is on the server but the client never heard so: it is still pending.
    const qint64 firstBatch = qMin<qint64>(settings.batchSize, c.outboxRows());
    CHECK(c.pending() == c.outboxRows());
    CHECK(central.admin({"count"}).value("applied_op").toInteger() == firstBatch);

    auto status = sync::readSyncStatus(c.rig.store->db(), true);
    CHECK(status->failuresInRow == 1);
    CHECK(status->lastFailureCode == first.failure->code);
    CHECK_FALSE(status->lastFailure.isEmpty());

    // While it is down the client says so in plain words.
    const auto down = engine.runOnce();
    REQUIRE_FALSE(down.ok());
    CHECK(down.failure->code == "sync.refused");

    central.start();
    const auto second = engine.runUntilDone(3);
    INFO(failureText(second));
    REQUIRE(second.ok());
    CHECK(second.duplicates == firstBatch);  // answered again, applied once
    requireConverged(c, central);
}

TEST_CASE("sync retries 500 and 503 answers with back-off")
{
    test::TempDir srv;
    CentralProcess central(srv.path());
    central.setFaults(QJsonArray{QJsonObject{{"path", "/v1/push"}, {"status", 503}, {"count", 2}},
                                 QJsonObject{{"path", "/v1/blobs"}, {"status", 500}, {"count", 1}}});
    central.start();
    Counter c;
    const auto settings = settingsFor(c, central);
    c.addCases(10, 3);
    sync::SyncEngine engine(c.rig.store->db(), c.rig.admin.vault, c.rig.store->audit(), settings, c.rig.clock);

    const auto first = engine.runOnce();
    REQUIRE_FALSE(first.ok());
    CHECK(first.failure->code == "sync.server_error");
    CHECK(first.failure->message.contains("500"));
    const auto done = engine.runUntilDone(5);
    INFO(failureText(done));
    REQUIRE(done.ok());
    CHECK(done.passes == 3);  // two 503s, then through
    requireConverged(c, central);
    CHECK(sync::readSyncStatus(c.rig.store->db(), true)->failuresInRow == 0);
}

// The central service's disk full, for real: run_sync_disk_full.sh (as root) mounts a small tmpfs
// and names it in OW_TEST_FULL_DISK; the server's whole data folder (blobs and SQLite database)
// lives on it and a filler file takes the space. Hidden ([.]): only that script runs it.
namespace {

// Fills the filesystem of `dir` up to the last byte, then gives back `leave` bytes.
void fillDisk(const QString &dir, qint64 leave)
{
    QFile filler(QDir(dir).filePath("filler"));
    REQUIRE(filler.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered));
    const QByteArray chunk(64 * 1024, 'x');
    while (filler.write(chunk) == chunk.size()) {}
    const qint64 size = filler.size();
    REQUIRE(filler.resize(qMax<qint64>(0, size - leave)));
}

void freeDisk(const QString &dir) { REQUIRE(QFile::remove(QDir(dir).filePath("filler"))); }

} // namespace

TEST_CASE("sync waits out the central service's full disk and converges once it frees", "[.diskfull]")
{
    const QString disk = qEnvironmentVariable("OW_TEST_FULL_DISK");
    REQUIRE_FALSE(disk.isEmpty());  // run by run_sync_disk_full.sh only
    CentralProcess central(QDir(disk).filePath("central"));
    central.start();
    Counter c;
    auto settings = settingsFor(c, central);
    settings.batchSize = 500;  // every case in one transaction: far more than the database's free pages
    sync::SyncEngine engine(c.rig.store->db(), c.rig.admin.vault, c.rig.store->audit(), settings, c.rig.clock);

    // 1. The blobs cannot be written: 80 photos of 20 KB, 256 KB free.
    c.addCases(40, 21);
    fillDisk(disk, 256 * 1024);
    const auto blobsFull = engine.runOnce();
    INFO(failureText(blobsFull));
    REQUIRE_FALSE(blobsFull.ok());
    CHECK(blobsFull.failure->code == "sync.server_full");
    CHECK(blobsFull.failure->message.contains("disk is full"));
    CHECK(blobsFull.failure->message.contains("tried again"));
    CHECK(c.pending() == c.outboxRows());
    CHECK(central.admin({"count"}).value("applied_op").toInteger() == 0);
    // Nothing half-written is left behind as if complete.
    const QDir blobs(QDir(central.dataDir()).filePath("blobs"));
    for (const QString &f : blobs.entryList(QDir::Files)) {
        QFile b(blobs.filePath(f));
        REQUIRE(b.open(QIODevice::ReadOnly));
        CHECK(sync::sha256Hex(b.readAll()) == f);
    }
    auto status = sync::readSyncStatus(c.rig.store->db(), true);
    CHECK(status->lastFailureCode == "sync.server_full");

    freeDisk(disk);
    auto done = engine.runUntilDone(5);
    INFO(failureText(done));
    REQUIRE(done.ok());
    requireConverged(c, central);

    // 2. The database cannot write: 150 cases without photos, not one byte free.
    {
        storage::SyntheticCases gen(22, c.rig.clock.now());
        for (int i = 0; i < 150; ++i) REQUIRE(c.rig.cases.create(gen.next(), "900001"));
    }
    fillDisk(disk, 0);
    const auto dbFull = engine.runOnce();
    INFO(failureText(dbFull));
    REQUIRE_FALSE(dbFull.ok());
    CHECK(dbFull.failure->code == "sync.server_full");
    CHECK(c.pending() == 150);
    // The batch is one transaction: none of it is on the server, not even its op ids.
    CHECK(central.admin({"count"}).value("central_case").toInteger() == 40);

    freeDisk(disk);
    done = engine.runUntilDone(5);
    INFO(failureText(done));
    REQUIRE(done.ok());
    CHECK(done.duplicates == 0);
    requireConverged(c, central);
}

TEST_CASE("sync gives up on an answer slower than its timeout and resends")
{
    test::TempDir srv;
    CentralProcess central(srv.path());
    central.setFaults(QJsonArray{QJsonObject{{"path", "/v1/push"}, {"delayMs", 2500}, {"count", 1}}});
    central.start();
    Counter c;
    auto settings = settingsFor(c, central);
    settings.timeoutMs = 1000;
    c.addCases(5, 4);
    sync::SyncEngine engine(c.rig.store->db(), c.rig.admin.vault, c.rig.store->audit(), settings, c.rig.clock);

    const auto slow = engine.runOnce();
    REQUIRE_FALSE(slow.ok());
    CHECK(slow.failure->code == "sync.timeout");
    const auto done = engine.runUntilDone(5);
    INFO(failureText(done));
    REQUIRE(done.ok());
    requireConverged(c, central);
}

TEST_CASE("sync resumes a blob upload after the connection is reset mid-upload")
{
    test::TempDir srv;
    CentralProcess central(srv.path());
    // The second chunk of the first photo is stored, then the connection drops before the answer.
    central.setFaults(QJsonArray{QJsonObject{{"path", "/v1/blobs"}, {"afterWrite", true}, {"abort", true}, {"count", 2}}});
    central.start();
    Counter c;
    auto settings = settingsFor(c, central);
    settings.parallelUploads = 1;
    settings.blobChunk = 64 * 1024;
    c.addCases(1, 5, 300 * 1024);  // two photos of 300 KB: five chunks each

    sync::SyncEngine engine(c.rig.store->db(), c.rig.admin.vault, c.rig.store->audit(), settings, c.rig.clock);
    // libcurl sends a request again by itself when a reused connection drops before any answer;
    // the server then says where it stands (409 with the bytes it holds) and the upload goes on
    // from there. Whether that takes one pass or two, the photos arrive whole.
    const auto done = engine.runUntilDone(5);
    INFO(failureText(done));
    REQUIRE(done.ok());
    CHECK(central.faultsLeft() == 0);  // both resets happened
    // Resumed, not restarted: what went over the wire is the photos, the two lost chunks, and
    // headers and TLS handshakes (well under 32 KB here); starting a photo again would add 300 KB.
    CHECK(done.bytesSent <= 2 * 300 * 1024 + 2 * 64 * 1024 + 32 * 1024);
    requireConverged(c, central);
}

TEST_CASE("sync refuses a server whose certificate is not from the deployment CA")
{
    test::TempDir srv;
    test::TempDir impostorDir;
    CentralProcess central(srv.path());
    CentralProcess impostor(impostorDir.path());  // its own CA
    impostor.start();
    Counter c;
    central.issueClient("ws-07", c.pki);
    c.addCases(3, 6);
    sync::SyncSettings settings = c.settings(impostor);
    sync::SyncEngine engine(c.rig.store->db(), c.rig.admin.vault, c.rig.store->audit(), settings, c.rig.clock);
    const auto r = engine.runUntilDone(3);
    REQUIRE_FALSE(r.ok());
    CHECK(r.passes == 1);  // waiting will not make it trustworthy
    CHECK(r.failure->code == "sync.untrusted_server");
    CHECK(r.failure->message.contains("not trusted"));
    CHECK(impostor.admin({"count"}).value("applied_op").toInteger() == 0);
    CHECK(impostor.admin({"count"}).value("blob").toInteger() == 0);
    CHECK(c.pending() == c.outboxRows());
}

TEST_CASE("sync with an expired client certificate says so and the server refuses it too")
{
    test::TempDir srv;
    CentralProcess central(srv.path());
    central.start();
    Counter c;
    central.issueClient("ws-07", c.pki, -10, 5);  // expired five days ago
    c.addCases(3, 7);
    sync::SyncEngine engine(c.rig.store->db(), c.rig.admin.vault, c.rig.store->audit(), c.settings(central), c.rig.clock);
    const auto r = engine.runOnce();
    REQUIRE_FALSE(r.ok());
    CHECK(r.failure->code == "sync.certificate_expired");
    CHECK(r.failure->message.contains("expired"));

    // Sent anyway (the check on this side skipped), the server's handshake refuses it.
    engine.transport().setCheckCertificateDates(false);
    const auto forced = engine.runOnce();
    REQUIRE_FALSE(forced.ok());
    // The server's TLS alert says why: the officer reads "expired", not "connection lost".
    CHECK(forced.failure->code == "sync.certificate_expired");
    CHECK(central.admin({"count"}).value("applied_op").toInteger() == 0);
    CHECK(c.pending() == c.outboxRows());

    // A new certificate and it goes through.
    central.issueClient("ws-07", c.pki);
    engine.transport().setCheckCertificateDates(true);
    REQUIRE(engine.runOnce().ok());
    requireConverged(c, central);
}

TEST_CASE("sync with a workstation certificate from another CA is told the certificate was refused")
{
    test::TempDir srv;
    test::TempDir otherDir;
    CentralProcess central(srv.path());
    CentralProcess other(otherDir.path());  // another deployment: its own CA
    central.start();
    Counter c;
    central.issueClient("ws-07", c.pki);  // the right CA file ...
    const QString foreign = QDir(otherDir.path()).filePath("ws");
    other.issueClient("ws-07", foreign);  // ... but a certificate and key the central never issued
    for (const char *f : {"client.pem", "client.key"}) {
        QFile::remove(QDir(c.pki).filePath(f));
        REQUIRE(QFile::copy(QDir(foreign).filePath(f), QDir(c.pki).filePath(f)));
    }
    c.addCases(3, 8);
    sync::SyncEngine engine(c.rig.store->db(), c.rig.admin.vault, c.rig.store->audit(), c.settings(central), c.rig.clock);
    const auto r = engine.runOnce();
    INFO(failureText(r));
    REQUIRE_FALSE(r.ok());
    CHECK(r.failure->code == "sync.certificate_refused");
    CHECK(r.failure->message.contains("not accepted"));
    CHECK(central.admin({"count"}).value("applied_op").toInteger() == 0);
    CHECK(c.pending() == c.outboxRows());
}

TEST_CASE("sync reports a status moved by the back office as a conflict and never overwrites it")
{
    test::TempDir srv;
    CentralProcess central(srv.path());
    central.start();
    Counter c;
    const auto settings = settingsFor(c, central);
    c.addCases(2, 8);
    sync::SyncEngine engine(c.rig.store->db(), c.rig.admin.vault, c.rig.store->audit(), settings, c.rig.clock);
    REQUIRE(engine.runOnce().ok());

    storage::CaseRecord fresh = storage::SyntheticCases(9, c.rig.clock.now()).next();
    fresh.status = core::CaseStatus::Accepted;
    auto made = c.rig.cases.create(fresh, "900001");
    REQUIRE(made);
    const QString number = made->caseNumber;
    REQUIRE(engine.runOnce().ok());
    REQUIRE(central.admin({"case-status"}, {"--case", number, "--status", "under-review"}).value("ok").toBool());
    // Meanwhile the counter, not knowing, withdraws the case.
    auto local = c.rig.cases.findByNumber(number).value();
    REQUIRE(local);
    REQUIRE(c.rig.cases.transition(number, core::CaseStatus::Withdrawn, "900001", "citizen asked", local->version));

    const auto r = engine.runOnce();
    REQUIRE(r.ok());
    CHECK(r.conflicts == 1);
    REQUIRE_FALSE(r.problems.isEmpty());
    CHECK(r.problems.first().contains(number));
    CHECK(r.statusApplied == 0);
    CHECK(c.pending() == 0);
    QJsonObject held;
    for (const QJsonValue &v : central.admin({"cases"}).value("cases").toArray())
        if (v.toObject().value("caseNumber").toString() == number) held = v.toObject();
    CHECK(held.value("status").toString() == "under-review");  // the back office's, kept
    CHECK(held.value("version").toInt() == 2);
    auto status = sync::readSyncStatus(c.rig.store->db(), true);
    CHECK(status->conflicts == 1);
    CHECK(status->lastConflict.contains(number));
    // The back office's move came down the case-status stream and was held back: the counter's
    // withdrawal is what the case still says here, and an officer sees both sides.
    local = c.rig.cases.findByNumber(number).value();
    CHECK(local->status == core::CaseStatus::Withdrawn);
    auto problems = sync::listSyncProblems(c.rig.store->db());
    REQUIRE(problems);
    REQUIRE(problems->size() == 1);
    CHECK(problems->first().key == number);
    CHECK(problems->first().localStatus == "withdrawn");
    CHECK(problems->first().serverStatus == "under-review");
    CHECK(problems->first().serverVersion == 2);
    CHECK(status->problems == 1);

    // A second pass changes nothing by itself.
    REQUIRE(engine.runOnce().ok());
    CHECK(c.rig.cases.findByNumber(number).value()->status == core::CaseStatus::Withdrawn);

    // The officer takes the central version: the case is under review here too, and the next
    // change made here is taken by the centre (both sides count from the same version).
    REQUIRE(sync::takeCentralVersion(c.rig.store->db(), c.rig.store->audit(), "case", number, "900001", c.rig.clock));
    local = c.rig.cases.findByNumber(number).value();
    CHECK(local->status == core::CaseStatus::UnderReview);
    CHECK(local->version == 2);
    CHECK(sync::listSyncProblems(c.rig.store->db())->isEmpty());
    REQUIRE(c.rig.cases.transition(number, core::CaseStatus::Returned, "900001", "材料不全", local->version));
    const auto after = engine.runOnce();
    REQUIRE(after.ok());
    CHECK(after.applied == 1);
    CHECK(after.conflicts == 0);
    CHECK(c.pending() == 0);
    for (const QJsonValue &v : central.admin({"cases"}).value("cases").toArray())
        if (v.toObject().value("caseNumber").toString() == number) CHECK(v.toObject().value("status").toString() == "returned");
}

TEST_CASE("a status moved by the back office reaches the counter's copy of the case")
{
    test::TempDir srv;
    CentralProcess central(srv.path());
    central.start();
    Counter c;
    const auto settings = settingsFor(c, central);
    storage::CaseRecord fresh = storage::SyntheticCases(21, c.rig.clock.now()).next();
    fresh.status = core::CaseStatus::Accepted;
    auto made = c.rig.cases.create(fresh, "900001");
    REQUIRE(made);
    const QString number = made->caseNumber;
    sync::SyncEngine engine(c.rig.store->db(), c.rig.admin.vault, c.rig.store->audit(), settings, c.rig.clock);
    auto r = engine.runOnce();
    INFO(failureText(r));
    REQUIRE(r.ok());
    CHECK(r.statusApplied == 0);
    CHECK(r.pulled == 0);  // its own creation is not sent back to it

    REQUIRE(central.admin({"case-status"}, {"--case", number, "--status", "under-review"}).value("ok").toBool());
    REQUIRE(central.admin({"case-status"}, {"--case", number, "--status", "approved"}).value("version").toInt() == 3);
    r = engine.runOnce();
    REQUIRE(r.ok());
    CHECK(r.statusApplied == 1);  // the stream carries a case's newest status, once
    CHECK(r.statusConflicts == 0);
    auto local = c.rig.cases.findByNumber(number).value();
    REQUIRE(local);
    CHECK(local->status == core::CaseStatus::Approved);
    CHECK(local->version == 3);
    CHECK(c.pending() == 0);  // nothing to tell the centre: it knows
    storage::Statement inbox(c.rig.store->db(), "SELECT count(*) FROM sync_inbox WHERE stream = 'case-status'");
    REQUIRE(inbox.step().value());
    CHECK(inbox.int64(0) == 0);
    bool audited = false;
    for (const auto &row : storage::AuditLog::recent(c.rig.store->db(), 20).value())
        audited = audited || (row.action == "case.central_status" && row.subject == number && row.detail.contains("approved"));
    CHECK(audited);
    CHECK(sync::listSyncProblems(c.rig.store->db())->isEmpty());
}

TEST_CASE("a catalog calendar and officer list placed at the centre are installed on the counter")
{
    test::TempDir srv;
    CentralProcess central(srv.path());
    central.start();
    Counter c;
    const auto settings = settingsFor(c, central);
    QDir(srv.path()).mkpath("streams");
    auto place = [&](const QString &name, const QJsonObject &doc) {
        QFile f(QDir(srv.path()).filePath("streams/" + name + ".json"));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(doc).toJson());
    };
    place("catalog", test::catalogDocument("2099.5.0"));
    place("calendar", QJsonObject{{"year", 2027},
                                  {"holidays", QJsonArray{QJsonObject{{"name", "元旦"}, {"from", "2027-01-01"}, {"to", "2027-01-03"}}}},
                                  {"workdays", QJsonArray{}}});
    place("officers", QJsonObject{{"officers", QJsonArray{QJsonObject{{"number", "900042"}, {"name", "周敏"}, {"roles", QJsonArray{"officer"}}}}}});
    sync::SyncEngine engine(c.rig.store->db(), c.rig.admin.vault, c.rig.store->audit(), settings, c.rig.clock);
    auto r = engine.runOnce();
    INFO(failureText(r));
    REQUIRE(r.ok());
    CHECK(r.catalogVersion == "2099.5.0");
    CHECK(r.calendarYears == 1);
    CHECK(r.officersChanged == 1);
    const QString data = c.rig.profile.dataDir();
    CHECK(catalog::CatalogStore(QDir(data).filePath("catalog")).current().value()->version() == "2099.5.0");
    const core::WorkingCalendar cal = core::WorkingCalendar::withInstalled(sync::InboxApplier::calendarDir(data));
    CHECK(cal.covers(2027));
    CHECK_FALSE(cal.isWorkingDay(QDate(2027, 1, 1)));
    auto zhou = c.rig.store->officers().find("900042").value();
    REQUIRE(zhou);
    CHECK_FALSE(zhou->active);  // until an administrator sets a password

    // Same files: nothing new. An older catalog is refused once, in words, and not again.
    r = engine.runOnce();
    REQUIRE(r.ok());
    CHECK(r.catalogVersion.isEmpty());
    CHECK(r.problems.isEmpty());
    place("catalog", test::catalogDocument("2099.4.0"));
    r = engine.runOnce();
    REQUIRE(r.ok());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().contains("2099.4.0"));
    CHECK(sync::readSyncStatus(c.rig.store->db(), true)->lastApplyProblem == r.problems.first());
    r = engine.runOnce();
    REQUIRE(r.ok());
    CHECK(r.problems.isEmpty());
    CHECK(catalog::CatalogStore(QDir(data).filePath("catalog")).current().value()->version() == "2099.5.0");
}

TEST_CASE("a workstation enrols with a one-time code and then syncs with its own certificate")
{
    test::TempDir srv;
    CentralProcess central(srv.path());
    central.start();
    const QString code = central.admin({"enrol"}, {"--workstation", "ws-new"}).value("code").toString();
    REQUIRE(code.size() == 14);

    Counter c;
    const QString enrolUrl = QStringLiteral("https://localhost:%1").arg(central.enrolPort());
    auto enrolled = sync::enrolWorkstation(enrolUrl, central.caFile(), code, c.pki);
    INFO((enrolled ? QString() : enrolled.error().detail).toStdString());
    REQUIRE(enrolled);
    CHECK(enrolled->workstation == "ws-new");
    CHECK((QFile(enrolled->keyFile).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);

    // The code is spent.
    test::TempDir other;
    auto again = sync::enrolWorkstation(enrolUrl, central.caFile(), code, other.path());
    REQUIRE_FALSE(again);
    CHECK(again.error().code == "sync.enrol_code");
    // The enrolment port serves nothing else, and the workstation port wants a certificate.
    CHECK_FALSE(QFile::exists(QDir(other.path()).filePath("client.pem")));

    c.addCases(4, 12);
    sync::SyncEngine engine(c.rig.store->db(), c.rig.admin.vault, c.rig.store->audit(), c.settings(central), c.rig.clock);
    const auto r = engine.runOnce();
    INFO(failureText(r));
    REQUIRE(r.ok());
    requireConverged(c, central);
    for (const QJsonValue &v : central.admin({"cases"}).value("cases").toArray())
        CHECK(v.toObject().value("workstation").toString() == "ws-new");  // named by its certificate
}

TEST_CASE("a workstation clock far behind is told to check the date before anything is sent")
{
    test::TempDir srv;
    CentralProcess central(srv.path());
    central.start();
    Counter c;
    // Valid from two days ahead: to this workstation's clock the certificate is not valid yet.
    central.issueClient("ws-07", c.pki, 2, 365);
    c.addCases(2, 13);
    sync::SyncEngine engine(c.rig.store->db(), c.rig.admin.vault, c.rig.store->audit(), c.settings(central), c.rig.clock);
    const auto r = engine.runUntilDone(3);
    REQUIRE_FALSE(r.ok());
    CHECK(r.passes == 1);
    CHECK(r.failure->code == "sync.clock");
    CHECK(r.failure->message.contains("date and time"));
    CHECK(central.admin({"count"}).value("applied_op").toInteger() == 0);
}

TEST_CASE("a connection reset in the middle of an upload through a faulty network loses nothing")
{
    test::TempDir srv;
    CentralProcess central(srv.path());
    central.start();
    Counter c;
    auto settings = settingsFor(c, central);
    // Every connection through the proxy is reset after 200 KB from the client, three times:
    // in the middle of a 64 KB chunk, past the TLS handshake.
    test::FaultProxy proxy(central.port(), 200 * 1024, 3);
    settings.server = QStringLiteral("https://localhost:%1").arg(proxy.port());
    settings.parallelUploads = 2;
    settings.blobChunk = 64 * 1024;
    c.addCases(3, 14, 200 * 1024);  // six photos of 200 KB, sent in chunks
    c.addCases(20, 15);             // and small ones, in batches

    sync::SyncEngine engine(c.rig.store->db(), c.rig.admin.vault, c.rig.store->audit(), settings, c.rig.clock);
    const auto r = engine.runUntilDone(10);
    INFO(failureText(r));
    REQUIRE(r.ok());
    CHECK(proxy.resetsDone() == 3);
    requireConverged(c, central);
}

TEST_CASE("appointments booked at the centre arrive sealed and open in the counter's appointment book")
{
    test::TempDir srv;
    CentralProcess central(srv.path());
    central.start();
    Counter c;
    const auto settings = settingsFor(c, central);
    const QJsonObject booking{{"id", "C-2026-0001"},
                              {"slot", "2026-11-21T10:30:00"},
                              {"matter", "HZ-SFZ-HL"},
                              {"name", "张伟"},
                              {"idNumber", "110101198805120178"},
                              {"phone", "13800138000"},
                              {"answers", QJsonObject{{"residence", "local"}}}};
    REQUIRE(central.admin({"appointment-add"}, {"--json", QString::fromUtf8(QJsonDocument(booking).toJson(QJsonDocument::Compact))})
                .value("ok")
                .toBool());
    sync::SyncEngine engine(c.rig.store->db(), c.rig.admin.vault, c.rig.store->audit(), settings, c.rig.clock);
    REQUIRE(engine.runOnce().ok());
    // At rest the booking's personal data is sealed.
    storage::Statement clear(c.rig.store->db(),
                             "SELECT count(*) FROM sync_inbox WHERE stream = 'appointments' AND (body LIKE ?1 OR body LIKE ?2)");
    clear.bind(1, QStringLiteral("%110101198805120178%")).bind(2, QStringLiteral("%13800138000%"));
    REQUIRE(clear.step().value());
    CHECK(clear.int64(0) == 0);
    casework::AppointmentBook book(c.rig.tmp.file("appointments.sealed"), c.rig.admin.vault);
    auto taken = book.takeFromInbox(c.rig.store->db());
    REQUIRE(taken);
    CHECK(taken.value() == 1);
    auto found = book.find(QStringLiteral("C-2026-0001"));
    REQUIRE(found);
    REQUIRE(found.value());
    CHECK(found.value()->idNumber == QStringLiteral("110101198805120178"));
    CHECK(found.value()->answers.value("residence").toString() == QStringLiteral("local"));
    // Taken once: the inbox is empty for that stream.
    CHECK(book.takeFromInbox(c.rig.store->db()).value() == 0);
}
