#include "sync/Enrolment.h"

#include "sync/Transport.h"
#include "sync/Wire.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace ow::sync {
namespace {

QByteArray bioText(BIO *b)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(b, &data);
    return QByteArray(data, int(n));
}

// A new P-256 key and a certificate request signed with it; the subject is left to the server.
bool makeRequest(QByteArray *keyPem, QByteArray *csrPem)
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    X509_REQ *req = X509_REQ_new();
    bool ok = key && req && X509_REQ_set_version(req, 0) && X509_REQ_set_pubkey(req, key) &&
              X509_REQ_sign(req, key, EVP_sha256()) > 0;
    if (ok) {
        BIO *k = BIO_new(BIO_s_mem());
        BIO *r = BIO_new(BIO_s_mem());
        ok = PEM_write_bio_PrivateKey(k, key, nullptr, nullptr, 0, nullptr, nullptr) && PEM_write_bio_X509_REQ(r, req);
        *keyPem = bioText(k);
        *csrPem = bioText(r);
        BIO_free(k);
        BIO_free(r);
    }
    X509_REQ_free(req);
    EVP_PKEY_free(key);
    return ok;
}

bool writeFile(const QString &path, const QByteArray &data, bool secret)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return false;
    if (secret) f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(data);
    return f.commit();
}

} // namespace

core::Result<Enrolled> enrolWorkstation(const QString &enrolUrl, const QString &caFile, const QString &code,
                                        const QString &dir, const SyncSettings &timeouts)
{
    SyncSettings s = timeouts;
    s.server = enrolUrl.trimmed();
    while (s.server.endsWith(u'/')) s.server.chop(1);
    s.caFile = caFile;
    s.certFile.clear();  // no certificate yet: the code is the credential
    s.keyFile.clear();
    QByteArray keyPem, csrPem;
    if (!makeRequest(&keyPem, &csrPem))
        return core::makeError(QStringLiteral("sync.enrol_key"),
                               QCoreApplication::translate("ow::sync", "This workstation could not make its key."));
    Transport transport(s);
    const QJsonObject body{{"protocol", kProtocolVersion}, {"code", code.trimmed()}, {"csr", QString::fromLatin1(csrPem)}};
    const HttpReply r = transport.perform(
        HttpRequest{"POST", QStringLiteral("/v1/enrol"), QJsonDocument(body).toJson(QJsonDocument::Compact), true});
    if (r.answered() && r.status == 403)
        return core::makeError(QStringLiteral("sync.enrol_code"),
                               QCoreApplication::translate("ow::sync", "The enrolment code is unknown, already used or "
                                                                       "expired. Ask the administrator for a new one."));
    if (!r.answered() || r.status != 200) return Transport::describe(r);
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    Enrolled e;
    e.workstation = o.value(u"workstation").toString();
    QDir().mkpath(dir);
    e.certFile = QDir(dir).filePath(QStringLiteral("client.pem"));
    e.keyFile = QDir(dir).filePath(QStringLiteral("client.key"));
    e.caFile = QDir(dir).filePath(QStringLiteral("ca.pem"));
    const QByteArray cert = o.value(u"certificate").toString().toLatin1();
    const QByteArray ca = o.value(u"ca").toString().toLatin1();
    if (!cert.startsWith("-----BEGIN CERTIFICATE-----") || !ca.startsWith("-----BEGIN CERTIFICATE-----"))
        return core::makeError(QStringLiteral("sync.bad_answer"),
                               QCoreApplication::translate("ow::sync",
                                                           "The central service gave an answer this workstation does not understand."),
                               QString::fromUtf8(r.body.left(200)));
    if (!writeFile(e.keyFile, keyPem, true) || !writeFile(e.certFile, cert, false) || !writeFile(e.caFile, ca, false))
        return core::makeError(QStringLiteral("sync.enrol_write"),
                               QCoreApplication::translate("ow::sync", "The workstation's certificate could not be saved in %1.")
                                   .arg(dir));
    return e;
}

} // namespace ow::sync
