#pragma once
// The outbox (see ARCHITECTURE.md, Sync): every change the central service must learn of is one
// row, written in the same transaction as the change, its operation sealed by the Vault (bound to
// the row's operation id) so that a copied database shows no personal data in the queue either.

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ow::storage {

class Database;
class Vault;

// A client-generated operation id: UUIDv7 layout (48-bit milliseconds of `now`, then random), so
// it is unique across workstations and new rows append at the end of the outbox's unique index.
[[nodiscard]] QString outboxOperationId(const QDateTime &now);

// Appends one pending row for `entity` ("case", "notification", ...) keyed by `entityKey`, its
// `op` sealed with associated data "outbox:<op id>". Runs inside the caller's transaction when
// one is open. Returns the operation id.
core::Result<QString> enqueueOutbox(Database &db, const Vault &vault, const QString &entity,
                                    const QString &entityKey, int baseVersion, const QJsonObject &op,
                                    const QDateTime &now);

// Pending rows (not yet sent or rejected) of `entity`; every entity when `entity` is empty.
core::Result<qint64> pendingOutboxCount(Database &db, const QString &entity = {});

// Opens the sealed operation of the outbox row `opId` (for sync and tests); error
// "storage.outbox_not_found" when there is no such row.
core::Result<QJsonObject> openOutboxOperation(Database &db, const Vault &vault, const QString &opId);

} // namespace ow::storage
