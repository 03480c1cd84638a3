#include "LoginWindow.h"

#include "core/Profile.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "storage/Statement.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::gui {
namespace {

// Read-only peek: does this profile have officers yet? (A missing database means no.)
bool profileHasOfficers(const QString &dataRoot, const QString &profileName)
{
    const auto p = core::Profile::fromName(profileName);
    if (!p) return false;
    const core::Profile profile(p->kind(), dataRoot);
    if (!QFileInfo::exists(profile.databasePath())) return false;
    auto db = storage::Database::open(profile.databasePath());
    if (!db) return true;  // let the login attempt report what is wrong with it
    storage::Statement st(db.value(), "SELECT 1 FROM officer LIMIT 1");
    auto r = st.step();
    return !r.ok() || r.value();
}

QLineEdit *passwordEdit(QWidget *parent, const char *objectName)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(objectName));
    e->setEchoMode(QLineEdit::Password);
    return e;
}

} // namespace

LoginWindow::LoginWindow(const QString &language, QString dataRoot, QWidget *parent)
    : QWidget(parent), m_dataRoot(std::move(dataRoot))
{
    setObjectName(QStringLiteral("loginWindow"));
    setWindowTitle(tr("OneWindow — log in"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_practiceBanner = new QWidget(this);
    m_practiceBanner->setObjectName(QStringLiteral("practiceBanner"));
    auto *bannerLayout = new QHBoxLayout(m_practiceBanner);
    auto *bannerText = new QLabel(QStringLiteral("练习 PRACTICE — ") + tr("simulated devices; nothing here reaches real records"),
                                  m_practiceBanner);
    bannerText->setObjectName(QStringLiteral("practiceBannerText"));
    bannerText->setAlignment(Qt::AlignCenter);
    bannerLayout->addWidget(bannerText);
    outer->addWidget(m_practiceBanner);

    auto *body = new QWidget(this);
    auto *v = new QVBoxLayout(body);
    v->setContentsMargins(48, 24, 48, 24);
    auto *title = new QLabel(tr("OneWindow"), body);
    title->setObjectName(QStringLiteral("loginTitle"));
    auto *subtitle = new QLabel(tr("One counter for every matter: the citizen runs at most once."), body);
    subtitle->setObjectName(QStringLiteral("loginSubtitle"));
    v->addWidget(title);
    v->addWidget(subtitle);
    v->addSpacing(12);

    // Profile and language come first: they decide what the rest of the screen asks.
    auto *top = new QFormLayout;
    top->setLabelAlignment(Qt::AlignRight);
    m_profile = new QComboBox(body);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    for (const QString &name : core::Profile::names())
        m_profile->addItem(core::Profile::fromName(name)->displayName(), name);
    m_profileHint = new QLabel(body);
    m_profileHint->setWordWrap(true);
    m_profileHint->setProperty("role", "fieldName");
    m_language = new QComboBox(body);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(language == u"en" ? 1 : 0);
    auto *profileLabel = new QLabel(tr("&Profile:"), body);
    profileLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    profileLabel->setBuddy(m_profile);
    auto *languageLabel = new QLabel(tr("&Language:"), body);
    languageLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    languageLabel->setBuddy(m_language);
    top->addRow(profileLabel, m_profile);
    top->addRow(QString(), m_profileHint);
    top->addRow(languageLabel, m_language);
    v->addLayout(top);

    // Logging in.
    m_loginForm = new QWidget(body);
    auto *form = new QFormLayout(m_loginForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight);
    m_officer = new QLineEdit(m_loginForm);
    m_officer->setObjectName(QStringLiteral("officerEdit"));
    m_officer->setPlaceholderText(tr("e.g. 000123"));
    m_officer->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Za-z]{0,12}")), m_officer));
    m_password = passwordEdit(m_loginForm, "passwordEdit");
    auto *officerLabel = new QLabel(tr("&Officer number:"), m_loginForm);
    officerLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    officerLabel->setBuddy(m_officer);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), m_loginForm);
    passwordLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    passwordLabel->setBuddy(m_password);
    form->addRow(officerLabel, m_officer);
    form->addRow(passwordLabel, m_password);
    m_login = new QPushButton(tr("Log in"), m_loginForm);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setProperty("role", "primary");
    m_login->setDefault(true);
    form->addRow(QString(), m_login);
    m_demo = new QTableWidget(m_loginForm);
    m_demo->setObjectName(QStringLiteral("demoAccounts"));
    m_demo->setColumnCount(4);
    m_demo->setHorizontalHeaderLabels({tr("Officer"), tr("Name"), tr("Roles"), tr("Password")});
    m_demo->verticalHeader()->hide();
    m_demo->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_demo->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_demo->setFocusPolicy(Qt::NoFocus);
    m_demo->horizontalHeader()->setStretchLastSection(true);
    const auto &demo = storage::demoAccounts();
    m_demo->setRowCount(int(demo.size()));
    for (int i = 0; i < demo.size(); ++i) {
        QStringList roles;
        for (const QString &r : QString::fromLatin1(demo[i].roles).split(u','))
            if (auto role = storage::roleFromKey(r)) roles << storage::roleDisplayName(*role);
        const QStringList cells = {QString::fromLatin1(demo[i].number), QString::fromUtf8(demo[i].name),
                                   roles.join(QStringLiteral("、")), QString::fromLatin1(demo[i].password)};
        for (int c = 0; c < cells.size(); ++c) m_demo->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_demo->resizeColumnsToContents();
    m_demo->setFixedHeight(m_demo->horizontalHeader()->height() + 3 * m_demo->rowHeight(0) + 4);
    auto *demoTitle = new QLabel(tr("Practice accounts (click one to fill it in):"), m_loginForm);
    demoTitle->setObjectName(QStringLiteral("demoTitle"));
    form->addRow(demoTitle);
    form->addRow(m_demo);
    v->addWidget(m_loginForm);

    // First run: the profile's administrator.
    m_setup = new QFrame(body);
    m_setup->setObjectName(QStringLiteral("firstAdminSetup"));
    auto *sv = new QFormLayout(m_setup);
    sv->setContentsMargins(0, 0, 0, 0);
    auto *setupTitle = new QLabel(tr("This profile has no officers yet. Set up its administrator: only an "
                                     "administrator can add the other officers."),
                                  m_setup);
    setupTitle->setWordWrap(true);
    sv->addRow(setupTitle);
    m_setupNumber = new QLineEdit(m_setup);
    m_setupNumber->setObjectName(QStringLiteral("setupNumber"));
    m_setupName = new QLineEdit(m_setup);
    m_setupName->setObjectName(QStringLiteral("setupName"));
    m_setupPassword = passwordEdit(m_setup, "setupPassword");
    m_setupConfirm = passwordEdit(m_setup, "setupConfirm");
    sv->addRow(tr("Officer number:"), m_setupNumber);
    sv->addRow(tr("Name:"), m_setupName);
    sv->addRow(tr("Password:"), m_setupPassword);
    sv->addRow(tr("Password again:"), m_setupConfirm);
    m_setupButton = new QPushButton(tr("Create administrator and log in"), m_setup);
    m_setupButton->setObjectName(QStringLiteral("setupButton"));
    m_setupButton->setProperty("role", "primary");
    sv->addRow(QString(), m_setupButton);
    v->addWidget(m_setup);

    m_busy = new QLabel(tr("Checking the password…"), body);
    m_busy->setObjectName(QStringLiteral("loginBusy"));
    m_busy->hide();
    v->addWidget(m_busy);
    m_error = new QLabel(body);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setStyleSheet(QStringLiteral("color: #c5221f;"));
    m_error->setWordWrap(true);
    m_error->hide();
    v->addWidget(m_error);
    v->addStretch();
    outer->addWidget(body);

    // The forms are separate widgets (shown in turn): one label width keeps their fields in line.
    int labelWidth = 0;
    for (QFormLayout *f : {top, form, sv})
        for (int r = 0; r < f->rowCount(); ++r)
            if (auto *item = f->itemAt(r, QFormLayout::LabelRole); item && item->widget())
                labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
    for (QFormLayout *f : {top, form, sv})
        for (int r = 0; r < f->rowCount(); ++r)
            if (auto *item = f->itemAt(r, QFormLayout::LabelRole); item && item->widget())
                item->widget()->setMinimumWidth(labelWidth);

    connect(m_login, &QPushButton::clicked, this, &LoginWindow::submit);
    connect(m_officer, &QLineEdit::returnPressed, this, [this] { m_password->setFocus(); });
    connect(m_password, &QLineEdit::returnPressed, this, &LoginWindow::submit);
    connect(m_setupButton, &QPushButton::clicked, this, &LoginWindow::submitFirstAdmin);
    connect(m_setupConfirm, &QLineEdit::returnPressed, this, &LoginWindow::submitFirstAdmin);
    connect(m_demo, &QTableWidget::cellClicked, this, [this](int row, int) {
        m_officer->setText(m_demo->item(row, 0)->text());
        m_password->setText(m_demo->item(row, 3)->text());
        m_password->setFocus();
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, &LoginWindow::updateForProfile);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { emit languageChangeRequested(m_language->currentData().toString()); });
    updateForProfile();
    resize(600, 600);
}

