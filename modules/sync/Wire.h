#pragma once
// What both ends of the sync protocol (docs/sync-protocol.md) share: the protocol version, gzip
// bodies and payload hashes. Used by the client (SyncEngine) and by onewindow-central.

#include "core/Sha256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace ow::sync {

// Sent as "protocol" in every JSON body and as the path prefix /v1/.
inline constexpr int kProtocolVersion = 1;

// gzip (RFC 1952) of `data`, as sent with Content-Encoding: gzip.
[[nodiscard]] QByteArray gzip(QByteArrayView data);
// The data of a gzip stream; nullopt when it is not one or is cut short. `limit` bounds the
// inflated size, so a small hostile body cannot expand into gigabytes.
[[nodiscard]] std::optional<QByteArray> gunzip(QByteArrayView data, qint64 limit = 256LL * 1024 * 1024);
// Lower-case hex SHA-256, the payload hash of an operation and the name of a blob.
using core::sha256Hex;

} // namespace ow::sync
