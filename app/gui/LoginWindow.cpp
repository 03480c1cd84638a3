#include "LoginWindow.h"

#include "core/Profile.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ow::gui {

LoginWindow::LoginWindow(const QString &language, QWidget *parent) : QWidget(parent)
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
    v->setContentsMargins(48, 32, 48, 32);
    auto *title = new QLabel(tr("OneWindow"), body);
    title->setObjectName(QStringLiteral("loginTitle"));
    auto *subtitle = new QLabel(tr("One counter for every matter: the citizen runs at most once."), body);
    subtitle->setObjectName(QStringLiteral("loginSubtitle"));
    v->addWidget(title);
    v->addWidget(subtitle);
    v->addSpacing(16);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    m_profile = new QComboBox(body);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    for (const QString &name : core::Profile::names())
        m_profile->addItem(core::Profile::fromName(name)->displayName(), name);
    m_profileHint = new QLabel(body);
    m_profileHint->setWordWrap(true);
    m_profileHint->setProperty("role", "fieldName");
    m_officer = new QLineEdit(body);
    m_officer->setObjectName(QStringLiteral("officerEdit"));
    m_officer->setPlaceholderText(tr("e.g. 000123"));
    m_officer->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Za-z]{0,12}")), m_officer));
    m_language = new QComboBox(body);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(language == u"en" ? 1 : 0);

    auto *profileLabel = new QLabel(tr("&Profile:"), body);
    profileLabel->setBuddy(m_profile);
    auto *officerLabel = new QLabel(tr("&Officer number:"), body);
    officerLabel->setBuddy(m_officer);
    auto *languageLabel = new QLabel(tr("&Language:"), body);
    languageLabel->setBuddy(m_language);
    form->addRow(profileLabel, m_profile);
    form->addRow(QString(), m_profileHint);
    form->addRow(officerLabel, m_officer);
    form->addRow(languageLabel, m_language);
    v->addLayout(form);

    m_error = new QLabel(body);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setStyleSheet(QStringLiteral("color: #c5221f;"));
    m_error->setWordWrap(true);
    m_error->hide();
    v->addWidget(m_error);

    m_login = new QPushButton(tr("Log in"), body);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setProperty("role", "primary");
    m_login->setDefault(true);
    v->addSpacing(8);
    v->addWidget(m_login);
    v->addStretch();
    outer->addWidget(body);

    connect(m_login, &QPushButton::clicked, this, &LoginWindow::submit);
    connect(m_officer, &QLineEdit::returnPressed, this, &LoginWindow::submit);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &LoginWindow::updateForProfile);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { emit languageChangeRequested(m_language->currentData().toString()); });
    updateForProfile();
    m_officer->setFocus();
    resize(560, 440);
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
}

void LoginWindow::updateForProfile()
{
    const QString name = profileName();
    m_practiceBanner->setVisible(name == u"practice");
    if (name == u"practice")
        m_profileHint->setText(tr("Training with simulated devices. Practice data never mixes with real cases."));
    else if (name == u"housecall")
        m_profileHint->setText(tr("For house calls on a laptop: works offline and syncs when back."));
    else
        m_profileHint->setText(tr("The service counter, with the devices installed at this window."));
}

void LoginWindow::submit()
{
    const QString officer = m_officer->text().trimmed();
    if (officer.size() < 4) {
        showError(tr("Enter your officer number (at least 4 characters)."));
        m_officer->setFocus();
        return;
    }
    showError({});
    emit loginRequested(profileName(), officer);
}

} // namespace ow::gui
