#pragma once
// Composition root of the counter client: language, login, session, main window.

#include "core/Result.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace ow::gui {

class LoginWindow;
class MainWindow;
class Session;

struct ClientOptions {
    QString dataRoot;    // empty: the platform's data location
    QString pluginDir;   // empty: next to the executable
    QString language;    // empty: the workstation setting, else Chinese
    QString profile;     // preselected on the login screen
    QString officer;     // with profile: log in at once (screenshots, demos, tests)
};

class ClientApp final : public QObject {
    Q_OBJECT
public:
    explicit ClientApp(ClientOptions options, QObject *parent = nullptr);
    ~ClientApp() override;

    // Shows the login screen, or logs straight in when the options name profile and officer.
    void start();
    core::Status login(const QString &profileName, const QString &officerNumber);
    void logout();

    [[nodiscard]] LoginWindow *loginWindow() const { return m_login; }
    [[nodiscard]] MainWindow *mainWindow() const { return m_main; }
    [[nodiscard]] Session *session() const { return m_session.get(); }
    [[nodiscard]] QString language() const { return m_language; }

signals:
    void loggedIn();

private:
    void showLogin();
    void setLanguage(const QString &language, bool remember);
    [[nodiscard]] QString workstationSettingsPath() const;

    ClientOptions m_options;
    QString m_language;
    QPointer<LoginWindow> m_login;
    QPointer<MainWindow> m_main;
    std::unique_ptr<Session> m_session;
};

} // namespace ow::gui
