#include "casework/Notifications.h"

#include "storage/AuditLog.h"
#include "storage/Cases.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <limits>

namespace ow::casework {
namespace {

// The resource, read once; a null object when it cannot be read (then every render fails).
const QJsonObject &templates()
{
    static const QJsonObject root = [] {
        QFile f(QStringLiteral(":/notifications/notifications.json"));
        if (!f.open(QIODevice::ReadOnly)) return QJsonObject();
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return root;
}

core::Error templateError(const QString &detail)
{
    return core::makeError(QStringLiteral("casework.notification_template"),
                           QCoreApplication::translate("ow::casework", "The text message template is missing."),
                           detail);
}

QString maskedPhone(const QString &digits)
{
    return digits.size() >= 7 ? digits.left(3) + QString(digits.size() - 7, QLatin1Char('*')) + digits.right(4)
                              : QString(digits.size(), QLatin1Char('*'));
}

} // namespace

QString notificationTemplateKey(NotificationTemplate t)
{
    switch (t) {
    case NotificationTemplate::Accepted: return QStringLiteral("accepted");
    case NotificationTemplate::ReadyForPickup: return QStringLiteral("ready");
    case NotificationTemplate::Mailed: return QStringLiteral("mailed");
    }
    return {};
}

std::optional<NotificationTemplate> notificationTemplateFromKey(QStringView key)
{
    for (NotificationTemplate t :
         {NotificationTemplate::Accepted, NotificationTemplate::ReadyForPickup, NotificationTemplate::Mailed})
        if (key == notificationTemplateKey(t)) return t;
    return std::nullopt;
}

core::Result<QString> renderNotification(NotificationTemplate t, const NotificationFields &fields,
                                         const QString &language)
{
    const QString key = notificationTemplateKey(t);
    const QString text = templates().value(QStringLiteral("templates")).toObject().value(key).toObject().value(language).toString();
    if (text.isEmpty()) return templateError(QStringLiteral("template '%1' in '%2'").arg(key, language));
    const QString signature = templates().value(QStringLiteral("signature")).toObject().value(language).toString();

    const QList<std::pair<QString, QString>> values{{QStringLiteral("case"), fields.caseNumber.trimmed()},
                                                    {QStringLiteral("matter"), fields.matterName.trimmed()},
                                                    {QStringLiteral("place"), fields.pickupPlace.trimmed()},
                                                    {QStringLiteral("tracking"), fields.trackingNumber.trimmed()}};
    QString out = text;
    for (const auto &[name, value] : values) {
        const QString placeholder = QLatin1Char('{') + name + QLatin1Char('}');
        if (!out.contains(placeholder)) continue;
        if (value.isEmpty())
            return core::makeError(
                QStringLiteral("casework.notification_field"),
                QCoreApplication::translate("ow::casework", "The text message needs a value for %1.").arg(name),
                QStringLiteral("template '%1'").arg(key));
        out.replace(placeholder, value);
    }
    static const QRegularExpression leftover(QStringLiteral("\\{[a-z]+\\}"));
    if (out.contains(leftover)) return templateError(QStringLiteral("template '%1' has an unknown placeholder").arg(key));

    // What a text message must never carry, whichever field it came through.
    static const QRegularExpression id(QStringLiteral("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])"));
    static const QRegularExpression mobile(QStringLiteral("(?<![0-9])1[3-9][0-9]{9}(?![0-9])"));
    if (out.contains(id) || out.contains(mobile))
        return core::makeError(
            QStringLiteral("casework.notification_personal_data"),
            QCoreApplication::translate("ow::casework",
                                        "The text message would contain an ID or phone number. Check the fields."),
            QStringLiteral("template '%1'").arg(key));
    return signature + out;
}

Notifier::Notifier(storage::Database &db, std::shared_ptr<const storage::Vault> vault, storage::AuditLog &audit,
                   const core::Clock &clock)
    : m_db(db), m_vault(std::move(vault)), m_audit(audit), m_clock(clock)
{
}

core::Result<QString> Notifier::queueLocked(NotificationTemplate t, const QString &phone,
                                            const NotificationFields &fields, const QString &officer,
                                            const QString &language)
{
    const QString digits = storage::normalizePhone(phone);
    if (digits.isEmpty())
        return core::makeError(QStringLiteral("casework.notification_phone"),
                               QCoreApplication::translate("ow::casework", "There is no phone number to send to."),
                               QStringLiteral("case %1").arg(fields.caseNumber));
    auto text = renderNotification(t, fields, language);
    if (!text) return text.error();
    const QString key = notificationTemplateKey(t);
    const QString caseNumber = fields.caseNumber.trimmed().toUpper();
    const QDateTime now = m_clock.now();
    const QJsonObject op{{"op", "sms"},   {"template", key},           {"caseNumber", caseNumber},
                         {"phone", digits}, {"language", language},    {"text", text.value()}};
    auto opId = storage::enqueueOutbox(m_db, *m_vault, QLatin1String(kNotificationEntity), caseNumber, 0, op, now);
    if (!opId) return opId;
    storage::Statement st(m_db, "INSERT INTO notification(op_id, case_number, template, day, created_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, opId.value()).bind(2, caseNumber).bind(3, key).bind(4, now.date().toString(Qt::ISODate));
    st.bind(5, now.toUTC().toString(Qt::ISODateWithMs));
    if (auto r = st.exec(); !r) return r.error();
    if (auto r = m_audit.append({officer, storage::audit::kNotificationQueue, caseNumber,
                                 QStringLiteral("%1 to %2").arg(key, maskedPhone(digits))});
        !r)
        return r.error();
    return opId;
}

core::Result<QString> Notifier::queue(NotificationTemplate t, const QString &phone, const NotificationFields &fields,
                                      const QString &officer, const QString &language)
{
    storage::Transaction tx(m_db);
    if (!tx.begun()) return tx.begun().error();
    auto opId = queueLocked(t, phone, fields, officer, language);
    if (!opId) return opId;
    if (auto st = tx.commit(); !st) return st.error();
    return opId;
}

core::Result<int> Notifier::queuedOn(const QString &caseNumber, NotificationTemplate t, QDate day)
{
    storage::Statement st(m_db, "SELECT count(*) FROM notification WHERE case_number = ?1 AND template = ?2 AND day = ?3");
    st.bind(1, caseNumber.trimmed().toUpper()).bind(2, notificationTemplateKey(t)).bind(3, day.toString(Qt::ISODate));
    auto r = st.step();
    if (!r) return r.error();
    return int(st.int64(0));
}

core::Result<ReminderRun> Notifier::remindReady(storage::CaseStore &cases,
                                                const std::function<QString(const QString &matterCode)> &matterName,
                                                const QString &pickupPlace, const QString &officer,
                                                const QString &language)
{
    // Every ready case: a hall rarely holds more than a few hundred uncollected results, and a
    // reminder left out because of a limit would be a citizen never told.
    auto ready = cases.findByStatus(core::CaseStatus::ReadyForPickup, std::numeric_limits<int>::max());
    if (!ready) return ready.error();
    const QDate today = m_clock.today();
    ReminderRun run;
    storage::Transaction tx(m_db);
    if (!tx.begun()) return tx.begun().error();
    for (const storage::CaseRecord &c : ready.value()) {
        auto seen = queuedOn(c.caseNumber, NotificationTemplate::ReadyForPickup, today);
        if (!seen) return seen.error();
        if (seen.value() > 0) {
            run.alreadyToday << c.caseNumber;
            continue;
        }
        if (storage::normalizePhone(c.phone).isEmpty()) {
            run.withoutPhone << c.caseNumber;
            continue;
        }
        QString name = matterName ? matterName(c.matterCode) : QString();
        if (name.trimmed().isEmpty()) name = c.matterCode;
        auto opId = queueLocked(NotificationTemplate::ReadyForPickup, c.phone,
                                NotificationFields{c.caseNumber, name, pickupPlace, {}}, officer, language);
        if (!opId) return opId.error();
        run.queued << c.caseNumber;
    }
    if (auto st = tx.commit(); !st) return st.error();
    return run;
}

core::Result<qint64> Notifier::pendingCount() { return storage::pendingOutboxCount(m_db, QLatin1String(kNotificationEntity)); }

} // namespace ow::casework
