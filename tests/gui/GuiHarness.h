#pragma once
// What every GUI test does first: start the client on a throw-away data folder, log in to
// practice as an officer would, and read what labels say.

#include "TestSupport.h"

#include "ClientApp.h"
#include "LoginWindow.h"
#include "MainWindow.h"
#include "GuidePanel.h"
#include "Session.h"

#include "storage/AuditLog.h"
#include "storage/ProfileStore.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTest>

#include <memory>

namespace ow::test::gui {

using namespace ow::gui;


inline QString text(QWidget *root, const char *name)
{
    auto *l = root->findChild<QLabel *>(QString::fromLatin1(name));
    REQUIRE(l);
    return l->text();
}

inline void writeProfileSettings(const QString &root, const QString &profile, const QVariantMap &values)
{
    QDir().mkpath(QDir(root).filePath(profile));
    QSettings s(QDir(root).filePath(profile + "/onewindow.ini"), QSettings::IniFormat);
    for (auto it = values.begin(); it != values.end(); ++it) s.setValue(it.key(), it.value());
}

inline std::unique_ptr<ClientApp> startClient(const QString &root, const QString &lang = {})
{
    auto client = std::make_unique<ClientApp>(ClientOptions{root, ow::test::pluginDir(), lang, {}, {}, {}});
    client->start();
    REQUIRE(client->loginWindow());
    return client;
}

inline void typeLogin(ClientApp &client, const QString &profileName, const QString &number, const QString &password)
{
    LoginWindow *login = client.loginWindow();
    auto *profile = login->findChild<QComboBox *>("profileCombo");
    auto *officer = login->findChild<QLineEdit *>("officerEdit");
    auto *pw = login->findChild<QLineEdit *>("passwordEdit");
    REQUIRE(profile);
    REQUIRE(officer);
    REQUIRE(pw);
    profile->setCurrentIndex(profile->findData(profileName));
    officer->clear();
    QTest::keyClicks(officer, number);
    QTest::keyClick(officer, Qt::Key_Return);  // moves on to the password
    QTest::keyClicks(pw, password);
    QTest::keyClick(pw, Qt::Key_Return);
}

inline MainWindow *loginAsPractice(ClientApp &client, const QString &number = "000123", const QString &password = "practice-123")
{
    typeLogin(client, "practice", number, password);
    REQUIRE(ow::test::waitUntil([&] { return client.mainWindow() != nullptr; }, 15000));
    MainWindow *main = client.mainWindow();
    REQUIRE(ow::test::waitUntil([&] { return client.session()->devices().settled(); }));
    return main;
}

// Answers every open question with its first option (or a number inside its bounds) until none is left.
inline void answerAll(GuidePanel *guide)
{
    for (int guard = 0; guard < 50 && !guide->checklist().complete(); ++guard) {
        const ow::catalog::GuideQuestion *q = guide->checklist().openQuestions.front();
        if (q->options.isEmpty()) guide->setAnswer(q->id, q->min.value_or(1));
        else if (q->type == ow::catalog::GuideQuestion::Type::Multiple) guide->setAnswer(q->id, QStringList{});
        else guide->setAnswer(q->id, q->options.front().value);
    }
}

inline QStringList auditActions(ClientApp &client)
{
    QStringList out;
    for (const auto &r : ow::storage::AuditLog::recent(client.session()->store().db(), 500).value()) out.prepend(r.action);
    return out;
}


} // namespace ow::test::gui
