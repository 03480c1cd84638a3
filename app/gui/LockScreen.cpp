#include "LockScreen.h"

#include "Session.h"

#include "storage/AuditLog.h"
#include "storage/ProfileStore.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ow::gui {

LockScreen::LockScreen(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true);
    setAttribute(Qt::WA_StyledBackground, true);
    setStyleSheet(QStringLiteral("QWidget#lockScreen { background: #202124; } QLabel { color: white; }"));
    auto *v = new QVBoxLayout(this);
    v->addStretch(2);
    auto *title = new QLabel(tr("Screen locked"), this);
    title->setObjectName(QStringLiteral("lockTitle"));
    title->setStyleSheet(QStringLiteral("font-size: 22pt; font-weight: bold;"));
    title->setAlignment(Qt::AlignCenter);
    v->addWidget(title);
    auto *who = new QLabel(tr("Officer %1 %2: enter your password to go on. The work in progress is kept.")
                               .arg(session.officerNumber(), session.officer().officer.name),
                           this);
    who->setAlignment(Qt::AlignCenter);
    who->setWordWrap(true);
    v->addWidget(who);
    auto *row = new QHBoxLayout;
    row->addStretch();
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(260);
    m_unlock = new QPushButton(tr("Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setProperty("role", "primary");
    auto *logout = new QPushButton(tr("Log out"), this);
    logout->setObjectName(QStringLiteral("lockLogoutButton"));
    row->addWidget(m_password);
    row->addWidget(m_unlock);
    row->addWidget(logout);
    row->addStretch();
    v->addLayout(row);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setStyleSheet(QStringLiteral("color: #f28b82;"));
    v->addWidget(m_message);
    v->addStretch(3);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(logout, &QPushButton::clicked, this, &LockScreen::logoutRequested);
    hide();
}

void LockScreen::activate()
{
    if (isVisible()) return;
    m_session.audit(QString::fromLatin1(storage::audit::kScreenLock), m_session.officerNumber());
    m_password->clear();
    m_message->clear();
    setGeometry(parentWidget()->rect());
    raise();
    show();
    m_password->setFocus();
}

void LockScreen::tryUnlock()
{
    if (m_checking) return;
    const QString password = m_password->text();
    if (password.isEmpty()) return;
    m_checking = true;
    m_unlock->setEnabled(false);
    m_message->setText(tr("Checking the password…"));
    const QString number = m_session.officerNumber();
    auto *watcher = new QFutureWatcher<core::Status>(this);
    connect(watcher, &QFutureWatcher<core::Status>::finished, this, [this, watcher] {
        const core::Status st = watcher->result();
        watcher->deleteLater();
        m_checking = false;
        m_unlock->setEnabled(true);
        if (!st) {
            m_message->setText(st.error().message);
            m_password->clear();
            m_password->setFocus();
            return;
        }
        m_session.audit(QString::fromLatin1(storage::audit::kScreenUnlock), m_session.officerNumber());
        hide();
        emit unlocked();
    });
    watcher->setFuture(m_session.runInBackground([number, password](storage::ProfileStore &store) {
        return store.officers().confirmPassword(number, password);
    }));
}

IdleWatcher::IdleWatcher(int timeoutMs, QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(timeoutMs);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    if (timeoutMs > 0) {
        qApp->installEventFilter(this);
        m_timer->start();
    }
}

void IdleWatcher::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) m_timer->stop();
    else if (m_timer->interval() > 0) m_timer->start();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_enabled && m_timer->interval() > 0) m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ow::gui
