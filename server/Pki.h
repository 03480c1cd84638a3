#pragma once
// The deployment's certificates, through OpenSSL's C API: a throw-away CA for development and
// tests, the server's certificate, and workstation (client) certificates, issued directly by the
// admin CLI or in exchange for a one-time enrolment code (a CSR signed by the CA). Keys are
// ECDSA P-256.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ow::central {

struct IssuedCert {
    QByteArray certPem;
    QByteArray keyPem;  // empty when the caller holds the key (a CSR was signed)
};

class Pki {
public:
    // `dir` holds ca.pem, ca.key, server.pem, server.key.
    explicit Pki(QString dir) : m_dir(std::move(dir)) {}

    [[nodiscard]] QString caCertPath() const;
    [[nodiscard]] QString serverCertPath() const;
    [[nodiscard]] QString serverKeyPath() const;
    [[nodiscard]] bool exists() const;

    // A new CA and a server certificate for `hosts` (DNS names or IP addresses), valid from
    // yesterday for `days`. Overwrites what is there.
    bool init(const QStringList &hosts, int days, QString *error);
    // A client certificate for `workstation` (its common name) with a new key. `fromDays` is the
    // start of validity relative to now (negative: in the past), `days` its length: an expired
    // certificate for tests is fromDays -10, days 5.
    bool issueClient(const QString &workstation, int fromDays, int days, IssuedCert *out, QString *error);
    // Signs a PEM certificate request, its subject replaced by `workstation`.
    bool signRequest(const QByteArray &csrPem, const QString &workstation, int days, QByteArray *certPem,
                     QString *error);

private:
    QString m_dir;
};

} // namespace ow::central
