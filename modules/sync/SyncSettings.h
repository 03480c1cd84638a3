#pragma once
// Where the central service is and how this workstation proves who it is. Keys (profile
// settings): sync/server (https://host:port), sync/caFile (the deployment CA, the only one
// trusted for the server), sync/certFile and sync/keyFile (this workstation's certificate and
// key, from enrolment), sync/connectTimeoutMs, sync/timeoutMs, sync/batchSize, sync/blobBatchBytes, sync/intervalSec.

#include <QString>

namespace ow::core {
class Profile;
}

namespace ow::sync {

struct SyncSettings {
    QString server;  // base URL, e.g. https://localhost:8443; empty: sync is not set up
    QString caFile;
    QString certFile;
    QString keyFile;
    int connectTimeoutMs = 5000;
    int timeoutMs = 30000;   // a whole request, upload and answer
    int batchSize = 200;     // outbox operations per push
    int blobChunk = 256 * 1024;          // larger blobs go resumably in chunks of this size
    int blobBatchBytes = 8 * 1024 * 1024;  // smaller ones in batches of about this size (one flush each on the server)
    int parallelUploads = 2;  // requests in flight: one on the wire while the server stores the other
    int intervalSec = 60;    // between syncs when all is well
    int backoffBaseMs = 2000;
    int backoffMaxMs = 10 * 60 * 1000;

    [[nodiscard]] bool configured() const { return !server.isEmpty(); }
    static SyncSettings fromProfile(const core::Profile &profile);
};

} // namespace ow::sync
