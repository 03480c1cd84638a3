#pragma once
// Text messages to citizens (短信通知): accepted, ready for pickup, mailed with a tracking number.
// The texts are templates in resources/notifications/notifications.json (zh and en) with the
// placeholders {case}, {matter}, {place} and {tracking}; a message never carries an ID number, a
// name or an address (anyone holding the phone can read it). Messages are not sent from here:
// each is queued as an outbox row (entity "notification", keyed by the case number, its
// operation sealed like every outbox operation: template, phone, language and text) that the sync
// delivers when online; a row in `notification` records which template went for which case on
// which day, and every queued message is audited (notification.queue, the phone masked).

#include "core/Clock.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace ow::storage {
class AuditLog;
class CaseStore;
class Database;
class Vault;
} // namespace ow::storage

namespace ow::casework {

// The outbox entity of a queued text message.
inline constexpr const char *kNotificationEntity = "notification";

enum class NotificationTemplate { Accepted, ReadyForPickup, Mailed };

// Stable keys (the template names in the resource file): "accepted", "ready", "mailed".
[[nodiscard]] QString notificationTemplateKey(NotificationTemplate t);
[[nodiscard]] std::optional<NotificationTemplate> notificationTemplateFromKey(QStringView key);

struct NotificationFields {
    QString caseNumber;
    QString matterName;
    QString pickupPlace;     // ReadyForPickup
    QString trackingNumber;  // Mailed
};

// The message text: the signature and the template in `language` ("zh" or "en"), every
// placeholder replaced. Errors: casework.notification_template (unknown language or template, or
// the resource is unreadable), casework.notification_field (a placeholder the template uses is
// empty), casework.notification_personal_data (the text would hold an 18-character ID number or
// 11-digit mobile number, e.g. pasted into a field by mistake).
core::Result<QString> renderNotification(NotificationTemplate t, const NotificationFields &fields,
                                         const QString &language = QStringLiteral("zh"));

struct ReminderRun {
    QStringList queued;         // case numbers reminded now
    QStringList alreadyToday;   // reminded earlier today: skipped
    QStringList withoutPhone;   // no phone on the case: the counter must call or write
};

class Notifier {
public:
    // All must outlive the notifier.
    Notifier(storage::Database &db, std::shared_ptr<const storage::Vault> vault, storage::AuditLog &audit,
             const core::Clock &clock = core::Clock::system());

    // Renders the message and queues it for `phone` in one transaction with its `notification`
    // row and its audit row. Returns the outbox operation id. Errors: renderNotification's,
    // casework.notification_phone when `phone` has no digits.
    core::Result<QString> queue(NotificationTemplate t, const QString &phone, const NotificationFields &fields,
                                const QString &officer, const QString &language = QStringLiteral("zh"));

    // One action for the whole hall: a pickup reminder (template "ready") for every case in
    // status ReadyForPickup, except cases already reminded today (local date of the clock) and
    // cases without a phone. `matterName` names a matter code (the code itself when null or when
    // it returns an empty name). All reminders are queued in one transaction: all or none.
    core::Result<ReminderRun> remindReady(storage::CaseStore &cases,
                                          const std::function<QString(const QString &matterCode)> &matterName,
                                          const QString &pickupPlace, const QString &officer,
                                          const QString &language = QStringLiteral("zh"));

    // Messages queued and not yet handed to the central service (outbox rows of entity
    // "notification" still pending).
    core::Result<qint64> pendingCount();
    // How many times `t` was queued for `caseNumber` on `day`.
    core::Result<int> queuedOn(const QString &caseNumber, NotificationTemplate t, QDate day);

private:
    core::Result<QString> queueLocked(NotificationTemplate t, const QString &phone, const NotificationFields &fields,
                                      const QString &officer, const QString &language);

    storage::Database &m_db;
    std::shared_ptr<const storage::Vault> m_vault;
    storage::AuditLog &m_audit;
    const core::Clock &m_clock;
};

} // namespace ow::casework
