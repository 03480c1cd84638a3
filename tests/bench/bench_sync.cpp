// Sync benchmark: a counter with N seeded cases, two photos each, pushes everything to a real
// onewindow-central over mutual TLS on loopback. Prints `figure NAME VALUE UNIT` on stdout,
// progress on stderr.
//
//   sync_cases_per_s          cases (with their photos and outbox ops) per second, first sync
//   sync_wire_bytes_per_case  HTTP bytes both ways (headers and bodies; TLS framing not counted)
//   sync_plain_stream_s       one plain libcurl upload of the same number of bytes as one stream
//                             (sequential 8 MB PUTs on one TLS connection to the same server;
//                             the median of three runs)
//   sync_vs_plain_ratio       sync time / plain stream time (target <= 1.5)
//   sync_phase_{blobs,push,pull}_s  where the first sync's time goes
//   sync_catch_up_s           a day offline: M new cases with photos, then one sync
//   {sync,plain}_{client,server}_cpu_s  CPU time of each end (both share this machine)
//
// Usage: bench_sync [--cases N (10000)] [--offline M (500)] [--photo-bytes B (20480)] [--db URL]

#include "core/Profile.h"
#include "storage/Blobs.h"
#include "storage/Cases.h"
#include "storage/ProfileStore.h"
#include "storage/SyntheticCases.h"
#include "sync/SyncEngine.h"
#include "sync/Transport.h"
#include "sync/Wire.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

using namespace ow;

namespace {

// CPU seconds (user + system) a process has used so far: where the time goes when both ends
// share this machine's cores.
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return 0;
    const QByteArray line = f.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13) return 0;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

void progress(const QString &s) { std::fprintf(stderr, "%s\n", qPrintable(s)); }

bool runCentral(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QDir(QCoreApplication::applicationDirPath()).filePath("onewindow-central"), args);
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