void LoginWindow::setProfile(const QString &name)
{
    const int i = m_profile->findData(name);
    if (i >= 0) m_profile->setCurrentIndex(i);
}

void LoginWindow::setOfficer(const QString &number) { m_officer->setText(number); }

QString LoginWindow::profileName() const { return m_profile->currentData().toString(); }

void LoginWindow::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty() && m_loginForm->isVisible()) {
        m_password->clear();
        m_password->setFocus();
    }
}

void LoginWindow::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QWidget *w : {static_cast<QWidget *>(m_login), static_cast<QWidget *>(m_setupButton),
                       static_cast<QWidget *>(m_profile), static_cast<QWidget *>(m_language)})
        w->setEnabled(!busy);
}

void LoginWindow::updateForProfile()
{
    const QString name = profileName();
    const bool practice = name == u"practice";
    m_practiceBanner->setVisible(practice);
    m_demo->setVisible(practice);
    findChild<QLabel *>(QStringLiteral("demoTitle"))->setVisible(practice);
    if (practice)
        m_profileHint->setText(tr("Training with simulated devices. Practice data never mixes with real cases."));
    else if (name == u"housecall")
        m_profileHint->setText(tr("For house calls on a laptop: works offline and syncs when back."));
    else
        m_profileHint->setText(tr("The service counter, with the devices installed at this window."));
    // Practice creates its demo accounts itself; other profiles start with their administrator.
    const bool setup = !practice && !profileHasOfficers(m_dataRoot, name);
    m_setup->setVisible(setup);
    m_loginForm->setVisible(!setup);
    showError({});
    (setup ? m_setupNumber : m_officer)->setFocus();
}

void LoginWindow::submit()
{
    const QString officer = m_officer->text().trimmed();
    if (officer.size() < 4) {
        showError(tr("Enter your officer number (at least 4 characters)."));
        m_officer->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        return;
    }
    showError({});
    emit loginRequested(profileName(), officer, m_password->text());
}

void LoginWindow::submitFirstAdmin()
{
    const QString number = m_setupNumber->text().trimmed();
    const QString name = m_setupName->text().trimmed();
    if (number.size() < 4 || name.isEmpty()) {
        showError(tr("Enter the administrator's officer number (at least 4 characters) and name."));
        return;
    }
    if (m_setupPassword->text() != m_setupConfirm->text()) {
        showError(tr("The two passwords differ. Type them again."));
        m_setupPassword->clear();
        m_setupConfirm->clear();
        m_setupPassword->setFocus();
        return;
    }
    showError({});
    emit firstAdminRequested(profileName(), number, name, m_setupPassword->text());
}

} // namespace ow::gui
