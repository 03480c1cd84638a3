#include "PasswordDialog.h"

#include "Session.h"

#include "storage/ProfileStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ow::gui {

PasswordDialog::PasswordDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Change password"));
    auto *form = new QFormLayout(this);
    auto edit = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setEchoMode(QLineEdit::Password);
        return e;
    };
    m_old = edit("oldPassword");
    m_new = edit("newPassword");
    m_confirm = edit("confirmPassword");
    form->addRow(tr("Current password:"), m_old);
    form->addRow(tr("New password:"), m_new);
    form->addRow(tr("New password again:"), m_confirm);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("passwordMessage"));
    m_message->setWordWrap(true);
    form->addRow(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Change password"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PasswordDialog::submit()
{
    if (m_new->text() != m_confirm->text()) {
        m_message->setText(tr("The two new passwords differ. Type them again."));
        m_new->clear();
        m_confirm->clear();
        m_new->setFocus();
        return;
    }
    m_ok->setEnabled(false);
    m_message->setText(tr("Changing the password…"));
    const storage::LoggedIn who = m_session.officer();
    const QString oldPassword = m_old->text();
    const QString newPassword = m_new->text();
    auto *watcher = new QFutureWatcher<core::Status>(this);
    connect(watcher, &QFutureWatcher<core::Status>::finished, this, [this, watcher] {
        const core::Status st = watcher->result();
        watcher->deleteLater();
        m_ok->setEnabled(true);
        if (!st) {
            m_message->setText(st.error().message);
            return;
        }
        accept();
    });
    watcher->setFuture(m_session.runInBackground([who, oldPassword, newPassword](storage::ProfileStore &store) {
        return store.officers().changePassword(who, oldPassword, newPassword, store.kdfCost());
    }));
}

} // namespace ow::gui
