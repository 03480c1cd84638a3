#include "CaseStoreRig.h"
#include "TestSupport.h"

#include "casework/Notifications.h"
#include "storage/AuditLog.h"
#include "storage/Outbox.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>

using namespace ow::casework;
using namespace ow::storage;

namespace {

using Rig = ow::test::CaseStoreRig;

CaseRecord readyCase(const QString &phone, const QString &matter = QStringLiteral("HZ-SFZ-HL"))
{
    CaseRecord c;
    c.status = ow::core::CaseStatus::ReadyForPickup;
    c.matterCode = matter;
    c.applicantName = QStringLiteral("张伟");
    c.idNumber = QStringLiteral("110101198805120178");
    c.phone = phone;
    return c;
}

QString matterName(const QString &code)
{
    return code == QLatin1String("HZ-SFZ-HL") ? QStringLiteral("居民身份证换领") : QString();
}

// The operation of every notification row in the outbox, opened.
QList<QJsonObject> queuedOperations(Rig &rig)
{
    Statement st(rig.store->db(), "SELECT op_id FROM outbox WHERE entity = 'notification' ORDER BY id");
    QStringList ids;
    while (st.step().value()) ids << st.text(0);
    QList<QJsonObject> out;
    for (const QString &id : ids) out << openOutboxOperation(rig.store->db(), *rig.admin.vault, id).value();
    return out;
}

int auditCount(Rig &rig, const char *action)
{
    int n = 0;
    for (const AuditRow &r : AuditLog::recent(rig.store->db(), 1000).value()) n += r.action == QLatin1String(action);
    return n;
}

} // namespace

TEST_CASE("Notification templates render in Chinese and English with every placeholder filled")
{
    const NotificationFields f{QStringLiteral("20261121-07-00001"), QStringLiteral("居民身份证换领"),
                               QStringLiteral("一楼综合窗口"), QStringLiteral("SF1234567890123")};
    const QString accepted = renderNotification(NotificationTemplate::Accepted, f).value();
    CHECK(accepted.startsWith(QStringLiteral("【公安政务服务】")));
    CHECK(accepted.contains(QStringLiteral("居民身份证换领")));
    CHECK(accepted.contains(QStringLiteral("20261121-07-00001")));
    const QString ready = renderNotification(NotificationTemplate::ReadyForPickup, f).value();
    CHECK(ready.contains(QStringLiteral("到一楼综合窗口领取")));
    const QString mailed = renderNotification(NotificationTemplate::Mailed, f, QStringLiteral("en")).value();
    CHECK(mailed.contains(QStringLiteral("tracking number SF1234567890123")));
    CHECK(mailed.contains(QStringLiteral("case number 20261121-07-00001")));
    CHECK_FALSE(mailed.contains(QLatin1Char('{')));

    // A placeholder the template uses must have a value; one it does not use may be empty.
    CHECK(renderNotification(NotificationTemplate::Mailed, {f.caseNumber, f.matterName, {}, {}}).error().code ==
          QStringLiteral("casework.notification_field"));
    CHECK(renderNotification(NotificationTemplate::Accepted, {f.caseNumber, f.matterName, {}, {}}).ok());
    CHECK(renderNotification(NotificationTemplate::Accepted, f, QStringLiteral("fr")).error().code ==
          QStringLiteral("casework.notification_template"));
    // An ID or phone number pasted into a field never goes out.
    CHECK(renderNotification(NotificationTemplate::Mailed, {f.caseNumber, f.matterName, {}, QStringLiteral("110101198805120178")})
              .error()
              .code == QStringLiteral("casework.notification_personal_data"));
    CHECK(renderNotification(NotificationTemplate::ReadyForPickup,
                             {f.caseNumber, f.matterName, QStringLiteral("请回电13800138000"), {}})
              .error()
              .code == QStringLiteral("casework.notification_personal_data"));
}

TEST_CASE("A queued notification is a sealed outbox row with its audit row")
{
    Rig rig;
    Notifier notifier(rig.store->db(), rig.admin.vault, rig.store->audit(), rig.clock);
    CHECK(notifier.pendingCount().value() == 0);
    const NotificationFields f{QStringLiteral("20261121-07-00001"), QStringLiteral("居民身份证换领"), {},
                               QStringLiteral("SF1234567890123")};
    auto op = notifier.queue(NotificationTemplate::Mailed, QStringLiteral("+86 138-0013-8000"), f, "900001");
    REQUIRE(op.ok());
    CHECK(notifier.pendingCount().value() == 1);
    const QJsonObject queued = openOutboxOperation(rig.store->db(), *rig.admin.vault, op.value()).value();
    CHECK(queued["phone"].toString() == QStringLiteral("13800138000"));
    CHECK(queued["template"].toString() == QStringLiteral("mailed"));
    CHECK(queued["text"].toString().contains(QStringLiteral("SF1234567890123")));
    CHECK(notifier.queuedOn(f.caseNumber, NotificationTemplate::Mailed, rig.clock.today()).value() == 1);

    const AuditRow last = AuditLog::recent(rig.store->db(), 1).value().first();
    CHECK(last.action == QLatin1String(audit::kNotificationQueue));
    CHECK(last.subject == f.caseNumber);
    CHECK(last.detail == QStringLiteral("mailed to 138****8000"));

    // A sent row is no longer pending.
    REQUIRE(rig.store->db().exec(QStringLiteral("UPDATE outbox SET state = 'sent' WHERE op_id = '%1'").arg(op.value())).ok());
    CHECK(notifier.pendingCount().value() == 0);

    // Nothing is queued, audited or recorded for a message that cannot go out.
    const int audits = auditCount(rig, audit::kNotificationQueue);
    CHECK(notifier.queue(NotificationTemplate::Mailed, QString(), f, "900001").error().code ==
          QStringLiteral("casework.notification_phone"));
    CHECK(notifier.queue(NotificationTemplate::Mailed, QStringLiteral("13800138000"), {f.caseNumber, f.matterName, {}, {}},
                         "900001")
              .error()
              .code == QStringLiteral("casework.notification_field"));
    CHECK(auditCount(rig, audit::kNotificationQueue) == audits);
    CHECK(queuedOperations(rig).size() == 1);
}

