#include "sync/Transport.h"

#include "sync/Logging.h"
#include "sync/Wire.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSslCertificate>

#include <curl/curl.h>

#include <mutex>

namespace ow::sync {
namespace {


size_t collect(char *data, size_t size, size_t n, void *user)
{
    static_cast<QByteArray *>(user)->append(data, qsizetype(size * n));
    return size * n;
}

// Counts what goes over the connection: HTTP headers and bodies as sent and received (gzipped
// bodies compressed) and the TLS handshake messages; TLS record framing is not counted.
int countWire(CURL *, curl_infotype type, char *, size_t size, void *user)
{
    auto *bytes = static_cast<qint64 *>(user);
    if (type == CURLINFO_HEADER_OUT || type == CURLINFO_DATA_OUT || type == CURLINFO_SSL_DATA_OUT)
        bytes[0] += qint64(size);
    else if (type == CURLINFO_HEADER_IN || type == CURLINFO_DATA_IN || type == CURLINFO_SSL_DATA_IN)
        bytes[1] += qint64(size);
    return 0;
}

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

struct Transport::Handle {
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    QByteArray body;  // kept alive while the transfer runs (CURLOPT_POSTFIELDS does not copy)
    QByteArray url;
    QByteArray response;
    char error[CURL_ERROR_SIZE] = {};
    qint64 wire[2] = {0, 0};  // TLS bytes out, in
    int index = 0;
};

Transport::Transport(SyncSettings settings) : m_settings(std::move(settings))
{
    globalInit();
    m_multi = curl_multi_init();
    // Requests to the one server share connections instead of opening one each.
    curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, long(qMax(1, m_settings.parallelUploads)));
}

Transport::~Transport()
{
    for (Handle *h : m_idle) {
        curl_easy_cleanup(h->easy);
        delete h;
    }
    curl_multi_cleanup(static_cast<CURLM *>(m_multi));
}

core::Status Transport::preflight() const
{
    if (!m_settings.configured())
        return core::makeError(QStringLiteral("sync.not_configured"),
                               QCoreApplication::translate("ow::sync", "Sync is not set up on this workstation: there is no central service address."));
    if (!m_settings.server.startsWith(u"https://"))
        return core::makeError(QStringLiteral("sync.not_configured"),
                               QCoreApplication::translate("ow::sync", "The central service address must start with https://."), m_settings.server);
    for (const QString &f : {m_settings.caFile, m_settings.certFile, m_settings.keyFile})
        if (f.isEmpty() || !QFileInfo(f).isReadable())
            return core::makeError(QStringLiteral("sync.not_enrolled"),
                                   QCoreApplication::translate("ow::sync", "This workstation is not enrolled: its certificate files are missing. Ask the "
                                      "administrator for an enrolment code."),
                                   f);
    if (m_checkDates) {
        const auto certs = QSslCertificate::fromPath(m_settings.certFile);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (certs.isEmpty())
            return core::makeError(QStringLiteral("sync.client_certificate"),
                                   QCoreApplication::translate("ow::sync", "This workstation's certificate cannot be read. Enrol the workstation again."),
                                   m_settings.certFile);
        if (certs.first().expiryDate() < now)
            return core::makeError(QStringLiteral("sync.certificate_expired"),
                                   QCoreApplication::translate("ow::sync", "This workstation's certificate expired on %1. Ask the administrator for a new "
                                      "enrolment code.")
                                       .arg(certs.first().expiryDate().toLocalTime().toString(Qt::ISODate)),
                                   m_settings.certFile);
        if (certs.first().effectiveDate() > now)
            return core::makeError(QStringLiteral("sync.clock"),
                                   QCoreApplication::translate("ow::sync", "This workstation's certificate is valid only from %1: check the computer's date "
                                      "and time.")
                                       .arg(certs.first().effectiveDate().toLocalTime().toString(Qt::ISODate)),
                                   m_settings.certFile);
    }
    return {};
}

QList<HttpReply> Transport::perform(const QList<HttpRequest> &requests)
{
    auto *multi = static_cast<CURLM *>(m_multi);
    QList<HttpReply> replies(requests.size());
    QList<Handle *> running;
    for (int i = 0; i < requests.size(); ++i) {
        const HttpRequest &r = requests[i];
        Handle *h = m_idle.isEmpty() ? new Handle : m_idle.takeLast();
        if (!h->easy) h->easy = curl_easy_init();
        CURL *e = h->easy;
        curl_easy_reset(e);  // keeps the connection and TLS session caches, clears the options
        h->index = i;
        h->response.clear();
        h->error[0] = 0;
        h->wire[0] = h->wire[1] = 0;
        h->url = (m_settings.server + r.path).toUtf8();
        h->body = r.gzipBody && !r.bodyGzipped ? gzip(r.body) : r.body;
        curl_easy_setopt(e, CURLOPT_URL, h->url.constData());
        curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "https");
        curl_easy_setopt(e, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
        // The deployment CA is the only one trusted: a server with any other certificate,
        // however valid on the Internet, is refused.
        curl_easy_setopt(e, CURLOPT_CAINFO, m_settings.caFile.toLocal8Bit().constData());
        curl_easy_setopt(e, CURLOPT_CAPATH, nullptr);
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
        if (!m_settings.certFile.isEmpty()) {  // none only for enrolment
            curl_easy_setopt(e, CURLOPT_SSLCERT, m_settings.certFile.toLocal8Bit().constData());
            curl_easy_setopt(e, CURLOPT_SSLKEY, m_settings.keyFile.toLocal8Bit().constData());
        }
        curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(m_settings.connectTimeoutMs));
        // A large body may take longer than the answer timeout on a slow mobile link: it gets one
        // second more per 64 KB it carries, and a stall (under 1 KB/s for the timeout) still ends it.
        const qint64 allowance = h->body.size() > 1024 * 1024 ? h->body.size() / 64 : 0;
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(m_settings.timeoutMs + allowance));
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, 1024L);
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, long(qMax(1, m_settings.timeoutMs / 1000)));
        curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "gzip");
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &collect);
        curl_easy_setopt(e, CURLOPT_WRITEDATA, &h->response);
        curl_easy_setopt(e, CURLOPT_ERRORBUFFER, h->error);
        // Verbose only to get the debug callback, which counts the bytes on the wire; it logs nothing.
        curl_easy_setopt(e, CURLOPT_DEBUGFUNCTION, &countWire);
        curl_easy_setopt(e, CURLOPT_DEBUGDATA, h->wire);
        curl_easy_setopt(e, CURLOPT_VERBOSE, 1L);
        if (h->headers) curl_slist_free_all(h->headers);
        h->headers = nullptr;
        // No "Expect: 100-continue": the body goes at once (Qt HttpServer does not answer it).
        h->headers = curl_slist_append(h->headers, "Expect:");
        h->headers = curl_slist_append(h->headers, r.method == "PUT" ? "Content-Type: application/octet-stream"
                                                                       : "Content-Type: application/json");
        if (r.gzipBody || r.bodyGzipped) h->headers = curl_slist_append(h->headers, "Content-Encoding: gzip");
        curl_easy_setopt(e, CURLOPT_HTTPHEADER, h->headers);
        if (r.method == "GET") {
            curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
        } else {
            curl_easy_setopt(e, CURLOPT_POST, 1L);
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, h->body.constData());
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(h->body.size()));
            if (r.method != "POST") curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, r.method.constData());
        }
        curl_multi_add_handle(multi, e);
        running << h;
    }

    int stillRunning = 0;
    bool cancelled = false;
    do {
        if (m_cancel && m_cancel->load()) {
            cancelled = true;
            break;
        }
        if (curl_multi_perform(multi, &stillRunning) != CURLM_OK) break;
        if (stillRunning) curl_multi_poll(multi, nullptr, 0, 200, nullptr);
    } while (stillRunning);
    if (cancelled) {
        for (Handle *h : running) {
            HttpReply &reply = replies[h->index];
            reply.curlCode = int(CURLE_ABORTED_BY_CALLBACK);
            reply.curlMessage = QStringLiteral("cancelled");
            curl_multi_remove_handle(multi, h->easy);
            m_idle << h;
        }
        return replies;
    }

    int left = 0;
    while (CURLMsg *m = curl_multi_info_read(multi, &left)) {
        if (m->msg != CURLMSG_DONE) continue;
        for (Handle *h : running) {
            if (h->easy != m->easy_handle) continue;
            HttpReply &reply = replies[h->index];
            reply.curlCode = int(m->data.result);
            reply.curlMessage = QString::fromUtf8(h->error[0] ? h->error : curl_easy_strerror(m->data.result));
            long status = 0;
            curl_easy_getinfo(h->easy, CURLINFO_RESPONSE_CODE, &status);
            reply.status = m->data.result == CURLE_OK ? status : 0;
            reply.bytesSent = h->wire[0];
            reply.bytesReceived = h->wire[1];
            reply.body = h->response;
        }
    }
    for (Handle *h : running) {
        curl_multi_remove_handle(multi, h->easy);
        m_idle << h;
    }
    return replies;
}

