#pragma once
// Composition root of the counter client: language, login, session, main window.

#include "core/Result.h"
#include "storage/Officers.h"

#include <QObject>
#include <QPointer>

#include <functional>

#include <memory>

namespace ow::storage {
class ProfileStore;
}

namespace ow::gui {

class LoginWindow;
class MainWindow;
class Session;

struct ClientOptions {
    QString dataRoot;    // empty: the platform's data location
    QString pluginDir;   // empty: next to the executable
    QString language;    // empty: the workstation setting, else Chinese
    QString profile;     // preselected on the login screen
    QString officer;     // with profile and password: log in at once (screenshots, demos, tests)
    QString password;    // the practice demo password is used when empty in practice
};

class ClientApp final : public QObject {
    Q_OBJECT
public:
    explicit ClientApp(ClientOptions options, QObject *parent = nullptr);
    ~ClientApp() override;

    // Shows the login screen, or logs straight in when the options name profile and officer.
    void start();
    // Checks the password off the GUI thread; ends in loggedIn() or loginFailed().
    void login(const QString &profileName, const QString &officerNumber, const QString &password);
    // First run of a profile without officers: creates its administrator, then logs in.
    void setUpFirstAdmin(const QString &profileName, const QString &number, const QString &name,
                         const QString &password);
    void logout();

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] LoginWindow *loginWindow() const { return m_login; }
    [[nodiscard]] MainWindow *mainWindow() const { return m_main; }
    [[nodiscard]] Session *session() const { return m_session.get(); }
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] QString dataRoot() const { return m_options.dataRoot; }

signals:
    void loggedIn();
    void loginFailed(const ow::core::Error &error);

private:
    void showLogin();
    void setLanguage(const QString &language, bool remember);
    // Opens the profile's store on a pool thread, runs `work` there, and finishes the login here.
    void runLoginWork(const QString &profileName,
                      std::function<core::Result<storage::LoggedIn>(storage::ProfileStore &)> work);
    void finishLogin(const QString &profileName, const core::Status &outcome,
                     const std::shared_ptr<storage::LoggedIn> &who);
    [[nodiscard]] QString workstationSettingsPath() const;
    [[nodiscard]] QString workstationId() const;

    ClientOptions m_options;
    QString m_language;
    bool m_busy = false;
    QPointer<LoginWindow> m_login;
    QPointer<MainWindow> m_main;
    std::unique_ptr<Session> m_session;
};

} // namespace ow::gui
