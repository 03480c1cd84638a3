#pragma once
// HTTPS to the central service through libcurl's multi interface: several requests run at once
// on the calling thread (the sync worker, never the GUI thread), over connections kept open
// between calls. TLS 1.2 or newer, the server verified against the deployment CA only, this
// workstation's client certificate, gzip both ways, connect and transfer timeouts.

#include "core/Result.h"
#include "sync/SyncSettings.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>

namespace ow::sync {

struct HttpRequest {
    QByteArray method = "GET";  // GET, POST, PUT
    QString path;               // after the server URL, e.g. /v1/push
    QByteArray body;
    bool gzipBody = false;      // send the body gzipped (JSON; not for blob bytes)
    bool bodyGzipped = false;   // the body is gzip already (compressed off the sending thread)
};

struct HttpReply {
    long status = 0;      // HTTP status; 0 when no answer came
    QByteArray body;      // inflated
    int curlCode = 0;     // CURLcode
    QString curlMessage;  // libcurl's error buffer
    qint64 bytesSent = 0;      // HTTP headers and body as sent, and TLS handshake messages
    qint64 bytesReceived = 0;  // the same, received

    [[nodiscard]] bool answered() const { return curlCode == 0 && status != 0; }
};

class Transport {
public:
    explicit Transport(SyncSettings settings);
    ~Transport();
    Transport(const Transport &) = delete;
    Transport &operator=(const Transport &) = delete;

    // Checks what can be checked before connecting: settings, files, the client certificate's
    // validity dates. An error here says why nothing was tried.
    [[nodiscard]] core::Status preflight() const;
    // Runs the requests at once and waits for all; one reply per request, in order.
    QList<HttpReply> perform(const QList<HttpRequest> &requests);
    HttpReply perform(const HttpRequest &request) { return perform(QList<HttpRequest>{request}).value(0); }

    // Why a request failed, in the officer's words (code sync.*); for a reply that is not 2xx.
    [[nodiscard]] static core::Error describe(const HttpReply &reply);
    // A flag another thread sets to stop: running requests end within a fraction of a second
    // (curl code CURLE_ABORTED_BY_CALLBACK, described as sync.cancelled) and no new ones start.
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }
    // For tests: skip preflight's certificate date check, to see what the server itself says.
    void setCheckCertificateDates(bool check) { m_checkDates = check; }

private:
    struct Handle;
    SyncSettings m_settings;
    void *m_multi = nullptr;  // CURLM
    QList<Handle *> m_idle;   // easy handles kept for reuse (their TLS sessions and connections)
    bool m_checkDates = true;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace ow::sync
