#include "Session.h"

#include "catalog/CatalogStore.h"
#include "sync/InboxApplier.h"
#include "devicekit/DeviceSettings.h"
#include "storage/Cases.h"
#include "storage/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcGui, "ow.gui")

// The practice bookings live in the static ow_gui library, whose resource registration the linker
// would drop unless something refers to it.
static void initPracticeResources() { Q_INIT_RESOURCE(practice); }

namespace ow::gui {

Session::Session(std::unique_ptr<storage::ProfileStore> store, storage::LoggedIn officer, QString pluginDir,
                 QObject *parent)
    : QObject(parent),
      m_store(std::move(store)),
      m_officer(std::move(officer)),
      m_settings(std::make_unique<core::ProfileSettings>(m_store->profile())),
      m_plugins(std::make_unique<devicekit::PluginRegistry>(std::move(pluginDir)))
{
    m_devices = std::make_unique<devicekit::DeviceManager>(*m_plugins);
    m_drafts = std::make_unique<storage::DraftStore>(m_store->db(), m_officer.vault, m_store->clock());
    m_cases = std::make_unique<storage::CaseStore>(m_store->db(), m_officer.vault, m_store->audit(), counterNumber(),
                                                   m_store->profile().isPractice(), m_store->clock());
    m_appointments = std::make_unique<casework::AppointmentBook>(
        QDir(m_store->profile().dataDir()).filePath(QStringLiteral("appointments.sealed")), m_officer.vault);
    if (m_store->profile().isPractice()) seedPracticeAppointments();
}

void Session::seedPracticeAppointments()
{
    // Practice serves booked citizens too: the bundled bookings of the simulated cards, for today
    // (their slots are times of day), the first time a profile has none. Typing OWAPPT:P-0001 and
    // Enter stands in for the scanner.
    auto all = m_appointments->all();
    if (!all || !all.value().isEmpty()) return;
    initPracticeResources();
    QFile f(QStringLiteral(":/onewindow/practice/appointments.json"));
    if (!f.open(QIODevice::ReadOnly)) return;
    QJsonArray list = QJsonDocument::fromJson(f.readAll()).array();
    const QString today = m_store->clock().today().toString(Qt::ISODate);
    for (QJsonValueRef v : list) {
        QJsonObject o = v.toObject();
        o.insert("slot", today + o.value("slot").toString());
        v = o;
    }
    if (auto n = m_appointments->importJson(QJsonDocument(list).toJson()); !n)
        qCWarning(lcGui).noquote() << "practice appointments not added:" << n.error().describe();
}

Session::~Session()
{
    // Devices stop before the registry that loaded their plugins goes away.
    m_devices.reset();
}

const core::Profile &Session::profile() const { return m_store->profile(); }

QString Session::counterName() const
{
    return m_settings->string(QStringLiteral("counter/name"),
                              QCoreApplication::translate("ow::gui", "Counter %1").arg(counterNumber()));
}

QString Session::counterNumber() const { return m_settings->string(QStringLiteral("counter/number"), QStringLiteral("01")); }

int Session::idleLockSeconds() const
{
    return std::max(0, int(m_settings->value(QStringLiteral("security/idleLockMinutes"), 5).toDouble() * 60));
}

void Session::audit(const QString &action, const QString &subject, const QString &detail)
{
    if (auto st = m_store->audit().append({officerNumber(), action, subject, detail}); !st)
        qCWarning(lcGui).noquote() << "audit row not written:" << action << st.error().describe();
}

std::shared_ptr<const catalog::Catalog> Session::catalog()
{
    // The sync thread may install a newer catalog from the central service: its pointer file is
    // renamed into the folder, which changes the folder's time. A visit under way keeps the
    // catalog it started with (its GuidePanel holds it).
    const QString dir = QDir(profile().dataDir()).filePath(QStringLiteral("catalog"));
    const QFileInfo info(dir);
    const QDateTime stamp = info.exists() ? info.lastModified() : QDateTime();
    if (m_catalog && stamp == m_catalogStamp) return m_catalog;
    m_catalogStamp = stamp;
    catalog::CatalogStore store(dir);
    auto cur = store.current();
    if (cur) {
        m_catalog = cur.value();
        m_catalogError.clear();
    } else {
        m_catalogError = cur.error().message;
        qCWarning(lcGui).noquote() << "catalog:" << cur.error().describe();
    }
    return m_catalog;
}

std::shared_ptr<const core::WorkingCalendar> Session::calendar()
{
    const QString dir = sync::InboxApplier::calendarDir(profile().dataDir());
    // The sync thread writes new years by renaming files into the folder: its time changes.
    const QFileInfo info(dir);
    const QDateTime stamp = info.exists() ? info.lastModified() : QDateTime();
    if (!m_calendar || stamp != m_calendarStamp) {
        m_calendar = std::make_shared<const core::WorkingCalendar>(core::WorkingCalendar::withInstalled(dir));
        m_calendarStamp = stamp;
    }
    return m_calendar;
}

std::shared_ptr<const catalog::Catalog> Session::catalogOfVersion(const QString &version)
{
    auto cur = catalog();
    if (!cur || cur->version() == version || version.isEmpty()) return cur;
    catalog::CatalogStore store(QDir(profile().dataDir()).filePath(QStringLiteral("catalog")));
    auto old = store.version(version);
    return old ? old.value() : cur;
}

// Usage is kept per officer in the profile's settings: codes only, nothing about citizens.
catalog::MatterSearch::Usage Session::matterUsage() const
{
    catalog::MatterSearch::Usage u;
    const QString base = QStringLiteral("usage/%1/").arg(officerNumber());
    u.recent = m_settings->value(base + QStringLiteral("recentMatters")).toStringList();
    const QVariantMap counts = m_settings->value(base + QStringLiteral("matterCounts")).toMap();
    for (auto it = counts.begin(); it != counts.end(); ++it) u.counts.insert(it.key(), it.value().toInt());
    return u;
}

void Session::recordMatterUse(const QString &code)
{
    const QString base = QStringLiteral("usage/%1/").arg(officerNumber());
    QStringList recent = m_settings->value(base + QStringLiteral("recentMatters")).toStringList();
    recent.removeAll(code);
    recent.prepend(code);
    while (recent.size() > 8) recent.removeLast();
    QVariantMap counts = m_settings->value(base + QStringLiteral("matterCounts")).toMap();
    counts.insert(code, counts.value(code).toInt() + 1);
    m_settings->setValue(base + QStringLiteral("recentMatters"), recent);
    m_settings->setValue(base + QStringLiteral("matterCounts"), counts);
    if (auto st = m_settings->sync(); !st) qCWarning(lcGui).noquote() << "settings not saved:" << st.error().describe();
}

QString Session::guideUrlTemplate() const
{
    return m_settings->string(QStringLiteral("catalog/guideUrl"), QStringLiteral("https://zwfw.example.gov.cn/guide/{code}"));
}

void Session::startDevices()
{
    m_plugins->discover();
    const auto cfg = devicekit::DeviceSettings::read(*m_settings);
    m_devices->setTiming(cfg.timing);
    m_devices->setAllowSimulators(profile().isPractice());
    m_devices->start(cfg.devices);
}

} // namespace ow::gui

namespace ow::gui {

QFuture<core::Status> Session::runInBackground(std::function<core::Status(storage::ProfileStore &)> work) const
{
    const core::Profile profile = m_store->profile();
    const QString workstation = m_store->audit().workstation();
    return QtConcurrent::run([profile, workstation, work = std::move(work)]() -> core::Status {
        auto store = storage::ProfileStore::open(profile, workstation);
        if (!store) return store.error();
        return work(*store.value());
    });
}

} // namespace ow::gui
