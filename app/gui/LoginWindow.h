#pragma once
// The first screen: which profile this session works in, and who is working.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ow::gui {

class LoginWindow final : public QWidget {
    Q_OBJECT
public:
    explicit LoginWindow(const QString &language, QWidget *parent = nullptr);

    void setProfile(const QString &name);
    void setOfficer(const QString &number);
    void showError(const QString &message);
    [[nodiscard]] QString profileName() const;

signals:
    void loginRequested(const QString &profileName, const QString &officerNumber);
    void languageChangeRequested(const QString &language);

private:
    void submit();
    void updateForProfile();

    QComboBox *m_profile = nullptr;
    QLabel *m_profileHint = nullptr;
    QLineEdit *m_officer = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_practiceBanner = nullptr;
    QPushButton *m_login = nullptr;
};

} // namespace ow::gui
