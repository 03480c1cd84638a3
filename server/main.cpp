// onewindow-central: the reference central service (docs/sync-protocol.md).
//   onewindow-central serve --data DIR [--db URL] [--listen ADDR] [--port N] [--enrol-port N]
//                           [--port-file FILE] [--faults FILE]
//   onewindow-central admin init --data DIR [--host NAME]...     throw-away CA + server certificate
//   onewindow-central admin issue-cert --data DIR --workstation W --out DIR [--valid-from DAYS] [--days N]
//   onewindow-central admin enrol --data DIR --workstation W     one-time enrolment code (24 h)
//   onewindow-central admin appointment-add --data DIR --json '{...}'
//   onewindow-central admin case-status --data DIR --case NUMBER --status KEY
//   onewindow-central admin register-photo-add --data DIR --id NUMBER --photo FILE.jpg
//                                              [--name NAME] [--nation CODE] [--address TEXT]
//   onewindow-central admin count|cases|notifications|hashes|blobs --data DIR
// Results are JSON on stdout, messages on stderr; exit 0 success, 1 failure, 2 usage.

#include "BlobPacks.h"
#include "CentralServer.h"
#include "CentralStore.h"
#include "Pki.h"

#include "core/IdNumber.h"
#include "sync/Wire.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTextStream>

#include <csignal>

namespace {

using namespace ow::central;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void print(const QJsonObject &o) { out() << QJsonDocument(o).toJson(QJsonDocument::Indented) << Qt::flush; }

int fail(const QString &message)
{
    print(QJsonObject{{"ok", false}, {"error", message}});
    err() << message << "\n" << Qt::flush;
    return 1;
}

bool writeFile(const QString &path, const QByteArray &data, bool secret)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return false;
    if (secret) f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(data);
    return f.commit();
}

