#include "casework/Appointments.h"

#include "core/IdNumber.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace ow::casework {
namespace {

constexpr QByteArrayView kAd = "appointments";

core::Error invalid(const QString &field)
{
    return {QStringLiteral("appointment.invalid"),
            QCoreApplication::translate("ow::casework::Appointments", "An appointment has no valid %1.").arg(field), field};
}

} // namespace

QString appointmentIdFromScan(const QString &scanned)
{
    static const QRegularExpression re(QStringLiteral("^OWAPPT:([A-Za-z0-9-]{4,64})$"));
    const auto m = re.match(scanned.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

QJsonObject Appointment::toJson() const
{
    return {{"id", id},
            {"slot", slot.toString(Qt::ISODate)},
            {"matter", matterCode},
            {"catalogVersion", catalogVersion},
            {"name", applicantName},
            {"idNumber", idNumber},
            {"phone", phone},
            {"answers", answers},
            {"delivery", delivery.toJson()}};
}

core::Result<Appointment> Appointment::fromJson(const QJsonObject &o)
{
    Appointment a;
    a.id = o.value("id").toString();
    if (appointmentIdFromScan(QString::fromLatin1(kAppointmentQrPrefix) + a.id).isEmpty()) return invalid(QStringLiteral("id"));
    a.matterCode = o.value("matter").toString();
    if (a.matterCode.isEmpty()) return invalid(QStringLiteral("matter"));
    a.idNumber = o.value("idNumber").toString().trimmed().toUpper();
    if (a.idNumber.isEmpty()) return invalid(QStringLiteral("idNumber"));
    a.slot = QDateTime::fromString(o.value("slot").toString(), Qt::ISODate);
    a.catalogVersion = o.value("catalogVersion").toString();
    a.applicantName = o.value("name").toString();
    a.phone = o.value("phone").toString();
    a.answers = o.value("answers").toObject();
    a.delivery = DeliveryChoice::fromJson(o.value("delivery").toObject());
    return a;
}

QString Appointment::qrText() const { return QString::fromLatin1(kAppointmentQrPrefix) + id; }

AppointmentBook::AppointmentBook(QString file, std::shared_ptr<const storage::Vault> vault)
    : m_file(std::move(file)), m_vault(std::move(vault))
{
}

core::Result<QList<Appointment>> AppointmentBook::read() const
{
    QFile f(m_file);
    if (!f.exists()) return QList<Appointment>{};
    if (!f.open(QIODevice::ReadOnly))
        return core::Error{QStringLiteral("appointment.io"),
                           QCoreApplication::translate("ow::casework::Appointments", "The appointments could not be read."),
                           f.errorString()};
    auto plain = m_vault->open(f.readAll(), kAd);
    if (!plain) return plain.error();
    QList<Appointment> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(plain.value()).array())
        if (auto a = Appointment::fromJson(v.toObject())) out << a.value();
    return out;
}

core::Status AppointmentBook::write(const QList<Appointment> &list) const
{
    QJsonArray arr;
    for (const Appointment &a : list) arr.append(a.toJson());
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile f(m_file);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(m_vault->seal(QJsonDocument(arr).toJson(QJsonDocument::Compact), kAd)) < 0 || !f.commit())
        return core::Error{QStringLiteral("appointment.io"),
                           QCoreApplication::translate("ow::casework::Appointments", "The appointments could not be saved."),
                           f.errorString()};
    return {};
}

core::Status AppointmentBook::put(const QList<Appointment> &appointments)
{
    auto current = read();
    if (!current) return current.error();
    QList<Appointment> list = current.value();
    for (const Appointment &a : appointments) {
        auto same = std::find_if(list.begin(), list.end(), [&](const Appointment &x) { return x.id == a.id; });
        if (same != list.end()) *same = a;
        else list << a;
    }
    std::stable_sort(list.begin(), list.end(), [](const Appointment &x, const Appointment &y) { return x.slot < y.slot; });
    return write(list);
}

core::Result<int> AppointmentBook::importJson(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return core::Error{QStringLiteral("appointment.invalid"),
                           QCoreApplication::translate("ow::casework::Appointments", "The appointments file is not valid JSON."),
                           err.errorString()};
    const QJsonArray arr = doc.isArray() ? doc.array() : doc.object().value("appointments").toArray();
    QList<Appointment> list;
    for (const QJsonValue &v : arr) {
        auto a = Appointment::fromJson(v.toObject());
        if (!a) return a.error();
        list << a.value();
    }
    if (auto st = put(list); !st) return st.error();
    return int(list.size());
}

core::Result<int> AppointmentBook::takeFromInbox(storage::Database &db)
{
    storage::Statement rows(db, "SELECT id, body FROM sync_inbox WHERE stream = 'appointments' ORDER BY id");
    QList<Appointment> list;
    qint64 last = 0;
    for (;;) {
        auto r = rows.step();
        if (!r) return r.error();
        if (!r.value()) break;
        last = rows.int64(0);
        const QString body = rows.text(1);
        QByteArray json = body.toUtf8();
        if (body.startsWith(u"sealed:")) {
            auto plain = m_vault->open(QByteArray::fromBase64(body.mid(7).toLatin1()), "inbox:appointments");
            if (!plain) return plain.error();
            json = plain.value();
        }
        QJsonObject o = QJsonDocument::fromJson(json).object();
        if (o.contains("appointment")) o = o.value("appointment").toObject();  // a stream item wrapping it
        if (auto a = Appointment::fromJson(o)) list << a.value();
        // An item that is no appointment is dropped with the rest: the central service sent it.
    }
    if (last == 0) return 0;
    if (auto st = put(list); !st) return st.error();
    storage::Statement del(db, "DELETE FROM sync_inbox WHERE stream = 'appointments' AND id <= ?1");
    del.bind(1, last);
    if (auto st = del.exec(); !st) return st.error();
    return int(list.size());
}

core::Result<std::optional<Appointment>> AppointmentBook::find(const QString &id) const
{
    auto list = read();
    if (!list) return list.error();
    for (const Appointment &a : list.value())
        if (a.id == id) return std::optional<Appointment>(a);
    return std::optional<Appointment>();
}

core::Result<QList<Appointment>> AppointmentBook::all() const { return read(); }

} // namespace ow::casework
