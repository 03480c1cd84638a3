#include "ClientApp.h"

#include "LoginWindow.h"
#include "MainWindow.h"
#include "Session.h"

#include "core/Profile.h"
#include "core/Translations.h"
#include "devicekit/PluginRegistry.h"
#include "storage/Database.h"

#include <QDir>
#include <QSettings>
#include <QTimer>

namespace ow::gui {

ClientApp::ClientApp(ClientOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    if (m_options.dataRoot.isEmpty()) m_options.dataRoot = core::Profile::defaultDataRoot();
    if (m_options.pluginDir.isEmpty()) m_options.pluginDir = devicekit::PluginRegistry::defaultPluginDir();
    // Chinese first; English when asked for on the command line or chosen at login before.
    QString lang = m_options.language;
    if (lang.isEmpty())
        lang = QSettings(workstationSettingsPath(), QSettings::IniFormat).value("ui/language", "zh_CN").toString();
    setLanguage(lang, false);
}

ClientApp::~ClientApp()
{
    delete m_main;
    delete m_login;
}

QString ClientApp::workstationSettingsPath() const
{
    return QDir(m_options.dataRoot).filePath(QStringLiteral("workstation.ini"));
}

void ClientApp::setLanguage(const QString &language, bool remember)
{
    m_language = core::installTranslations(language);
    if (remember) {
        QDir().mkpath(m_options.dataRoot);
        QSettings(workstationSettingsPath(), QSettings::IniFormat).setValue("ui/language", m_language);
    }
}

void ClientApp::start()
{
    if (!m_options.profile.isEmpty() && !m_options.officer.isEmpty()) {
        if (login(m_options.profile, m_options.officer)) return;
    }
    showLogin();
}

void ClientApp::showLogin()
{
    // Built anew so a language change takes effect on every string.
    const QString profile = m_login ? m_login->profileName() : m_options.profile;
    delete m_login;
    m_login = new LoginWindow(m_language);
    m_login->setAttribute(Qt::WA_DeleteOnClose, false);
    if (!profile.isEmpty()) m_login->setProfile(profile);
    connect(m_login, &LoginWindow::loginRequested, this, [this](const QString &p, const QString &o) {
        if (auto st = login(p, o); !st) m_login->showError(st.error().message);
    });
    connect(m_login, &LoginWindow::languageChangeRequested, this, [this](const QString &lang) {
        // Let the combo box finish its own signal before the window that owns it is replaced.
        QTimer::singleShot(0, this, [this, lang] {
            setLanguage(lang, true);
            showLogin();
        });
    });
    m_login->show();
}

core::Status ClientApp::login(const QString &profileName, const QString &officerNumber)
{
    const auto kind = core::Profile::fromName(profileName);
    if (!kind)
        return core::makeError(QStringLiteral("login.profile"), tr("Unknown profile \"%1\".").arg(profileName));
    core::Profile profile(kind->kind(), m_options.dataRoot);
    if (auto st = profile.ensureDataDir(); !st) return st;
    // The database must open (and be of a schema this version knows) before anyone works.
    if (auto db = storage::Database::open(profile.databasePath()); !db) return db.error();

    m_session = std::make_unique<Session>(profile, officerNumber, m_options.pluginDir);
    m_main = new MainWindow(*m_session);
    m_main->setAttribute(Qt::WA_DeleteOnClose, false);
    m_session->startDevices();
    m_main->show();
    if (m_login) m_login->hide();
    emit loggedIn();
    return {};
}

void ClientApp::logout()
{
    delete m_main;
    m_session.reset();
    showLogin();
}

} // namespace ow::gui
