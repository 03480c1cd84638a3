#include "Pki.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace ow::central {
namespace {

template <typename T, void (*F)(T *)>
struct Free {
    void operator()(T *p) const { F(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Free<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Free<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Free<BIO, BIO_free_all>>;

QString sslError(const char *what)
{
    const unsigned long e = ERR_get_error();
    char buf[256] = {};
    ERR_error_string_n(e, buf, sizeof buf);
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(what), QString::fromLatin1(buf));
}

Key newKey() { return Key(EVP_EC_gen("P-256")); }

QByteArray keyPem(EVP_PKEY *k)
{
    Bio b(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(b.get(), k, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long n = BIO_get_mem_data(b.get(), &data);
    return QByteArray(data, n);
}

QByteArray certPem(X509 *c)
{
    Bio b(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(b.get(), c);
    char *data = nullptr;
    const long n = BIO_get_mem_data(b.get(), &data);
    return QByteArray(data, n);
}

bool addExt(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext) return false;
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
    return true;
}

// One certificate for `pub`, signed by `issuerKey` (self-signed when `issuer` is null).
Cert makeCert(const QString &cn, EVP_PKEY *pub, X509 *issuer, EVP_PKEY *issuerKey, long fromSecs, long lengthSecs,
              const QByteArray &kind, const QStringList &hosts)
{
    Cert c(X509_new());
    X509_set_version(c.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7F;  // positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(c.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(c.get()), fromSecs);
    X509_gmtime_adj(X509_getm_notAfter(c.get()), fromSecs + lengthSecs);
    X509_set_pubkey(c.get(), pub);
    X509_NAME *name = X509_get_subject_name(c.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("OneWindow deployment"), -1, -1, 0);
    const QByteArray cnUtf8 = cn.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cnUtf8.constData()), -1, -1, 0);
    X509_set_issuer_name(c.get(), issuer ? X509_get_subject_name(issuer) : name);
    bool ok = true;
    if (kind == "ca") {
        ok = addExt(c.get(), issuer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") &&
             addExt(c.get(), issuer, NID_key_usage, "critical,keyCertSign,cRLSign") &&
             addExt(c.get(), issuer, NID_subject_key_identifier, "hash");
    } else {
        ok = addExt(c.get(), issuer, NID_basic_constraints, "critical,CA:FALSE") &&
             addExt(c.get(), issuer, NID_key_usage, "critical,digitalSignature,keyAgreement") &&
             addExt(c.get(), issuer, NID_ext_key_usage, kind == "server" ? "serverAuth" : "clientAuth") &&
             addExt(c.get(), issuer, NID_authority_key_identifier, "keyid:always");
        if (ok && !hosts.isEmpty()) {
            QStringList san;
            for (const QString &h : hosts)
                san << (h.front().isDigit() || h.contains(u':') ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + h;
            ok = addExt(c.get(), issuer, NID_subject_alt_name, san.join(u',').toLatin1());
        }
    }
    if (!ok || X509_sign(c.get(), issuerKey, EVP_sha256()) == 0) return nullptr;
    return c;
}

bool writeFile(const QString &path, const QByteArray &data, bool secret, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error) *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    if (secret) f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(data);
    if (!f.commit()) {
        if (error) *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Cert loadCert(const QByteArray &pem)
{
    Bio b(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Cert(PEM_read_bio_X509(b.get(), nullptr, nullptr, nullptr));
}

Key loadKey(const QByteArray &pem)
{
    Bio b(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Key(PEM_read_bio_PrivateKey(b.get(), nullptr, nullptr, nullptr));
}

constexpr long kDay = 24 * 3600;

} // namespace

QString Pki::caCertPath() const { return QDir(m_dir).filePath(QStringLiteral("ca.pem")); }
QString Pki::serverCertPath() const { return QDir(m_dir).filePath(QStringLiteral("server.pem")); }
QString Pki::serverKeyPath() const { return QDir(m_dir).filePath(QStringLiteral("server.key")); }
bool Pki::exists() const { return QFile::exists(caCertPath()) && QFile::exists(serverCertPath()); }

bool Pki::init(const QStringList &hosts, int days, QString *error)
{
    QDir().mkpath(m_dir);
    Key caKey = newKey();
    Key serverKey = newKey();
    if (!caKey || !serverKey) {
        if (error) *error = sslError("key generation");
        return false;
    }
    Cert ca = makeCert(QStringLiteral("OneWindow deployment CA"), caKey.get(), nullptr, caKey.get(), -kDay,
                       long(days) * kDay, "ca", {});
    if (!ca) {
        if (error) *error = sslError("CA certificate");
        return false;
    }
    Cert server = makeCert(hosts.value(0, QStringLiteral("localhost")), serverKey.get(), ca.get(), caKey.get(), -kDay,
                           long(days) * kDay, "server", hosts);
    if (!server) {
        if (error) *error = sslError("server certificate");
        return false;
    }
    return writeFile(QDir(m_dir).filePath(QStringLiteral("ca.key")), keyPem(caKey.get()), true, error) &&
           writeFile(caCertPath(), certPem(ca.get()), false, error) &&
           writeFile(serverKeyPath(), keyPem(serverKey.get()), true, error) &&
           writeFile(serverCertPath(), certPem(server.get()), false, error);
}

bool Pki::issueClient(const QString &workstation, int fromDays, int days, IssuedCert *out, QString *error)
{
    Cert ca = loadCert(readFile(caCertPath()));
    Key caKey = loadKey(readFile(QDir(m_dir).filePath(QStringLiteral("ca.key"))));
    if (!ca || !caKey) {
        if (error) *error = QStringLiteral("no CA in %1: run `onewindow-central admin init` first").arg(m_dir);
        return false;
    }
    Key key = newKey();
    Cert c = makeCert(workstation, key.get(), ca.get(), caKey.get(), long(fromDays) * kDay, long(days) * kDay, "client", {});
    if (!c) {
        if (error) *error = sslError("client certificate");
        return false;
    }
    out->certPem = certPem(c.get());
    out->keyPem = keyPem(key.get());
    return true;
}

bool Pki::signRequest(const QByteArray &csrPem, const QString &workstation, int days, QByteArray *pem, QString *error)
{
    Cert ca = loadCert(readFile(caCertPath()));
    Key caKey = loadKey(readFile(QDir(m_dir).filePath(QStringLiteral("ca.key"))));
    Bio b(BIO_new_mem_buf(csrPem.constData(), int(csrPem.size())));
    X509_REQ *req = PEM_read_bio_X509_REQ(b.get(), nullptr, nullptr, nullptr);
    if (!ca || !caKey || !req) {
        if (req) X509_REQ_free(req);
        if (error) *error = !req ? QStringLiteral("the certificate request is not a PEM CSR") : QStringLiteral("no CA");
        return false;
    }
    EVP_PKEY *pub = X509_REQ_get0_pubkey(req);
    const bool selfSigned = pub && X509_REQ_verify(req, pub) == 1;
    Cert c = selfSigned ? makeCert(workstation, pub, ca.get(), caKey.get(), -3600, long(days) * kDay, "client", {}) : nullptr;
    X509_REQ_free(req);
    if (!c) {
        if (error) *error = selfSigned ? sslError("client certificate") : QStringLiteral("the request's signature is wrong");
        return false;
    }
    *pem = certPem(c.get());
    return true;
}

} // namespace ow::central