TEST_CASE("Pickup reminders go to every ready case once a day")
{
    Rig rig;
    Notifier notifier(rig.store->db(), rig.admin.vault, rig.store->audit(), rig.clock);
    const QString a = rig.cases.create(readyCase(QStringLiteral("13800138000")), "900001").value().caseNumber;
    const QString b = rig.cases.create(readyCase(QStringLiteral("13900139000"), QStringLiteral("JG-XX")), "900001").value().caseNumber;
    const QString noPhone = rig.cases.create(readyCase(QString()), "900001").value().caseNumber;
    CaseRecord accepted = readyCase(QStringLiteral("13700137000"));
    accepted.status = ow::core::CaseStatus::Accepted;
    REQUIRE(rig.cases.create(accepted, "900001").ok());

    auto first = notifier.remindReady(rig.cases, matterName, QStringLiteral("一楼综合窗口"), "900001");
    REQUIRE(first.ok());
    CHECK(first.value().queued == QStringList{a, b});
    CHECK(first.value().withoutPhone == QStringList{noPhone});
    CHECK(first.value().alreadyToday.isEmpty());
    CHECK(notifier.pendingCount().value() == 2);
    const QList<QJsonObject> ops = queuedOperations(rig);
    REQUIRE(ops.size() == 2);
    CHECK(ops[0]["text"].toString().contains(QStringLiteral("居民身份证换领")));
    CHECK(ops[1]["text"].toString().contains(QStringLiteral("JG-XX")));  // unnamed matter: its code
    for (const QJsonObject &op : ops) {
        CHECK_FALSE(op["text"].toString().contains(QStringLiteral("110101")));
        CHECK_FALSE(op["text"].toString().contains(QStringLiteral("张伟")));
    }

    // Later the same day: nothing new.
    rig.clock.advanceSecs(3600);
    auto again = notifier.remindReady(rig.cases, matterName, QStringLiteral("一楼综合窗口"), "900001");
    REQUIRE(again.ok());
    CHECK(again.value().queued.isEmpty());
    CHECK(again.value().alreadyToday == QStringList{a, b});
    CHECK(notifier.pendingCount().value() == 2);

    // The next day: reminded again.
    rig.clock.advanceSecs(24 * 3600);
    CHECK(notifier.remindReady(rig.cases, matterName, QStringLiteral("一楼综合窗口"), "900001").value().queued.size() == 2);
    CHECK(notifier.pendingCount().value() == 4);
    CHECK(auditCount(rig, audit::kNotificationQueue) == 4);

    // Without a pickup place no reminder can be written: none is queued.
    rig.clock.advanceSecs(24 * 3600);
    CHECK_FALSE(notifier.remindReady(rig.cases, matterName, QString(), "900001").ok());
    CHECK(notifier.pendingCount().value() == 4);
}

TEST_CASE("A copied database shows no phone number or message text of a queued notification")
{
    Rig rig;
    {
        Notifier notifier(rig.store->db(), rig.admin.vault, rig.store->audit(), rig.clock);
        REQUIRE(notifier
                    .queue(NotificationTemplate::Mailed, QStringLiteral("13912345678"),
                           {QStringLiteral("20261121-07-00009"), QStringLiteral("居民身份证换领"), {},
                            QStringLiteral("SF9988776655443")},
                           "900001")
                    .ok());
    }
    rig.store.reset();
    QByteArray raw;
    for (const QString &f : {QStringLiteral("onewindow.db"), QStringLiteral("onewindow.db-wal")}) {
        QFile file(QDir(rig.profile.dataDir()).filePath(f));
        if (file.open(QIODevice::ReadOnly)) raw += file.readAll();
    }
    REQUIRE(raw.size() > 10000);
    CHECK_FALSE(raw.contains("13912345678"));
    CHECK_FALSE(raw.contains("SF9988776655443"));
    CHECK_FALSE(raw.contains(QStringLiteral("已寄出").toUtf8()));
}
