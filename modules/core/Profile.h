#pragma once
// A run belongs to one profile (counter, housecall, practice). Each profile has its own data
// directory, database, settings and device configuration, so practice data can never mix with
// real data.

#include "core/Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;

namespace ow::core {

enum class ProfileKind { Counter, Housecall, Practice };

class Profile {
public:
    static std::optional<Profile> fromName(QStringView name);
    static QStringList names();  // counter, housecall, practice

    // `dataRoot` empty: the platform location (QStandardPaths::AppDataLocation).
    Profile(ProfileKind kind, QString dataRoot = {});

    [[nodiscard]] ProfileKind kind() const { return m_kind; }
    [[nodiscard]] QString name() const;
    [[nodiscard]] QString displayName() const;  // translated
    [[nodiscard]] bool isPractice() const { return m_kind == ProfileKind::Practice; }

    [[nodiscard]] QString dataRoot() const { return m_root; }
    [[nodiscard]] QString dataDir() const;        // <root>/<name>
    [[nodiscard]] QString settingsPath() const;   // <dataDir>/onewindow.ini
    [[nodiscard]] QString databasePath() const;   // <dataDir>/onewindow.db

    // Creates the data directory (owner-only permissions); fails with an officer-readable reason.
    Status ensureDataDir() const;

    static QString defaultDataRoot();

private:
    ProfileKind m_kind;
    QString m_root;
};

// Settings of one profile: the profile's own INI file over the defaults embedded for that
// profile (resources/config/<profile>.ini). Values read as "{data}/x" expand to the data dir.
class ProfileSettings {
public:
    explicit ProfileSettings(const Profile &profile);
    ~ProfileSettings();
    ProfileSettings(const ProfileSettings &) = delete;
    ProfileSettings &operator=(const ProfileSettings &) = delete;

    [[nodiscard]] QVariant value(const QString &key, const QVariant &fallback = {}) const;
    [[nodiscard]] QString string(const QString &key, const QString &fallback = {}) const;
    void setValue(const QString &key, const QVariant &value);
    // Keys directly under `group`, from both layers.
    [[nodiscard]] QStringList childKeys(const QString &group) const;
    [[nodiscard]] QStringList childGroups(const QString &group) const;
    Status sync();

    [[nodiscard]] const Profile &profile() const { return m_profile; }

private:
    QVariant expand(const QVariant &v) const;

    Profile m_profile;
    std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_defaults;
};

} // namespace ow::core
