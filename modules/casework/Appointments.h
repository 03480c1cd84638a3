#pragma once
// Appointments with pre-filled forms (预约, 预填报): the citizen booked a slot and answered the
// guide at home; at the counter they show the appointment's QR code and the visit opens with the
// matter, the answers, the phone and the delivery already filled in. The officer still identifies
// them (card or face): the appointment only pre-fills, it never proves who someone is.
//
// Appointments arrive from the central service (sync pull stream "appointments") or from a file
// (`onewindow-cli appointments import`). They hold personal data, so the book is one file sealed by
// the profile's Vault and written atomically; it is small (a counter's days of bookings).

#include "casework/Intake.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace ow::storage {
class Database;
class Vault;
}

namespace ow::casework {

// What the QR code says: "OWAPPT:" and the appointment's id (letters, digits, '-'; 4 to 64).
inline constexpr const char *kAppointmentQrPrefix = "OWAPPT:";
// The id in a scanned text, or empty when it is not an appointment code.
[[nodiscard]] QString appointmentIdFromScan(const QString &scanned);

struct Appointment {
    QString id;
    QDateTime slot;           // booked time (local)
    QString matterCode;
    QString catalogVersion;   // the catalog the citizen answered under (empty: the current one)
    QString applicantName;
    QString idNumber;
    QString phone;
    QJsonObject answers;      // guide answers as the panel writes them (IntakeMatter JSON)
    DeliveryChoice delivery;

    [[nodiscard]] QJsonObject toJson() const;
    // Fails (appointment.invalid, naming the field) without id, matter code or ID number.
    static core::Result<Appointment> fromJson(const QJsonObject &o);
    // The QR payload: kAppointmentQrPrefix + id.
    [[nodiscard]] QString qrText() const;
};

class AppointmentBook {
public:
    // The book lives in `file` (created on the first import), sealed with `vault`.
    AppointmentBook(QString file, std::shared_ptr<const storage::Vault> vault);

    // Adds or replaces (by id) every appointment of `json` (an array, or {"appointments": [...]}).
    // Nothing is written when one of them is invalid. Returns how many were imported.
    core::Result<int> importJson(const QByteArray &json);
    core::Status put(const QList<Appointment> &appointments);
    // Moves the appointments the central service sent (sync's pull stream "appointments", sealed
    // in sync_inbox) into the book, then deletes those inbox rows. Returns how many were taken.
    core::Result<int> takeFromInbox(storage::Database &db);
    core::Result<std::optional<Appointment>> find(const QString &id) const;
    core::Result<QList<Appointment>> all() const;  // by slot

private:
    core::Result<QList<Appointment>> read() const;
    core::Status write(const QList<Appointment> &list) const;

    QString m_file;
    std::shared_ptr<const storage::Vault> m_vault;
};

} // namespace ow::casework
