#include "IdCardView.h"

#include "core/IdNumber.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace ow::gui {

IdCardView::IdCardView(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("cardFrame"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(20, 16, 20, 16);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(8);

    m_name = value(QStringLiteral("cardName"));
    m_gender = value(QStringLiteral("cardGender"));
    m_nation = value(QStringLiteral("cardNation"));
    m_birth = value(QStringLiteral("cardBirth"));
    m_address = value(QStringLiteral("cardAddress"));
    m_address->setWordWrap(true);
    m_idNumber = value(QStringLiteral("cardIdNumber"));
    m_idNumber->setTextInteractionFlags(Qt::NoTextInteraction);  // no copying a masked-then-revealed number
    m_issuer = value(QStringLiteral("cardIssuer"));
    m_validity = value(QStringLiteral("cardValidity"));
    m_kind = value(QStringLiteral("cardKind"));
    m_englishName = value(QStringLiteral("cardEnglishName"));
    m_nationality = value(QStringLiteral("cardNationality"));
    m_passNumber = value(QStringLiteral("cardPassNumber"));
    m_issueCount = value(QStringLiteral("cardIssueCount"));
    m_name->setProperty("role", QVariant());

    m_reveal = new QPushButton(tr("Show &number"), this);
    m_reveal->setObjectName(QStringLiteral("revealIdButton"));
    m_reveal->setToolTip(tr("Shows the whole ID number. Every look is recorded."));
    connect(m_reveal, &QPushButton::clicked, this, &IdCardView::revealIdNumber);

    auto label = [this](const QString &text) {
        auto *l = new QLabel(text, this);
        l->setProperty("role", "fieldName");
        l->setAlignment(Qt::AlignRight | Qt::AlignTop);
        return l;
    };
    int r = 0;
    grid->addWidget(label(tr("Name")), r, 0);
    grid->addWidget(m_name, r++, 1, 1, 3);
    QLabel *englishLabel = label(tr("English name"));
    grid->addWidget(englishLabel, r, 0);
    grid->addWidget(m_englishName, r++, 1, 1, 3);
    m_foreignRows << englishLabel << m_englishName;
    grid->addWidget(label(tr("Gender")), r, 0);
    grid->addWidget(m_gender, r, 1);
    QLabel *nationLabel = label(tr("Nation"));
    grid->addWidget(nationLabel, r, 2);
    grid->addWidget(m_nation, r, 3);
    m_residentRows << nationLabel << m_nation;
    QLabel *nationalityLabel = label(tr("Nationality"));
    grid->addWidget(nationalityLabel, r, 2);
    grid->addWidget(m_nationality, r++, 3);
    m_foreignRows << nationalityLabel << m_nationality;
    grid->addWidget(label(tr("Born")), r, 0);
    grid->addWidget(m_birth, r++, 1, 1, 3);
    QLabel *addressLabel = label(tr("Address"));
    grid->addWidget(addressLabel, r, 0);
    grid->addWidget(m_address, r++, 1, 1, 3);
    m_addressRow << addressLabel << m_address;
    m_idLabel = label(tr("ID number"));
    grid->addWidget(m_idLabel, r, 0);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_idNumber);
    idRow->addWidget(m_reveal);
    idRow->addStretch();
    grid->addLayout(idRow, r++, 1, 1, 3);
    grid->addWidget(label(tr("Issued by")), r, 0);
    grid->addWidget(m_issuer, r++, 1, 1, 3);
    grid->addWidget(label(tr("Valid")), r, 0);
    grid->addWidget(m_validity, r++, 1, 1, 3);
    grid->addWidget(label(tr("Card")), r, 0);
    grid->addWidget(m_kind, r++, 1, 1, 3);
    QLabel *passLabel = label(tr("Travel pass"));
    grid->addWidget(passLabel, r, 0);
    grid->addWidget(m_passNumber, r, 1);
    QLabel *countLabel = label(tr("Issue count"));
    grid->addWidget(countLabel, r, 2);
    grid->addWidget(m_issueCount, r++, 3);
    m_permitRows << passLabel << m_passNumber << countLabel << m_issueCount;

    m_photo = new QLabel(this);
    m_photo->setObjectName(QStringLiteral("cardPhoto"));
    m_photo->setFixedSize(153, 189);  // 1.5 x the chip photo's 102 x 126
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setStyleSheet(QStringLiteral("border: 1px solid #dadce0; background: #fafafa;"));
    grid->addWidget(m_photo, 0, 4, r, 1, Qt::AlignTop | Qt::AlignRight);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 2);
    clear();
}

