#pragma once
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ow::gui {

class Session;

// Changing one's own password: the key slot is re-wrapped under the new one.
class PasswordDialog final : public QDialog {
    Q_OBJECT
public:
    PasswordDialog(Session &session, QWidget *parent);

private:
    void submit();

    Session &m_session;
    QLineEdit *m_old;
    QLineEdit *m_new;
    QLineEdit *m_confirm;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace ow::gui