// A code an officer can read out and type: 12 characters without look-alikes, in groups of four.
QString enrolmentCode()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i && i % 4 == 0) code += QLatin1Char('-');
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    }
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-central"));
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve or admin ..."));
    p.addOptions({{"data", "data folder (certificates, blobs, streams, SQLite database)", "DIR"},
                  {"db", "database: a SQLite file (default DIR/central.sqlite) or postgres://user@host:port/db", "URL"},
                  {"listen", "address to listen on", "ADDR", "127.0.0.1"},
                  {"port", "workstation port (mutual TLS); 0 any free port", "N", "8443"},
                  {"enrol-port", "enrolment port (TLS without client certificate); 0 any free port", "N", "8444"},
                  {"port-file", "write the ports chosen as JSON to this file", "FILE"},
                  {"faults", "tests only: JSON file of faults to inject", "FILE"},
                  {"host", "server certificate name (admin init; repeatable)", "NAME"},
                  {"workstation", "workstation name (admin issue-cert, enrol)", "NAME"},
                  {"out", "folder for the issued certificate and key", "DIR"},
                  {"valid-from", "days from now when the certificate becomes valid (negative: past)", "DAYS", "-1"},
                  {"days", "days of validity", "N", "365"},
                  {"json", "appointment as JSON (admin appointment-add)", "JSON"},
                  {"case", "case number (admin case-status)", "NUMBER"},
                  {"status", "status key (admin case-status)", "KEY"},
                  {"limit", "rows listed at most", "N", "1000"},
                  {"id", "ID number (admin register-photo-add)", "NUMBER"},
                  {"photo", "register photo, a JPEG file (admin register-photo-add)", "FILE"},
                  {"name", "name (admin register-photo-add)", "NAME"},
                  {"nation", "nation code 01..56, 97, 98 (admin register-photo-add)", "CODE"},
                  {"address", "address (admin register-photo-add)", "TEXT"}});
    p.addHelpOption();
    p.process(app);
    const QStringList words = p.positionalArguments();
    if (words.isEmpty() || !p.isSet(QStringLiteral("data"))) {
        err() << p.helpText();
        return 2;
    }
    const QString dataDir = QDir(p.value(QStringLiteral("data"))).absolutePath();
    QDir().mkpath(dataDir);
    const QString dbUrl = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db"))
                                                        : QDir(dataDir).filePath(QStringLiteral("central.sqlite"));
    Pki pki(QDir(dataDir).filePath(QStringLiteral("pki")));
    const QString cmd = words.value(0) == u"admin" ? words.value(1) : words.value(0);

    if (cmd == u"init") {
        QStringList hosts = p.values(QStringLiteral("host"));
        if (hosts.isEmpty()) hosts = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")};
        QString error;
        if (!pki.init(hosts, p.value(QStringLiteral("days")).toInt(), &error)) return fail(error);
        print(QJsonObject{{"ok", true}, {"ca", pki.caCertPath()}, {"serverCertificate", pki.serverCertPath()}});
        return 0;
    }
    if (cmd == u"issue-cert") {
        const QString ws = p.value(QStringLiteral("workstation"));
        const QString outDir = p.value(QStringLiteral("out"));
        if (ws.isEmpty() || outDir.isEmpty()) return 2;
        IssuedCert c;
        QString error;
        if (!pki.issueClient(ws, p.value(QStringLiteral("valid-from")).toInt(), p.value(QStringLiteral("days")).toInt(), &c, &error))
            return fail(error);
        QDir().mkpath(outDir);
        QFile ca(pki.caCertPath());
        ca.open(QIODevice::ReadOnly);
        const QDir o(outDir);
        if (!writeFile(o.filePath(QStringLiteral("client.pem")), c.certPem, false) ||
            !writeFile(o.filePath(QStringLiteral("client.key")), c.keyPem, true) ||
            !writeFile(o.filePath(QStringLiteral("ca.pem")), ca.readAll(), false))
            return fail(QStringLiteral("cannot write to %1").arg(outDir));
        print(QJsonObject{{"ok", true}, {"workstation", ws}, {"certificate", o.filePath(QStringLiteral("client.pem"))},
                          {"key", o.filePath(QStringLiteral("client.key"))}, {"ca", o.filePath(QStringLiteral("ca.pem"))}});
        return 0;
    }

    if (cmd == u"register-photo-add") {
        // The register behind 刷脸办: <data>/register-photos/<sha256(id)>.jpg and .json, so the
        // folder's listing names nobody.
        const QString id = ow::core::IdNumber::normalize(p.value(QStringLiteral("id")));
        const QString photoPath = p.value(QStringLiteral("photo"));
        if (id.isEmpty() || photoPath.isEmpty()) {
            err() << "register-photo-add needs --id and --photo\n" << Qt::flush;
            return 2;
        }
        if (auto parsed = ow::core::IdNumber::parse(id, QDate::currentDate()); !parsed)
            return fail(QStringLiteral("not a valid ID number: %1").arg(parsed.error().detail));
        QFile photo(photoPath);
        if (!photo.open(QIODevice::ReadOnly)) return fail(QStringLiteral("cannot read %1").arg(photoPath));
        const QByteArray jpeg = photo.readAll();
        if (!jpeg.startsWith("\xFF\xD8\xFF")) return fail(QStringLiteral("%1 is not a JPEG file").arg(photoPath));
        const QDir dir(QDir(dataDir).filePath(QStringLiteral("register-photos")));
        QDir().mkpath(dir.path());
        const QString key = ow::sync::sha256Hex(id.toUtf8());
        const QJsonObject particulars{{"name", p.value(QStringLiteral("name"))},
                                      {"nationCode", p.value(QStringLiteral("nation"))},
                                      {"address", p.value(QStringLiteral("address"))}};
        if (!writeFile(dir.filePath(key + QStringLiteral(".json")), QJsonDocument(particulars).toJson(QJsonDocument::Compact), true) ||
            !writeFile(dir.filePath(key + QStringLiteral(".jpg")), jpeg, true))
            return fail(QStringLiteral("cannot write to %1").arg(dir.path()));
        print(QJsonObject{{"ok", true}, {"idNumber", ow::core::IdNumber::mask(id)}, {"bytes", jpeg.size()}});
        return 0;
    }

    QString error;
    auto store = CentralStore::open(dbUrl, &error);
    if (!store) return fail(QStringLiteral("cannot open the database %1: %2").arg(dbUrl, error));

    if (cmd == u"serve") {
        ServerOptions o;
        o.dataDir = dataDir;
        o.listen = p.value(QStringLiteral("listen"));
        o.port = quint16(p.value(QStringLiteral("port")).toUInt());
        o.enrolPort = quint16(p.value(QStringLiteral("enrol-port")).toUInt());
        o.faultsFile = p.value(QStringLiteral("faults"));
        CentralServer server(*store, o);
        if (!server.start(&error)) return fail(error);
        const QJsonObject ports{{"port", server.port()}, {"enrolPort", server.enrolPort()}, {"pid", QCoreApplication::applicationPid()}};
        if (p.isSet(QStringLiteral("port-file")))
            writeFile(p.value(QStringLiteral("port-file")), QJsonDocument(ports).toJson(QJsonDocument::Compact), false);
        err() << "onewindow-central listening on " << o.listen << ":" << server.port() << " (enrolment " << server.enrolPort()
              << "), database " << (store->dialect() == CentralStore::Dialect::Postgres ? "PostgreSQL" : dbUrl) << "\n"
              << Qt::flush;
        std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
        std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
        return app.exec();
    }
    if (cmd == u"enrol") {
        const QString ws = p.value(QStringLiteral("workstation"));
        if (ws.isEmpty()) return 2;
        const QString code = enrolmentCode();
        const QString expires = QDateTime::currentDateTimeUtc().addSecs(24 * 3600).toString(Qt::ISODateWithMs);
        if (!store->addEnrolmentCode(QString::fromLatin1(QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256).toHex()),
                                     ws, expires))
            return fail(QStringLiteral("cannot store the code"));
        print(QJsonObject{{"ok", true}, {"workstation", ws}, {"code", code}, {"expiresAt", expires}});
        return 0;
    }
    if (cmd == u"appointment-add") {
        const QJsonObject a = QJsonDocument::fromJson(p.value(QStringLiteral("json")).toUtf8()).object();
        if (a.isEmpty()) return 2;
        if (!store->addAppointment(a, &error)) return fail(error);
        print(QJsonObject{{"ok", true}});
        return 0;
    }
    if (cmd == u"case-status") {
        auto r = store->moveCaseStatus(p.value(QStringLiteral("case")).trimmed().toUpper(), p.value(QStringLiteral("status")), &error);
        if (!r) return fail(error);
        print(QJsonObject{{"ok", true}, {"version", r->serverVersion}, {"status", r->serverStatus}});
        return 0;
    }
    const int limit = p.value(QStringLiteral("limit")).toInt();
    if (cmd == u"count") {
        print(store->counts());
        return 0;
    }
    if (cmd == u"cases") {
        print(QJsonObject{{"cases", store->listCases(limit)}});
        return 0;
    }
    if (cmd == u"notifications") {
        print(QJsonObject{{"notifications", store->listNotifications(limit)}});
        return 0;
    }
    if (cmd == u"hashes") {
        print(store->caseHashes());
        return 0;
    }
    if (cmd == u"blobs") {
        // Every blob read back from its pack or file and hashed again: what is held is what was sent.
        QStringList packs;
        const auto all = store->allBlobs(&packs);
        const BlobPacks reader(QDir(dataDir).filePath(QStringLiteral("blobs/packs")));
        QJsonArray held, bad;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const auto &[sha, b] = all[i];
            std::optional<QByteArray> bytes;
            if (!packs[i].isEmpty()) {
                bytes = reader.read(packs[i], b.offset, b.size);
            } else {
                QFile f(QDir(dataDir).filePath(QStringLiteral("blobs/") + sha));
                if (f.open(QIODevice::ReadOnly)) bytes = f.readAll();
            }
            (bytes && bytes->size() == b.size && ow::sync::sha256Hex(*bytes) == sha ? held : bad).append(sha);
        }
        print(QJsonObject{{"ok", bad.isEmpty()}, {"count", held.size()}, {"held", held}, {"bad", bad}});
        return bad.isEmpty() ? 0 : 1;
    }
    err() << "unknown command " << words.join(u' ') << "\n" << p.helpText();
    return 2;
}