QLabel *IdCardView::value(const QString &objectName)
{
    auto *l = new QLabel(this);
    l->setObjectName(objectName);
    l->setProperty("role", "fieldValue");
    return l;
}

void IdCardView::setCard(const core::IdCard &card)
{
    m_card = card;
    m_revealed = false;
    const QLocale locale;
    m_name->setText(card.name.isEmpty() ? card.englishName : card.name);
    m_gender->setText(core::genderDisplayName(card.gender));
    m_nation->setText(card.nationCode.isEmpty() ? QString() : core::nationName(card.nationCode));
    m_birth->setText(locale.toString(card.birthDate, QLocale::LongFormat));
    QString address = card.address;
    if (!card.appendedAddress.isEmpty()) address += QStringLiteral("\n") + tr("New address: %1").arg(card.appendedAddress);
    m_address->setText(address);
    m_issuer->setText(card.issuer);
    m_validity->setText(card.validityText());
    m_kind->setText(core::idCardKindDisplayName(card.kind));
    m_englishName->setText(card.englishName);
    m_nationality->setText(card.nationality);
    m_passNumber->setText(card.passNumber);
    m_issueCount->setText(card.issueCount ? QString::number(card.issueCount) : QString());
    // Each kind shows its own fields: a foreign card has no nation (民族), a permit has a pass.
    const bool foreign = card.kind == core::IdCardKind::ForeignPermanent;
    const bool permit = card.kind == core::IdCardKind::HmtResidencePermit;
    for (QWidget *w : std::as_const(m_foreignRows)) w->setVisible(foreign);
    for (QWidget *w : std::as_const(m_permitRows)) w->setVisible(permit);
    for (QWidget *w : std::as_const(m_residentRows)) w->setVisible(!foreign && !permit);
    for (QWidget *w : std::as_const(m_addressRow)) w->setVisible(!foreign);  // foreign cards carry no address
    m_idLabel->setText(foreign ? tr("Card number") : tr("ID number"));
    if (!card.photo.isNull())
        m_photo->setPixmap(QPixmap::fromImage(card.photo.scaled(m_photo->size() - QSize(4, 4), Qt::KeepAspectRatio,
                                                                Qt::SmoothTransformation)));
    else
        m_photo->setText(card.photoUndecodable ? tr("Chip photo cannot be\ndecoded on this\nworkstation")
                                               : tr("No photo"));
    m_reveal->setEnabled(true);
    m_reveal->setVisible(true);
    showIdNumber();
    show();
}

void IdCardView::clear()
{
    m_card = {};
    m_revealed = false;
    for (QLabel *l : {m_name, m_gender, m_nation, m_birth, m_address, m_idNumber, m_issuer, m_validity, m_kind,
                      m_englishName, m_nationality, m_passNumber, m_issueCount})
        l->clear();
    m_photo->clear();
    m_reveal->setVisible(false);
    hide();  // no empty form: the card appears once there is one
}

void IdCardView::revealIdNumber()
{
    if (m_card.isNull() || m_revealed) return;
    m_revealed = true;
    showIdNumber();
    emit idNumberRevealed(core::IdNumber::mask(m_card.idNumber));
}

void IdCardView::showIdNumber()
{
    m_idNumber->setText(m_revealed ? m_card.idNumber : core::IdNumber::mask(m_card.idNumber));
    m_reveal->setEnabled(!m_revealed);
}

} // namespace ow::gui
