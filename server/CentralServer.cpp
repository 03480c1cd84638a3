#include "CentralServer.h"

#include "sync/Wire.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QThread>
#include <QUrlQuery>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcCentral, "ow.central")

namespace ow::central {
namespace {

using Status = QHttpServerResponder::StatusCode;

constexpr qint64 kMaxBody = 16LL * 1024 * 1024;

QByteArray header(const QHttpServerRequest &req, QByteArrayView name)
{
    for (const auto &h : req.headers())
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) return h.second;
    return {};
}

// The request body, inflated when it came gzipped; nullopt for a broken gzip stream.
std::optional<QByteArray> body(const QHttpServerRequest &req)
{
    if (header(req, "Content-Encoding").trimmed().toLower() == "gzip") return sync::gunzip(req.body(), kMaxBody);
    return req.body();
}

// Answers `o` as JSON, gzipped when the client accepts it and it is worth it.
void reply(const QHttpServerRequest &req, QHttpServerResponder &resp, const QJsonObject &o, Status status = Status::Ok)
{
    const QByteArray data = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (data.size() > 512 && header(req, "Accept-Encoding").contains("gzip")) {
        resp.write(sync::gzip(data), {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}}, status);
        return;
    }
    resp.write(data, {{"Content-Type", "application/json"}}, status);
}

QJsonObject problem(const QString &code, const QString &reason)
{
    return QJsonObject{{"protocol", sync::kProtocolVersion}, {"code", code}, {"reason", reason}};
}

// The workstation named by the client certificate's common name (mutual TLS).
QString workstationOf(QHttpServerResponder &resp)
{
    auto *ssl = qobject_cast<QSslSocket *>(resp.socket());
    if (!ssl) return {};
    const QStringList cn = ssl->peerCertificate().subjectInfo(QSslCertificate::CommonName);
    return cn.value(0);
}

bool validSha(const QString &s)
{
    if (s.size() != 64) return false;
    for (QChar c : s)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) return false;
    return true;
}

} // namespace

CentralServer::CentralServer(CentralStore &store, ServerOptions options)
    : m_store(store), m_options(std::move(options)), m_pki(QDir(m_options.dataDir).filePath(QStringLiteral("pki"))),
      m_packs(std::make_unique<BlobPacks>(QDir(m_options.dataDir).filePath(QStringLiteral("blobs/packs"))))
{
}

CentralServer::~CentralServer() = default;

// Faults for the integration tests: a JSON array of rules, each {"path": prefix, "count": n, and
// one of "status": 503 | "delayMs": 5000 | "abort": true}; with "afterWrite": true the rule fires
// once the request's effect is stored (the push committed, the blob chunk written) and then
// "exit": true kills the server or "abort": true resets the connection, before any answer. A
// rule that fires is counted down in the file, so a restarted server carries on after it.
QJsonObject CentralServer::takeFault(const QString &path, bool atCommit)
{
    if (m_options.faultsFile.isEmpty()) return {};
    QFile f(m_options.faultsFile);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QJsonArray rules = QJsonDocument::fromJson(f.readAll()).array();
    f.close();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        QJsonObject r = rules.at(i).toObject();
        if (r.value(u"count").toInt() <= 0 || !path.startsWith(r.value(u"path").toString())) continue;
        if (r.value(u"afterWrite").toBool() != atCommit) continue;
        r.insert(QStringLiteral("count"), r.value(u"count").toInt() - 1);
        rules.replace(i, r);
        QSaveFile out(m_options.faultsFile);
        if (out.open(QIODevice::WriteOnly)) {
            out.write(QJsonDocument(rules).toJson());
            out.commit();
        }
        qCWarning(lcCentral) << "injecting fault" << r << "on" << path;
        return r;
    }
    return {};
}

