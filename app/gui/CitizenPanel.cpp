#include "CitizenPanel.h"

#include "core/IdNumber.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ow::gui {

CitizenPanel::CitizenPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("citizenPanel"));
    setFixedWidth(280);  // the work area must not shift when a citizen arrives
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(16, 16, 16, 16);
    auto *title = new QLabel(tr("CITIZEN"), this);
    title->setProperty("role", "fieldName");
    v->addWidget(title);
    m_empty = new QLabel(tr("Nobody is being served.\nPress F2 to read an ID card."), this);
    m_empty->setObjectName(QStringLiteral("citizenEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setProperty("role", "fieldName");
    v->addWidget(m_empty);
    m_photo = new QLabel(this);
    m_photo->setObjectName(QStringLiteral("citizenPhoto"));
    m_photo->setFixedSize(102, 126);
    v->addWidget(m_photo);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("citizenName"));
    m_name->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
    v->addWidget(m_name);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("citizenFacts"));
    v->addWidget(m_facts);
    m_idNumber = new QLabel(this);
    m_idNumber->setObjectName(QStringLiteral("citizenIdNumber"));
    v->addWidget(m_idNumber);
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("citizenAddress"));
    m_address->setWordWrap(true);
    m_address->setProperty("role", "fieldName");
    v->addWidget(m_address);
    m_identityNote = new QLabel(this);
    m_identityNote->setObjectName(QStringLiteral("citizenIdentityNote"));
    m_identityNote->setWordWrap(true);
    v->addWidget(m_identityNote);
    m_reusablePhoto = new QLabel(this);
    m_reusablePhoto->setObjectName(QStringLiteral("citizenReusablePhoto"));
    v->addWidget(m_reusablePhoto);
    v->addStretch();
    clear();
}

void CitizenPanel::setCard(const core::IdCard &card, QDate today)
{
    m_empty->hide();
    for (QWidget *w : {static_cast<QWidget *>(m_photo), static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_facts),
                       static_cast<QWidget *>(m_idNumber), static_cast<QWidget *>(m_address)})
        w->show();
    if (!card.photo.isNull())
        m_photo->setPixmap(QPixmap::fromImage(card.photo.scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    else
        m_photo->clear();
    m_name->setText(card.name.isEmpty() ? card.englishName : card.name);
    QString facts = core::genderDisplayName(card.gender);
    // From the card's birth date: every card kind has one, not every card number encodes it.
    if (card.birthDate.isValid() && card.birthDate <= today)
        facts += QStringLiteral("  ") + tr("%n year(s) old", nullptr, core::ageOn(card.birthDate, today));
    m_facts->setText(facts);
    m_idNumber->setText(core::IdNumber::mask(card.idNumber));
    m_address->setText(card.appendedAddress.isEmpty() ? card.address : card.appendedAddress);
}

void CitizenPanel::setReusablePhoto(const QString &text)
{
    m_reusablePhoto->setText(text);
    m_reusablePhoto->setVisible(!text.isEmpty());
}

void CitizenPanel::setIdentityNote(const QString &text)
{
    m_identityNote->setText(text);
    m_identityNote->setVisible(!text.isEmpty());
}

void CitizenPanel::clear()
{
    setReusablePhoto({});
    setIdentityNote({});
    m_empty->show();
    for (QWidget *w : {static_cast<QWidget *>(m_photo), static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_facts),
                       static_cast<QWidget *>(m_idNumber), static_cast<QWidget *>(m_address)})
        w->hide();
}

} // namespace ow::gui
