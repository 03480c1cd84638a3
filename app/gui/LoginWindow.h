#pragma once
// The first screen: which profile this session works in, and who is working (officer number and
// password). Practice lists its demo accounts; a profile without officers offers to set up its
// administrator.

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ow::gui {

class LoginWindow final : public QWidget {
    Q_OBJECT
public:
    LoginWindow(const QString &language, QString dataRoot, QWidget *parent = nullptr);

    void setProfile(const QString &name);
    void setOfficer(const QString &number);
    void showError(const QString &message);
    void setBusy(bool busy);
    [[nodiscard]] QString profileName() const;

signals:
    void loginRequested(const QString &profileName, const QString &officerNumber, const QString &password);
    void firstAdminRequested(const QString &profileName, const QString &number, const QString &name,
                             const QString &password);
    void languageChangeRequested(const QString &language);

private:
    void submit();
    void submitFirstAdmin();
    void updateForProfile();

    QString m_dataRoot;
    QComboBox *m_profile = nullptr;
    QLabel *m_profileHint = nullptr;
    QLineEdit *m_officer = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_busy = nullptr;
    QWidget *m_practiceBanner = nullptr;
    QPushButton *m_login = nullptr;
    QTableWidget *m_demo = nullptr;
    QWidget *m_loginForm = nullptr;
    QFrame *m_setup = nullptr;
    QLineEdit *m_setupNumber = nullptr;
    QLineEdit *m_setupName = nullptr;
    QLineEdit *m_setupPassword = nullptr;
    QLineEdit *m_setupConfirm = nullptr;
    QPushButton *m_setupButton = nullptr;
};

} // namespace ow::gui
