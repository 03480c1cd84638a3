#pragma once
// The HTTP side of onewindow-central (docs/sync-protocol.md): a mutual-TLS listener for
// workstations (push, blobs, pull, register photo) and a TLS listener without client
// certificates that serves only enrolment.

#include "BlobPacks.h"
#include "CentralStore.h"
#include "Pki.h"

#include <QHttpServer>
#include <QJsonObject>
#include <QString>

#include <memory>

class QHttpServerResponder;

namespace ow::central {

struct ServerOptions {
    QString dataDir;
    QString listen = QStringLiteral("127.0.0.1");
    quint16 port = 0;       // 0: any free port
    quint16 enrolPort = 0;  // 0: any free port
    // Tests only: a JSON file of faults to inject (see CentralServer.cpp, Faults).
    QString faultsFile;
};

class CentralServer {
public:
    CentralServer(CentralStore &store, ServerOptions options);
    ~CentralServer();

    // Loads the certificates and listens on both ports; false with `error` when it cannot.
    bool start(QString *error);
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] quint16 enrolPort() const { return m_enrolPort; }

private:
    void routes();
    // The fault rule that applies to `path` now (atCommit: the afterWrite rules), counted down.
    QJsonObject takeFault(const QString &path, bool atCommit);

    CentralStore &m_store;
    ServerOptions m_options;
    Pki m_pki;
    std::unique_ptr<BlobPacks> m_packs;
    QHttpServer m_http;
    QHttpServer m_enrol;
    quint16 m_port = 0;
    quint16 m_enrolPort = 0;
};

} // namespace ow::central
