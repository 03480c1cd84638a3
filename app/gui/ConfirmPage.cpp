#include "ConfirmPage.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ow::gui {

ConfirmPage::ConfirmPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("confirmPage"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(12);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("confirmSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    v->addWidget(m_summary);

    auto *howTitle = new QLabel(tr("How the citizen receives the result"), this);
    howTitle->setProperty("role", "sectionTitle");
    v->addWidget(howTitle);
    auto *how = new QHBoxLayout;
    m_pickup = new QRadioButton(tr("&Pick up at the counter"), this);
    m_pickup->setObjectName(QStringLiteral("deliveryPickup"));
    m_mail = new QRadioButton(tr("&Mail (express delivery)"), this);
    m_mail->setObjectName(QStringLiteral("deliveryMail"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_pickup);
    group->addButton(m_mail);
    m_pickup->setChecked(true);
    how->addWidget(m_pickup);
    how->addWidget(m_mail);
    how->addStretch();
    v->addLayout(how);

    auto *form = new QFormLayout;
    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(QStringLiteral("deliveryRecipient"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("deliveryPhone"));
    m_phone->setPlaceholderText(tr("Mobile number for the SMS notices"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("deliveryAddress"));
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Recipient:"), m_recipient);
    form->addRow(tr("Address:"), m_address);
    v->addLayout(form);

    auto *row = new QHBoxLayout;
    m_present = new QPushButton(tr("Show on the citizen screen for confirmation  (F8)"), this);
    m_present->setObjectName(QStringLiteral("presentButton"));
    m_present->setProperty("role", "primary");
    m_present->setFocusPolicy(Qt::NoFocus);
    row->addWidget(m_present);
    row->addStretch();
    v->addLayout(row);

    m_signatureState = new QLabel(this);
    m_signatureState->setObjectName(QStringLiteral("signatureState"));
    m_signatureState->setWordWrap(true);
    m_signatureImage = new QLabel(this);
    m_signatureImage->setObjectName(QStringLiteral("signatureImage"));
    m_signatureImage->setFixedHeight(90);
    v->addWidget(m_signatureState);
    v->addWidget(m_signatureImage);
    v->addStretch();
    setSignature({}, {});

    for (QLineEdit *e : {m_recipient, m_phone, m_address})
        connect(e, &QLineEdit::textEdited, this, &ConfirmPage::deliveryChanged);
    connect(m_mail, &QRadioButton::toggled, this, [this] {
        updateEnabled();
        emit deliveryChanged();
    });
    connect(m_present, &QPushButton::clicked, this, &ConfirmPage::presentRequested);
    updateEnabled();
}

void ConfirmPage::updateEnabled()
{
    const bool mail = m_mail->isChecked();
    m_recipient->setEnabled(mail);
    m_address->setEnabled(mail);
}

void ConfirmPage::setDelivery(const casework::DeliveryChoice &d)
{
    const QSignalBlocker b1(m_mail), b2(m_pickup);
    (d.method == casework::DeliveryMethod::Mail ? m_mail : m_pickup)->setChecked(true);
    m_recipient->setText(d.recipient);
    m_phone->setText(d.phone);
    m_address->setText(d.address);
    updateEnabled();
}

casework::DeliveryChoice ConfirmPage::delivery() const
{
    casework::DeliveryChoice d;
    d.method = m_mail->isChecked() ? casework::DeliveryMethod::Mail : casework::DeliveryMethod::Pickup;
    d.recipient = m_recipient->text().trimmed();
    d.phone = m_phone->text().trimmed();
    d.address = m_address->text().trimmed();
    return d;
}

void ConfirmPage::setSummary(const QString &text) { m_summary->setText(text); }

void ConfirmPage::setSignature(const QImage &signature, const QString &when)
{
    if (signature.isNull()) {
        m_signatureState->setText(tr("✗ Not confirmed yet: press F8, the citizen checks the details on their "
                                     "screen and signs."));
        m_signatureImage->clear();
        return;
    }
    m_signatureState->setText(tr("✓ Confirmed and signed by the citizen at %1.").arg(when));
    m_signatureImage->setPixmap(QPixmap::fromImage(signature.scaledToHeight(86, Qt::SmoothTransformation)));
}

void ConfirmPage::focusFirst() { m_phone->setFocus(Qt::OtherFocusReason); }

} // namespace ow::gui
