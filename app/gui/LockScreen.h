#pragma once
// Covers the whole window when the counter is left alone (idle time-out) or locked with F12: no
// citizen's data stays on screen, and the work in progress stays as it was underneath.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ow::gui {

class Session;

class LockScreen final : public QWidget {
    Q_OBJECT
public:
    LockScreen(Session &session, QWidget *parent);

    void activate();

signals:
    void unlocked();
    void logoutRequested();

private:
    void tryUnlock();

    Session &m_session;
    QLabel *m_message = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_unlock = nullptr;
    bool m_checking = false;
};

// Watches the application's input; `idle()` after the configured quiet time.
class IdleWatcher final : public QObject {
    Q_OBJECT
public:
    IdleWatcher(int timeoutMs, QObject *parent);
    void setEnabled(bool enabled);

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class QTimer *m_timer;
    bool m_enabled = true;
};

} // namespace ow::gui
