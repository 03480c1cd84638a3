#include "core/Profile.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>

namespace ow::core {

std::optional<Profile> Profile::fromName(QStringView name)
{
    if (name == u"counter") return Profile(ProfileKind::Counter);
    if (name == u"housecall") return Profile(ProfileKind::Housecall);
    if (name == u"practice") return Profile(ProfileKind::Practice);
    return std::nullopt;
}

QStringList Profile::names()
{
    return {QStringLiteral("counter"), QStringLiteral("housecall"), QStringLiteral("practice")};
}

Profile::Profile(ProfileKind kind, QString dataRoot) : m_kind(kind), m_root(std::move(dataRoot))
{
    if (m_root.isEmpty()) m_root = defaultDataRoot();
}

QString Profile::name() const
{
    switch (m_kind) {
    case ProfileKind::Housecall: return QStringLiteral("housecall");
    case ProfileKind::Practice: return QStringLiteral("practice");
    case ProfileKind::Counter: break;
    }
    return QStringLiteral("counter");
}

QString Profile::displayName() const
{
    switch (m_kind) {
    case ProfileKind::Housecall: return QCoreApplication::translate("ow::core", "House call");
    case ProfileKind::Practice: return QCoreApplication::translate("ow::core", "Practice");
    case ProfileKind::Counter: break;
    }
    return QCoreApplication::translate("ow::core", "Counter");
}

QString Profile::dataDir() const { return QDir(m_root).filePath(name()); }
QString Profile::settingsPath() const { return QDir(dataDir()).filePath(QStringLiteral("onewindow.ini")); }
QString Profile::databasePath() const { return QDir(dataDir()).filePath(QStringLiteral("onewindow.db")); }

QString Profile::defaultDataRoot()
{
    QString root = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (root.isEmpty()) root = QDir::home().filePath(QStringLiteral(".local/share/onewindow"));
    return root;
}

Status Profile::ensureDataDir() const
{
    const QString dir = dataDir();
    if (!QDir().mkpath(dir))
        return makeError(QStringLiteral("profile.datadir"),
                         QCoreApplication::translate("ow::core", "Cannot create the data folder %1. "
                                                                 "Check the disk and the folder permissions.")
                             .arg(QDir::toNativeSeparators(dir)),
                         QStringLiteral("mkpath failed: %1").arg(dir));
    // Personal data lives here: nobody but the workstation account may read it.
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFileInfo fi(dir);
    if (!fi.isWritable())
        return makeError(QStringLiteral("profile.datadir"),
                         QCoreApplication::translate("ow::core", "The data folder %1 is not writable.")
                             .arg(QDir::toNativeSeparators(dir)),
                         QStringLiteral("not writable: %1").arg(dir));
    return {};
}

ProfileSettings::ProfileSettings(const Profile &profile)
    : m_profile(profile),
      m_user(std::make_unique<QSettings>(profile.settingsPath(), QSettings::IniFormat)),
      m_defaults(std::make_unique<QSettings>(QStringLiteral(":/onewindow/config/%1.ini").arg(profile.name()),
                                             QSettings::IniFormat))
{
}

ProfileSettings::~ProfileSettings() = default;

QVariant ProfileSettings::expand(const QVariant &v) const
{
    if (v.typeId() != QMetaType::QString) return v;
    QString s = v.toString();
    if (s.contains(u"{data}")) s.replace(QStringLiteral("{data}"), m_profile.dataDir());
    return s;
}

QVariant ProfileSettings::value(const QString &key, const QVariant &fallback) const
{
    if (m_user->contains(key)) return expand(m_user->value(key));
    if (m_defaults->contains(key)) return expand(m_defaults->value(key));
    return fallback;
}

QString ProfileSettings::string(const QString &key, const QString &fallback) const
{
    return value(key, fallback).toString();
}

void ProfileSettings::setValue(const QString &key, const QVariant &value) { m_user->setValue(key, value); }

// Both layers' entries under `group`: the profile's own file first, then the embedded defaults.
static QStringList unionOf(QSettings &user, QSettings &defaults, const QString &group,
                           QStringList (QSettings::*list)() const)
{
    user.beginGroup(group);
    defaults.beginGroup(group);
    QStringList out = (user.*list)();
    for (const QString &x : (defaults.*list)())
        if (!out.contains(x)) out.append(x);
    user.endGroup();
    defaults.endGroup();
    return out;
}

QStringList ProfileSettings::childKeys(const QString &group) const
{
    return unionOf(*m_user, *m_defaults, group, &QSettings::childKeys);
}

QStringList ProfileSettings::childGroups(const QString &group) const
{
    return unionOf(*m_user, *m_defaults, group, &QSettings::childGroups);
}

Status ProfileSettings::sync()
{
    m_user->sync();
    if (m_user->status() != QSettings::NoError)
        return makeError(QStringLiteral("settings.write"),
                         QCoreApplication::translate("ow::core", "Could not save the settings to %1.")
                             .arg(QDir::toNativeSeparators(m_profile.settingsPath())),
                         QStringLiteral("QSettings status %1").arg(int(m_user->status())));
    return {};
}

} // namespace ow::core
