#pragma once
// Everything that exists while an officer is logged in to a profile: settings, devices, the
// profile's store (this thread's connection) and the officer's unlocked key. Created at login,
// destroyed at logout; screens get it by reference.

#include "casework/Appointments.h"
#include "catalog/MatterSearch.h"
#include "core/Profile.h"
#include "core/WorkingCalendar.h"
#include "devicekit/DeviceManager.h"
#include "devicekit/PluginRegistry.h"
#include "storage/Officers.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>

namespace ow::storage {
class CaseStore;
class DraftStore;
class ProfileStore;
} // namespace ow::storage

namespace ow::gui {

class Session final : public QObject {
    Q_OBJECT
public:
    Session(std::unique_ptr<storage::ProfileStore> store, storage::LoggedIn officer, QString pluginDir,
            QObject *parent = nullptr);
    ~Session() override;

    [[nodiscard]] const core::Profile &profile() const;
    [[nodiscard]] core::ProfileSettings &settings() { return *m_settings; }
    [[nodiscard]] devicekit::DeviceManager &devices() { return *m_devices; }
    [[nodiscard]] devicekit::PluginRegistry &plugins() { return *m_plugins; }
    [[nodiscard]] storage::ProfileStore &store() { return *m_store; }
    [[nodiscard]] storage::DraftStore &drafts() { return *m_drafts; }
    // Appointments with pre-filled forms, sealed under the profile's key (<data>/appointments.sealed).
    [[nodiscard]] casework::AppointmentBook &appointments() { return *m_appointments; }
    // The profile's cases, written under this officer's key.
    [[nodiscard]] storage::CaseStore &cases() { return *m_cases; }
    [[nodiscard]] const storage::LoggedIn &officer() const { return m_officer; }
    [[nodiscard]] const QString &officerNumber() const { return m_officer.officer.number; }
    [[nodiscard]] QString counterName() const;
    [[nodiscard]] QString counterNumber() const;
    // Seconds without input before the screen locks (settings security/idleLockMinutes, default
    // 5 minutes; 0 = never).
    [[nodiscard]] int idleLockSeconds() const;

    // Records a view, print or reveal of personal data. Failures go to the log: the officer's
    // work continues, but an unwritable audit log is also shown by self-test.
    void audit(const QString &action, const QString &subject, const QString &detail = {});

    // The service catalog in use (an installed update or the built-in one), loaded on first use;
    // null with `catalogError()` saying why when it cannot be loaded.
    [[nodiscard]] std::shared_ptr<const catalog::Catalog> catalog();
    [[nodiscard]] const QString &catalogError() const { return m_catalogError; }
    // Working days for deadlines: the built-in holiday years with the ones the central service
    // sent (<data>/calendar) over them; read again when that folder changed.
    [[nodiscard]] std::shared_ptr<const core::WorkingCalendar> calendar();
    // The catalog of `version` (a visit or case started under it), or the current one when that
    // version is not on this workstation.
    [[nodiscard]] std::shared_ptr<const catalog::Catalog> catalogOfVersion(const QString &version);
    // What this officer picked recently and often, for the matter picker; `recordMatterUse` counts one more.
    [[nodiscard]] catalog::MatterSearch::Usage matterUsage() const;
    void recordMatterUse(const QString &code);
    // The public guide page of a matter (settings catalog/guideUrl, "{code}" replaced).
    [[nodiscard]] QString guideUrlTemplate() const;

    // Discovers plugins and opens the configured devices (asynchronously).
    void startDevices();

    // Runs storage work that may take long (Argon2id: unlocking, changing a password) on a pool
    // thread, with a connection of that thread's own.
    QFuture<core::Status> runInBackground(std::function<core::Status(storage::ProfileStore &)> work) const;

private:
    void seedPracticeAppointments();

    std::unique_ptr<storage::ProfileStore> m_store;
    storage::LoggedIn m_officer;
    std::unique_ptr<core::ProfileSettings> m_settings;
    std::unique_ptr<devicekit::PluginRegistry> m_plugins;
    std::unique_ptr<devicekit::DeviceManager> m_devices;
    std::unique_ptr<storage::DraftStore> m_drafts;
    std::unique_ptr<storage::CaseStore> m_cases;
    std::unique_ptr<casework::AppointmentBook> m_appointments;
    std::shared_ptr<const catalog::Catalog> m_catalog;
    QString m_catalogError;
    QDateTime m_catalogStamp;
    std::shared_ptr<const core::WorkingCalendar> m_calendar;
    QDateTime m_calendarStamp;
};

} // namespace ow::gui
