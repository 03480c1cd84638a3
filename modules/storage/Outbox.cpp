#include "storage/Outbox.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace ow::storage {
namespace {
QByteArray outboxAd(const QString &opId) { return QByteArray("outbox:") + opId.toUtf8(); }
} // namespace

QString outboxOperationId(const QDateTime &now)
{
    QByteArray b = QUuid::createUuid().toRfc4122();
    const quint64 ms = quint64(now.toMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i) b[i] = char((ms >> (40 - 8 * i)) & 0xFF);
    b[6] = char((quint8(b[6]) & 0x0F) | 0x70);  // version 7
    return QUuid::fromRfc4122(b).toString(QUuid::WithoutBraces);
}

core::Result<QString> enqueueOutbox(Database &db, const Vault &vault, const QString &entity, const QString &entityKey,
                                    int baseVersion, const QJsonObject &op, const QDateTime &now)
{
    Statement out(db, "INSERT INTO outbox(op_id, entity, entity_key, base_version, created_at, payload_enc) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    const QString opId = outboxOperationId(now);
    out.bind(1, opId).bind(2, entity).bind(3, entityKey).bind(4, baseVersion);
    out.bind(5, now.toUTC().toString(Qt::ISODateWithMs));
    out.bind(6, vault.seal(QJsonDocument(op).toJson(QJsonDocument::Compact), outboxAd(opId)));
    if (auto st = out.exec(); !st) return st.error();
    return opId;
}

core::Result<qint64> pendingOutboxCount(Database &db, const QString &entity)
{
    Statement st(db, "SELECT count(*) FROM outbox WHERE state = 'pending' AND (?1 = '' OR entity = ?1)");
    st.bind(1, entity);
    auto r = st.step();
    if (!r) return r.error();
    return st.int64(0);
}

core::Result<QJsonObject> openOutboxOperation(Database &db, const Vault &vault, const QString &opId)
{
    Statement st(db, "SELECT payload_enc FROM outbox WHERE op_id = ?1");
    st.bind(1, opId);
    auto r = st.step();
    if (!r) return r.error();
    if (!r.value())
        return core::makeError(QStringLiteral("storage.outbox_not_found"),
                               QCoreApplication::translate("ow::storage", "The queued operation was not found."),
                               QStringLiteral("op %1").arg(opId));
    auto plain = vault.open(st.blob(0), outboxAd(opId));
    if (!plain) return plain.error();
    return QJsonDocument::fromJson(plain.value()).object();
}

} // namespace ow::storage
