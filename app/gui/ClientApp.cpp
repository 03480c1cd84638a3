#include "ClientApp.h"

#include "LoginWindow.h"
#include "MainWindow.h"
#include "Session.h"

#include "core/Profile.h"
#include "core/Translations.h"
#include "devicekit/PluginRegistry.h"
#include "storage/ProfileStore.h"

#include <QDir>
#include <QFutureWatcher>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent>

namespace ow::gui {
namespace {

// What the worker hands back: the outcome, and the officer with the unlocked key on success.
struct LoginResult {
    core::Status status;
    std::shared_ptr<storage::LoggedIn> officer;
};

} // namespace

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

QString ClientApp::workstationId() const
{
    const QString id = QSettings(workstationSettingsPath(), QSettings::IniFormat).value("workstation/id").toString();
    return id.isEmpty() ? storage::ProfileStore::defaultWorkstationId() : id;
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
    showLogin();
    if (!m_options.profile.isEmpty() && !m_options.officer.isEmpty()) {
        QString password = m_options.password;
        if (password.isEmpty() && m_options.profile == u"practice")
            for (const auto &d : storage::demoAccounts())
                if (m_options.officer == QLatin1String(d.number)) password = QString::fromLatin1(d.password);
        login(m_options.profile, m_options.officer, password);
    }
}

void ClientApp::showLogin()
{
    // Built anew so a language change takes effect on every string.
    const QString profile = m_login ? m_login->profileName() : m_options.profile;
    delete m_login;
    m_login = new LoginWindow(m_language, m_options.dataRoot);
    if (!profile.isEmpty()) m_login->setProfile(profile);
    connect(m_login, &LoginWindow::loginRequested, this, &ClientApp::login);
    connect(m_login, &LoginWindow::firstAdminRequested, this, &ClientApp::setUpFirstAdmin);
    connect(m_login, &LoginWindow::languageChangeRequested, this, [this](const QString &lang) {
        // Let the combo box finish its own signal before the window that owns it is replaced.
        QTimer::singleShot(0, this, [this, lang] {
            setLanguage(lang, true);
            showLogin();
        });
    });
    connect(this, &ClientApp::loginFailed, m_login, [this](const core::Error &e) { m_login->showError(e.message); });
    m_login->show();
}

void ClientApp::login(const QString &profileName, const QString &officerNumber, const QString &password)
{
    runLoginWork(profileName, [officerNumber, password](storage::ProfileStore &store) -> core::Result<storage::LoggedIn> {
        if (auto st = store.ensureDemoAccounts(); !st) return st.error();
        return store.officers().login(officerNumber, password);
    });
}

void ClientApp::setUpFirstAdmin(const QString &profileName, const QString &number, const QString &name,
                                const QString &password)
{
    runLoginWork(profileName, [number, name, password](storage::ProfileStore &store) -> core::Result<storage::LoggedIn> {
        const storage::NewOfficer o{number, name, {storage::Role::Admin}, false};
        return store.officers().createFirstAdmin(o, password, store.kdfCost());
    });
}

void ClientApp::runLoginWork(const QString &profileName,
                             std::function<core::Result<storage::LoggedIn>(storage::ProfileStore &)> work)
{
    if (m_busy || m_session) return;
    const auto kind = core::Profile::fromName(profileName);
    if (!kind) {
        emit loginFailed(core::makeError(QStringLiteral("login.profile"), tr("Unknown profile \"%1\".").arg(profileName)));
        return;
    }
    const core::Profile profile(kind->kind(), m_options.dataRoot);
    const QString workstation = workstationId();
    m_busy = true;
    if (m_login) m_login->setBusy(true);
    // Argon2id takes a good part of a second by design: never on the GUI thread. The worker uses
    // its own connection (one per thread).
    auto *watcher = new QFutureWatcher<LoginResult>(this);
    connect(watcher, &QFutureWatcher<LoginResult>::finished, this, [this, watcher, profileName] {
        const LoginResult r = watcher->result();
        watcher->deleteLater();
        finishLogin(profileName, r.status, r.officer);
    });
    watcher->setFuture(QtConcurrent::run([profile, workstation, work = std::move(work)]() -> LoginResult {
        auto store = storage::ProfileStore::open(profile, workstation);
        if (!store) return {store.error(), nullptr};
        auto who = work(*store.value());
        if (!who) return {who.error(), nullptr};
        return {{}, std::make_shared<storage::LoggedIn>(who.value())};
    }));
}

void ClientApp::finishLogin(const QString &profileName, const core::Status &outcome,
                            const std::shared_ptr<storage::LoggedIn> &who)
{
    m_busy = false;
    if (m_login) m_login->setBusy(false);
    if (!outcome) {
        emit loginFailed(outcome.error());
        return;
    }
    const core::Profile profile(core::Profile::fromName(profileName)->kind(), m_options.dataRoot);
    // This thread's own connection, for the session's audit rows and drafts.
    auto store = storage::ProfileStore::open(profile, workstationId());
    if (!store) {
        emit loginFailed(store.error());
        return;
    }
    m_session = std::make_unique<Session>(std::move(store).value(), *who, m_options.pluginDir);
    m_main = new MainWindow(*m_session);
    connect(m_main, &MainWindow::logoutRequested, this, [this] { QTimer::singleShot(0, this, &ClientApp::logout); });
    m_session->startDevices();
    m_main->show();
    if (m_login) m_login->hide();
    emit loggedIn();
}

void ClientApp::logout()
{
    if (m_session) m_session->audit(QString::fromLatin1(storage::audit::kLogout), m_session->officerNumber());
    delete m_main;
    m_session.reset();
    showLogin();
}

} // namespace ow::gui