bool CentralServer::start(QString *error)
{
    if (!m_pki.exists()) {
        *error = QStringLiteral("no certificates in %1/pki: run `onewindow-central admin init` first").arg(m_options.dataDir);
        return false;
    }
    const auto ca = QSslCertificate::fromPath(m_pki.caCertPath());
    const auto cert = QSslCertificate::fromPath(m_pki.serverCertPath());
    QFile keyFile(m_pki.serverKeyPath());
    if (ca.isEmpty() || cert.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the certificates in %1/pki").arg(m_options.dataDir);
        return false;
    }
    const QSslKey key(keyFile.readAll(), QSsl::Ec);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(cert.first());
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setCaCertificates(ca);
    // Mutual TLS: a workstation without a certificate from the deployment CA (or with an expired
    // one) fails the handshake before any request is read.
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // A refused certificate stops the handshake with a TLS alert (unknown CA, expired): without
    // this Qt finishes the handshake and then drops the connection silently, and the
    // workstation could only say "connection lost" instead of "certificate not accepted".
    tls.setHandshakeMustInterruptOnError(true);
    m_http.sslSetup(tls);
    // Enrolment: the workstation has no certificate yet; the one-time code is its credential.
    QSslConfiguration open = tls;
    open.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_enrol.sslSetup(open);
    routes();
    const QHostAddress addr(m_options.listen);
    m_port = m_http.listen(addr, m_options.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(m_options.listen).arg(m_options.port);
        return false;
    }
    m_enrolPort = m_enrol.listen(addr, m_options.enrolPort);
    if (m_enrolPort == 0) {
        *error = QStringLiteral("cannot listen on %1:%2 (enrolment)").arg(m_options.listen).arg(m_options.enrolPort);
        return false;
    }
    return true;
}

