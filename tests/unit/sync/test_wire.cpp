#include "sync/SyncEngine.h"
#include "sync/Transport.h"
#include "sync/Wire.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include <curl/curl.h>

using namespace ow;

TEST_CASE("gzip bodies round-trip and broken ones are refused")
{
    QByteArray json;
    for (int i = 0; i < 2000; ++i) json += "{\"caseNumber\":\"20261121-07-" + QByteArray::number(i) + "\"},";
    const QByteArray packed = sync::gzip(json);
    REQUIRE(packed.size() > 18);
    CHECK(quint8(packed[0]) == 0x1f);  // gzip magic, not zlib's
    CHECK(quint8(packed[1]) == 0x8b);
    CHECK(packed.size() < json.size() / 5);
    const auto back = sync::gunzip(packed);
    REQUIRE(back);
    CHECK(*back == json);
    CHECK_FALSE(sync::gunzip(packed.left(packed.size() / 2)));  // cut short
    CHECK_FALSE(sync::gunzip(QByteArray("not gzip at all")));
    CHECK_FALSE(sync::gunzip(packed, json.size() - 1));  // inflates beyond the limit
    CHECK(sync::gunzip(sync::gzip(QByteArray())) == QByteArray());
}

TEST_CASE("payload hashes are lower-case hex SHA-256")
{
    CHECK(sync::sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("back-off doubles up to its ceiling with jitter between half and all")
{
    sync::SyncSettings s;
    s.backoffBaseMs = 1000;
    s.backoffMaxMs = 60000;
    for (int failures = 1; failures <= 12; ++failures) {
        const qint64 full = qMin<qint64>(1000LL << (failures - 1), 60000);
        for (quint32 r : {0u, 1u, 12345u, 0xFFFFFFFFu}) {
            const auto d = sync::backoffDelay(failures, s, r).count();
            CHECK(d >= full / 2);
            CHECK(d <= full);
        }
    }
    // Different random draws spread the retries of counters that failed together.
    CHECK(sync::backoffDelay(5, s, 1).count() != sync::backoffDelay(5, s, 7777).count());
    CHECK(sync::backoffDelay(40, s, 0).count() >= 30000);  // no overflow far out
}

TEST_CASE("transport failures are described in the officer's words")
{
    auto code = [](int curl, long status = 0, const QString &msg = {}) {
        sync::HttpReply r;
        r.curlCode = curl;
        r.status = status;
        r.curlMessage = msg;
        return sync::Transport::describe(r).code;
    };
    CHECK(code(CURLE_COULDNT_RESOLVE_HOST) == "sync.no_network");
    CHECK(code(CURLE_COULDNT_CONNECT) == "sync.refused");
    CHECK(code(CURLE_OPERATION_TIMEDOUT) == "sync.timeout");
    CHECK(code(CURLE_PEER_FAILED_VERIFICATION) == "sync.untrusted_server");
    CHECK(code(CURLE_SSL_CERTPROBLEM) == "sync.client_certificate");
    CHECK(code(CURLE_RECV_ERROR, 0, "OpenSSL SSL_read: sslv3 alert certificate expired") == "sync.certificate_expired");
    CHECK(code(CURLE_SSL_CONNECT_ERROR, 0, "tlsv1 alert unknown ca") == "sync.certificate_refused");
    CHECK(code(CURLE_GOT_NOTHING, 0, "Empty reply from server") == "sync.connection_lost");
    CHECK(code(CURLE_OK, 503) == "sync.server_error");
    CHECK(code(CURLE_OK, 500) == "sync.server_error");
    CHECK(code(CURLE_OK, 403) == "sync.server_refused");
    sync::HttpReply r;
    r.status = 503;
    CHECK(sync::Transport::describe(r).message.contains("503"));
}

TEST_CASE("preflight says why nothing was tried")
{
    sync::SyncSettings s;
    CHECK(sync::Transport(s).preflight().error().code == "sync.not_configured");
    s.server = "http://localhost:8443";
    CHECK(sync::Transport(s).preflight().error().code == "sync.not_configured");
    s.server = "https://localhost:8443";
    s.caFile = "/nonexistent/ca.pem";
    CHECK(sync::Transport(s).preflight().error().code == "sync.not_enrolled");
}

TEST_CASE("a cancelled transfer ends at once instead of waiting for its timeout")
{
    // A server that accepts the connection and never says a word: the TLS handshake hangs.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    sync::SyncSettings s;
    s.server = QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort());
    s.timeoutMs = 30000;
    s.caFile = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");  // any readable CA file: the handshake never gets that far
    REQUIRE(QFile::exists(s.caFile));
    std::atomic<bool> cancel{false};
    sync::Transport t(s);
    t.setCancelFlag(&cancel);
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    QElapsedTimer timer;
    timer.start();
    const sync::HttpReply r = t.perform(sync::HttpRequest{"GET", "/v1/pull/appointments", {}, false});
    stopper.join();
    CHECK(timer.elapsed() < 3000);
    CHECK_FALSE(r.answered());
    INFO(r.curlMessage.toStdString());
    CHECK(sync::Transport::describe(r).code == "sync.cancelled");
}