// Adds `n` cases with two random photos each, in batches of one transaction per case.
void seed(storage::CaseStore &cases, storage::BlobStore &blobs, int n, int photoBytes, quint64 seedValue,
          const QDateTime &now)
{
    storage::SyntheticCases gen(seedValue, now);
    QRandomGenerator rnd{quint32(seedValue)};
    for (int i = 0; i < n; ++i) {
        auto c = cases.create(gen.next(), "900001");
        if (!c) qFatal("create: %s", qPrintable(c.error().detail));
        for (int k = 0; k < 2; ++k) {
            QByteArray photo(photoBytes, Qt::Uninitialized);
            rnd.fillRange(reinterpret_cast<quint32 *>(photo.data()), photo.size() / 4);
            if (!blobs.putAttached(storage::BlobKind::Photo, photo, {c->caseNumber}, "900001"))
                qFatal("photo");
        }
        if ((i + 1) % 1000 == 0) progress(QStringLiteral("seeded %1 cases").arg(i + 1));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{"cases", "cases", "N", "10000"}, {"offline", "cases made offline", "M", "500"},
                  {"photo-bytes", "bytes per photo", "B", "20480"}, {"db", "central database URL", "URL"}});
    p.process(app);
    const int n = p.value("cases").toInt();
    const int offline = p.value("offline").toInt();
    const int photoBytes = p.value("photo-bytes").toInt();

    QTemporaryDir tmp;
    const QString srv = QDir(tmp.path()).filePath("central");
    const QString pki = QDir(tmp.path()).filePath("client-pki");
    if (!runCentral({"admin", "init", "--data", srv}) ||
        !runCentral({"admin", "issue-cert", "--data", srv, "--workstation", "bench", "--out", pki}))
        qFatal("cannot set up the CA");
    QStringList serve{"serve", "--data", srv, "--port", "0", "--enrol-port", "0", "--port-file", srv + "/ports.json"};
    if (p.isSet("db")) serve << "--db" << p.value("db");
    QProcess central;
    central.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    central.start(QDir(QCoreApplication::applicationDirPath()).filePath("onewindow-central"), serve);
    for (int i = 0; i < 100 && !QFile::exists(srv + "/ports.json"); ++i) QThread::msleep(100);
    QFile portFile(srv + "/ports.json");
    if (!portFile.open(QIODevice::ReadOnly)) qFatal("central did not start");
    const int port = QJsonDocument::fromJson(portFile.readAll()).object().value("port").toInt();

    core::Profile profile(core::ProfileKind::Counter, QDir(tmp.path()).filePath("client"));
    auto store = storage::ProfileStore::open(profile, "bench").value();
    auto admin = store->officers()
                     .createFirstAdmin({"900001", "管理员", {storage::Role::Admin}}, "admin-password", storage::KdfCost::Minimal)
                     .value();
    storage::CaseStore cases(store->db(), admin.vault, store->audit(), "07", false);
    storage::BlobStore blobs(store->db(), admin.vault, store->audit());
    progress(QStringLiteral("seeding %1 cases with two %2-byte photos each").arg(n).arg(photoBytes));
    seed(cases, blobs, n, photoBytes, 1, QDateTime::currentDateTime());

    sync::SyncSettings s;
    s.server = QStringLiteral("https://localhost:%1").arg(port);
    s.caFile = pki + "/ca.pem";
    s.certFile = pki + "/client.pem";
    s.keyFile = pki + "/client.key";
    s.timeoutMs = 120000;
    sync::SyncEngine engine(store->db(), admin.vault, store->audit(), s);
    progress("first sync");
    const double clientCpu0 = cpuSeconds(QCoreApplication::applicationPid());
    const double serverCpu0 = cpuSeconds(central.processId());
    QElapsedTimer t;
    t.start();
    const auto report = engine.runUntilDone(3);
    const double syncSecs = double(t.nsecsElapsed()) / 1e9;
    if (!report.ok()) qFatal("sync failed: %s", qPrintable(report.failure->detail));
    const qint64 wire = report.bytesSent + report.bytesReceived;
    std::printf("figure sync_cases_per_s %.1f cases/s\n", n / syncSecs);
    std::printf("figure sync_wire_bytes_per_case %.0f bytes\n", double(wire) / n);
    std::printf("figure sync_total_s %.2f s\n", syncSecs);
    std::printf("figure sync_phase_blobs_s %.2f s\n", report.blobMs / 1000.0);
    std::printf("figure sync_phase_push_s %.2f s\n", report.pushMs / 1000.0);
    std::printf("figure sync_phase_pull_s %.2f s\n", report.pullMs / 1000.0);
    std::printf("figure sync_client_cpu_s %.2f s\n", cpuSeconds(QCoreApplication::applicationPid()) - clientCpu0);
    std::printf("figure sync_server_cpu_s %.2f s\n", cpuSeconds(central.processId()) - serverCpu0);

    // The same number of bytes as one stream: sequential PUTs of 8 MB on one TLS connection.
    const qint64 total = report.bytesSent;
    // Three runs with different bytes (the server keeps what it has), the median taken: the plain
    // stream's own time varies by a fifth from run to run on this machine.
    sync::Transport plain(s);
    QList<double> plainRuns;
    const double plainServerCpu0 = cpuSeconds(central.processId());
    const double plainClientCpu0 = cpuSeconds(QCoreApplication::applicationPid());
    for (quint32 run = 0; run < 3; ++run) {
        QByteArray big(int(qMin<qint64>(total, 8LL * 1024 * 1024)), Qt::Uninitialized);
        QRandomGenerator{7 + run}.fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
        QByteArray all;
        all.reserve(total);
        while (all.size() < total) all.append(big.left(int(qMin<qint64>(big.size(), total - all.size()))));
        const QString sha = sync::sha256Hex(all);
        t.restart();
        for (qint64 off = 0; off < total; off += big.size()) {
            const auto r = plain.perform(sync::HttpRequest{
                "PUT", QStringLiteral("/v1/blobs/%1?offset=%2&total=%3").arg(sha).arg(off).arg(total), all.mid(off, big.size()), false});
            if (r.status != 200) qFatal("plain upload: %s", qPrintable(sync::Transport::describe(r).detail));
        }
        plainRuns << double(t.nsecsElapsed()) / 1e9;
    }
    QList<double> sorted = plainRuns;
    std::sort(sorted.begin(), sorted.end());
    const double plainSecs = sorted[1];
    std::printf("figure sync_plain_stream_s %.2f s (%lld bytes; median of %.2f, %.2f, %.2f)\n", plainSecs,
                static_cast<long long>(total), plainRuns[0], plainRuns[1], plainRuns[2]);
    std::printf("figure plain_client_cpu_s %.2f s\n", (cpuSeconds(QCoreApplication::applicationPid()) - plainClientCpu0) / 3);
    std::printf("figure plain_server_cpu_s %.2f s\n", (cpuSeconds(central.processId()) - plainServerCpu0) / 3);
    std::printf("figure sync_vs_plain_ratio %.2f x\n", syncSecs / plainSecs);

    progress(QStringLiteral("a day offline: %1 new cases").arg(offline));
    seed(cases, blobs, offline, photoBytes, 2, QDateTime::currentDateTime());
    t.restart();
    const auto catchUp = engine.runUntilDone(3);
    if (!catchUp.ok()) qFatal("catch-up failed: %s", qPrintable(catchUp.failure->detail));
    std::printf("figure sync_catch_up_s %.2f s (%d cases)\n", double(t.nsecsElapsed()) / 1e9, offline);

    central.terminate();
    central.waitForFinished(5000);
    return 0;
}