void CentralServer::routes()
{
    // Faults first: every route asks whether one applies to it.
    auto faulted = [this](const QHttpServerRequest &req, QHttpServerResponder &resp) {
        const QJsonObject f = takeFault(req.url().path(), false);
        if (f.isEmpty()) return false;
        if (f.contains(u"delayMs")) QThread::msleep(ulong(f.value(u"delayMs").toInt()));
        if (f.contains(u"status")) {
            reply(req, resp, problem(QStringLiteral("fault"), QStringLiteral("injected")),
                  Status(f.value(u"status").toInt()));
            return true;
        }
        if (f.value(u"abort").toBool()) {
            resp.socket()->abort();
            return true;
        }
        return false;  // a delay only
    };

    m_http.route(QStringLiteral("/v1/push"), QHttpServerRequest::Method::Post,
                 [this, faulted](const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     const QJsonObject fault = takeFault(QStringLiteral("/v1/push"), true);
                     if (faulted(req, resp)) return;
                     auto data = body(req);
                     const QJsonObject in = data ? QJsonDocument::fromJson(*data).object() : QJsonObject();
                     if (in.value(u"protocol").toInt() != sync::kProtocolVersion || !in.value(u"ops").isArray()) {
                         reply(req, resp, problem(QStringLiteral("bad_request"), QStringLiteral("not a protocol 1 push")),
                               Status::BadRequest);
                         return;
                     }
                     QString error;
                     auto results = m_store.push(workstationOf(resp), in.value(u"ops").toArray(), &error);
                     if (!results) {
                         qCWarning(lcCentral) << "push failed:" << error;
                         // A full disk (SQLite: "database or disk is full"; PostgreSQL: "No space
                         // left on device") is 507 like the blob routes, so the workstation can
                         // say what is wrong; nothing was committed either way.
                         const bool full = error.contains(u"disk is full", Qt::CaseInsensitive) ||
                                           error.contains(u"no space left", Qt::CaseInsensitive);
                         reply(req, resp, problem(full ? QStringLiteral("disk_full") : QStringLiteral("storage"), error),
                               full ? Status::InsufficientStorage : Status::ServiceUnavailable);
                         return;
                     }
                     if (fault.value(u"exit").toBool()) {
                         // Killed between the commit and the answer: the worst moment for the client.
                         std::fflush(nullptr);
                         ::_exit(3);
                     }
                     QJsonArray out;
                     for (const OpResult &r : *results) out.append(r.toJson());
                     reply(req, resp, QJsonObject{{"protocol", sync::kProtocolVersion}, {"results", out}});
                 });

    // Blobs: GET tells how much of an upload the server holds, PUT appends at an offset.
    m_http.route(QStringLiteral("/v1/blobs/<arg>"), QHttpServerRequest::Method::Get,
                 [this, faulted](const QString &sha, const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     if (faulted(req, resp)) return;
                     if (!validSha(sha)) {
                         reply(req, resp, problem(QStringLiteral("bad_hash"), QStringLiteral("not a SHA-256")), Status::BadRequest);
                         return;
                     }
                     const QDir dir(QDir(m_options.dataDir).filePath(QStringLiteral("blobs")));
                     const QFileInfo done(dir.filePath(sha));
                     const QFileInfo part(dir.filePath(QStringLiteral("partial/") + sha));
                     const auto packed = m_store.packedBlob(sha);
                     reply(req, resp, QJsonObject{{"protocol", sync::kProtocolVersion}, {"sha256", sha},
                                                  {"complete", done.exists() || packed.has_value()},
                                                  {"received", packed ? packed->second.size
                                                               : done.exists() ? done.size()
                                                               : part.exists() ? part.size() : 0}});
                 });
    m_http.route(QStringLiteral("/v1/blobs/<arg>"), QHttpServerRequest::Method::Put,
                 [this, faulted](const QString &sha, const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     if (faulted(req, resp)) return;
                     const QUrlQuery query = req.query();
                     const qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong();
                     const qint64 total = query.queryItemValue(QStringLiteral("total")).toLongLong();
                     auto data = body(req);
                     if (!validSha(sha) || !data || total <= 0 || offset < 0 || offset + data->size() > total) {
                         reply(req, resp, problem(QStringLiteral("bad_request"), QStringLiteral("bad blob upload")),
                               Status::BadRequest);
                         return;
                     }
                     QDir dir(QDir(m_options.dataDir).filePath(QStringLiteral("blobs")));
                     dir.mkpath(QStringLiteral("partial"));
                     const QString donePath = dir.filePath(sha);
                     if (QFile::exists(donePath) || m_store.packedBlob(sha)) {
                         reply(req, resp, QJsonObject{{"protocol", sync::kProtocolVersion}, {"complete", true}, {"received", total}});
                         return;
                     }
                     const QString partPath = dir.filePath(QStringLiteral("partial/") + sha);
                     QFile part(partPath);
                     if (!part.open(QIODevice::ReadWrite)) {
                         reply(req, resp, problem(QStringLiteral("storage"), part.errorString()), Status::ServiceUnavailable);
                         return;
                     }
                     if (part.size() != offset) {
                         // Resume point mismatch: the client asks again from what the server holds.
                         reply(req, resp, QJsonObject{{"protocol", sync::kProtocolVersion}, {"complete", false},
                                                      {"received", part.size()}, {"code", "offset"}},
                               Status::Conflict);
                         return;
                     }
                     part.seek(offset);
                     if (part.write(*data) != data->size() || !part.flush()) {
                         reply(req, resp, problem(QStringLiteral("disk_full"), part.errorString()), Status::InsufficientStorage);
                         part.resize(offset);
                         return;
                     }
                     ::fsync(part.handle());
                     if (takeFault(req.url().path(), true).value(u"abort").toBool()) {
                         // The chunk is stored but the answer is lost: the client must ask where to resume.
                         resp.socket()->abort();
                         return;
                     }
                     const qint64 received = part.size();
                     if (received < total) {
                         reply(req, resp, QJsonObject{{"protocol", sync::kProtocolVersion}, {"complete", false}, {"received", received}});
                         return;
                     }
                     part.seek(0);
                     core::Sha256 h;
                     const bool read = h.add(part);
                     part.close();
                     if (!read || h.resultHex() != sha) {
                         QFile::remove(partPath);
                         reply(req, resp, problem(QStringLiteral("blob_hash"), QStringLiteral("the bytes do not match their SHA-256")),
                               Status::UnprocessableEntity);
                         return;
                     }
                     QFile::rename(partPath, donePath);
                     m_store.recordBlob(sha, total);
                     reply(req, resp, QJsonObject{{"protocol", sync::kProtocolVersion}, {"complete", true}, {"received", total}});
                 });

    // Small blobs in one request (docs/sync-protocol.md, "Batch"): frames of 64 hex characters of
    // SHA-256, 8 bytes of big-endian length, the bytes. The new ones, each checked against its
    // hash, are appended to the current pack (BlobPacks: one write and one fdatasync) and
    // recorded in one transaction.
    m_http.route(QStringLiteral("/v1/blobs"), QHttpServerRequest::Method::Post,
                 [this, faulted](const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     if (faulted(req, resp)) return;
                     const QByteArray data = req.body();
                     struct Frame {
                         QString sha;
                         QByteArrayView bytes;
                     };
                     QList<Frame> frames;
                     for (qsizetype pos = 0; pos < data.size();) {
                         quint64 len = 0;
                         const QString sha = data.size() - pos >= 72 ? QString::fromLatin1(data.mid(pos, 64)) : QString();
                         if (!sha.isEmpty())
                             for (int i = 0; i < 8; ++i) len = (len << 8) | quint8(data[pos + 64 + i]);
                         pos += 72;
                         if (!validSha(sha) || pos > data.size() || len > quint64(data.size() - pos)) {
                             reply(req, resp, problem(QStringLiteral("bad_request"), QStringLiteral("bad blob batch")),
                                   Status::BadRequest);
                             return;
                         }
                         frames.append({sha, QByteArrayView(data.constData() + pos, qsizetype(len))});
                         pos += qsizetype(len);
                     }
                     QStringList names;
                     for (const Frame &f : std::as_const(frames)) names << f.sha;
                     const QSet<QString> held = m_store.heldBlobs(names);
                     QJsonArray results;
                     QList<QByteArrayView> fresh;
                     QList<CentralStore::PackedBlob> stored;
                     QSet<QString> seen;
                     for (const Frame &f : std::as_const(frames)) {
                         if (held.contains(f.sha) || seen.contains(f.sha)) {
                             results.append(QJsonObject{{"sha256", f.sha}, {"complete", true}});
                             continue;
                         }
                         if (sync::sha256Hex(f.bytes) != f.sha) {
                             results.append(QJsonObject{{"sha256", f.sha}, {"complete", false}, {"code", "blob_hash"}});
                             continue;
                         }
                         seen.insert(f.sha);
                         fresh << f.bytes;
                         stored.append({f.sha, 0, f.bytes.size()});
                         results.append(QJsonObject{{"sha256", f.sha}, {"complete", true}});
                     }
                     if (!fresh.isEmpty()) {
                         QString why;
                         const auto placed = m_packs->append(fresh, &why);
                         if (!placed) {
                             // A full (or failing) disk: nothing of the batch is kept; the client
                             // sends it again later.
                             qCWarning(lcCentral) << "cannot store a blob batch:" << why;
                             reply(req, resp, problem(QStringLiteral("disk_full"), why), Status::InsufficientStorage);
                             return;
                         }
                         for (qsizetype i = 0; i < stored.size(); ++i) stored[i].offset = placed->offsets[i];
                         if (!m_store.recordPackedBlobs(placed->pack, stored)) {
                             m_packs->undoLast();
                             reply(req, resp, problem(QStringLiteral("storage"), QStringLiteral("cannot record the blobs")),
                                   Status::ServiceUnavailable);
                             return;
                         }
                     }
                     if (takeFault(req.url().path(), true).value(u"abort").toBool()) {
                         resp.socket()->abort();
                         return;
                     }
                     reply(req, resp, QJsonObject{{"protocol", sync::kProtocolVersion}, {"results", results}});
                 });

    m_http.route(QStringLiteral("/v1/pull/<arg>"), QHttpServerRequest::Method::Get,
                 [this, faulted](const QString &stream, const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     if (faulted(req, resp)) return;
                     const QUrlQuery query = req.query();
                     const QString cursor = query.queryItemValue(QStringLiteral("cursor"));
                     const int limit = qBound(1, query.queryItemValue(QStringLiteral("limit")).toInt(), 1000);
                     if (stream == u"catalog" || stream == u"calendar" || stream == u"officers") {
                         // Served from files: the cursor is the file's hash; the same hash means nothing new.
                         QFile f(QDir(m_options.dataDir).filePath(QStringLiteral("streams/%1.json").arg(stream)));
                         const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                         const QString hash = bytes.isEmpty() ? QString() : sync::sha256Hex(bytes);
                         QJsonArray items;
                         if (!bytes.isEmpty() && hash != cursor) items.append(QJsonDocument::fromJson(bytes).object());
                         reply(req, resp, QJsonObject{{"protocol", sync::kProtocolVersion}, {"stream", stream}, {"items", items},
                                                      {"cursor", hash.isEmpty() ? cursor : hash}, {"more", false}});
                         return;
                     }
                     if (stream != u"appointments" && stream != u"case-status") {
                         reply(req, resp, problem(QStringLiteral("unknown_stream"), stream), Status::NotFound);
                         return;
                     }
                     QJsonObject o = m_store.pull(stream, cursor.toLongLong(), limit, workstationOf(resp));
                     o.insert(QStringLiteral("protocol"), sync::kProtocolVersion);
                     reply(req, resp, o);
                 });

    // The register photo and particulars of a citizen, for 刷脸办: the ID number travels in the
    // body, never in a URL that proxies and logs keep. Each person is two files named by the ID
    // number's SHA-256 (docs/sync-protocol.md): the JPEG and a JSON of particulars.
    m_http.route(QStringLiteral("/v1/register-photo"), QHttpServerRequest::Method::Post,
                 [this, faulted](const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     if (faulted(req, resp)) return;
                     auto data = body(req);
                     const QJsonObject in = data ? QJsonDocument::fromJson(*data).object() : QJsonObject();
                     const QString id = in.value(u"idNumber").toString().trimmed().toUpper();
                     if (in.value(u"protocol").toInt() != sync::kProtocolVersion || id.size() != 18) {
                         reply(req, resp, problem(QStringLiteral("bad_request"), QStringLiteral("not a protocol 1 register photo request")),
                               Status::BadRequest);
                         return;
                     }
                     const QDir dir(QDir(m_options.dataDir).filePath(QStringLiteral("register-photos")));
                     const QString key = sync::sha256Hex(id.toUtf8());
                     QFile photo(dir.filePath(key + QStringLiteral(".jpg")));
                     if (!photo.open(QIODevice::ReadOnly)) {
                         reply(req, resp, problem(QStringLiteral("no_photo"), QStringLiteral("no register photo for this ID number")),
                               Status::NotFound);
                         return;
                     }
                     QFile particulars(dir.filePath(key + QStringLiteral(".json")));
                     const QJsonObject known = particulars.open(QIODevice::ReadOnly)
                                                   ? QJsonDocument::fromJson(particulars.readAll()).object()
                                                   : QJsonObject();
                     QJsonObject out{{"protocol", sync::kProtocolVersion}};
                     for (const char *k : {"name", "nationCode", "address"})
                         out.insert(QLatin1String(k), known.value(QLatin1String(k)).toString());
                     out.insert(QStringLiteral("idNumber"), id);
                     out.insert(QStringLiteral("photo"), QString::fromLatin1(photo.readAll().toBase64()));
                     reply(req, resp, out);
                 });

    m_enrol.route(QStringLiteral("/v1/enrol"), QHttpServerRequest::Method::Post,
                  [this](const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                      auto data = body(req);
                      const QJsonObject in = data ? QJsonDocument::fromJson(*data).object() : QJsonObject();
                      const QString code = in.value(u"code").toString().trimmed().toUpper();
                      const QByteArray codeHash = QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256).toHex();
                      auto ws = m_store.useEnrolmentCode(QString::fromLatin1(codeHash),
                                                         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                      if (code.isEmpty() || !ws) {
                          reply(req, resp, problem(QStringLiteral("enrol_code"), QStringLiteral("unknown, used or expired enrolment code")),
                                Status::Forbidden);
                          return;
                      }
                      QByteArray pem;
                      QString error;
                      if (!m_pki.signRequest(in.value(u"csr").toString().toLatin1(), *ws, 365, &pem, &error)) {
                          reply(req, resp, problem(QStringLiteral("csr"), error), Status::BadRequest);
                          return;
                      }
                      QFile ca(m_pki.caCertPath());
                      ca.open(QIODevice::ReadOnly);
                      reply(req, resp, QJsonObject{{"protocol", sync::kProtocolVersion}, {"workstation", *ws},
                                                   {"certificate", QString::fromLatin1(pem)},
                                                   {"ca", QString::fromLatin1(ca.readAll())}});
                  });
}

} // namespace ow::central