core::Error Transport::describe(const HttpReply &r)
{
    const QString detail = r.curlCode ? QStringLiteral("curl %1: %2").arg(r.curlCode).arg(r.curlMessage)
                                      : QStringLiteral("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(300)));
    const QString msg = r.curlMessage.toLower();
    switch (CURLcode(r.curlCode)) {
    case CURLE_OK:
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return core::makeError(QStringLiteral("sync.no_network"),
                               QCoreApplication::translate("ow::sync", "No network: the central service's address cannot be found."), detail);
    case CURLE_COULDNT_CONNECT:
        return core::makeError(QStringLiteral("sync.refused"),
                               QCoreApplication::translate("ow::sync", "The central service cannot be reached: no network, or the service is not running."),
                               detail);
    case CURLE_OPERATION_TIMEDOUT:
        return core::makeError(QStringLiteral("sync.timeout"),
                               QCoreApplication::translate("ow::sync", "The central service did not answer in time. It will be tried again."), detail);
    case CURLE_PEER_FAILED_VERIFICATION:
        return core::makeError(QStringLiteral("sync.untrusted_server"),
                               QCoreApplication::translate("ow::sync", "The central service's certificate is not trusted: this may not be the real central "
                                  "service, so nothing was sent."),
                               detail);
    case CURLE_ABORTED_BY_CALLBACK:
        return core::makeError(QStringLiteral("sync.cancelled"),
                               QCoreApplication::translate("ow::sync", "Sync was stopped before it finished."), detail);
    case CURLE_SSL_CERTPROBLEM:
        return core::makeError(QStringLiteral("sync.client_certificate"),
                               QCoreApplication::translate("ow::sync", "This workstation's certificate cannot be used. Enrol the workstation again."), detail);
    default:
        if (msg.contains(u"expired"))
            return core::makeError(QStringLiteral("sync.certificate_expired"),
                                   QCoreApplication::translate("ow::sync", "The central service refused this workstation's certificate because it has "
                                      "expired. Ask the administrator for a new enrolment code."),
                                   detail);
        if (r.curlCode == CURLE_SSL_CONNECT_ERROR || msg.contains(u"alert") || msg.contains(u"certificate"))
            return core::makeError(QStringLiteral("sync.certificate_refused"),
                                   QCoreApplication::translate("ow::sync", "The central service refused the secure connection: this workstation's "
                                      "certificate was not accepted."),
                                   detail);
        return core::makeError(QStringLiteral("sync.connection_lost"),
                               QCoreApplication::translate("ow::sync", "The connection to the central service was lost. It will be tried again."), detail);
    }
    if (r.status == 507)
        return core::makeError(QStringLiteral("sync.server_full"),
                               QCoreApplication::translate("ow::sync", "The central service cannot store the data: its disk is full. Nothing is "
                                  "lost here; it will be tried again."),
                               detail);
    if (r.status >= 500)
        return core::makeError(QStringLiteral("sync.server_error"),
                               QCoreApplication::translate("ow::sync", "The central service has a problem (HTTP %1). It will be tried again.").arg(r.status),
                               detail);
    return core::makeError(QStringLiteral("sync.server_refused"),
                           QCoreApplication::translate("ow::sync", "The central service refused the request (HTTP %1).").arg(r.status), detail);
}

} // namespace ow::sync
