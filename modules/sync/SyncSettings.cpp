#include "sync/SyncSettings.h"

#include "core/Profile.h"

#include <QDir>

namespace ow::sync {

SyncSettings SyncSettings::fromProfile(const core::Profile &profile)
{
    const core::ProfileSettings s(profile);
    SyncSettings o;
    // Relative certificate paths are relative to the profile's data folder.
    auto path = [&](const char *key) {
        const QString v = s.string(QString::fromLatin1(key));
        return v.isEmpty() ? v : QDir(profile.dataDir()).absoluteFilePath(v);
    };
    o.server = s.string(QStringLiteral("sync/server")).trimmed();
    while (o.server.endsWith(u'/')) o.server.chop(1);
    o.caFile = path("sync/caFile");
    o.certFile = path("sync/certFile");
    o.keyFile = path("sync/keyFile");
    o.connectTimeoutMs = s.value(QStringLiteral("sync/connectTimeoutMs"), o.connectTimeoutMs).toInt();
    o.timeoutMs = s.value(QStringLiteral("sync/timeoutMs"), o.timeoutMs).toInt();
    o.batchSize = qBound(1, s.value(QStringLiteral("sync/batchSize"), o.batchSize).toInt(), 2000);
    // Smaller batches for a slow link, so one request does not outlast the timeout's allowance.
    o.blobBatchBytes = qBound(256 * 1024, s.value(QStringLiteral("sync/blobBatchBytes"), o.blobBatchBytes).toInt(), 32 * 1024 * 1024);
    o.intervalSec = qMax(5, s.value(QStringLiteral("sync/intervalSec"), o.intervalSec).toInt());
    return o;
}

} // namespace ow::sync
