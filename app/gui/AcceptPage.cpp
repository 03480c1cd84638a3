#include "AcceptPage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ow::gui {

using casework::IntakeDecision;
using casework::PaymentMethod;

AcceptPage::AcceptPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("acceptPage"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(12);

    auto *title = new QLabel(tr("Decision on each matter"), this);
    title->setProperty("role", "sectionTitle");
    v->addWidget(title);
    m_rowsHost = new QWidget(this);
    m_grid = new QGridLayout(m_rowsHost);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(0, 2);
    m_grid->setColumnStretch(3, 2);
    v->addWidget(m_rowsHost);

    auto *totalRow = new QHBoxLayout;
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("feeTotal"));
    m_total->setProperty("role", "sectionTitle");
    totalRow->addWidget(m_total);
    totalRow->addSpacing(24);
    m_paymentGroup = new QButtonGroup(this);
    const QList<QPair<PaymentMethod, QString>> methods = {{PaymentMethod::Cash, tr("Ca&sh")},
                                                          {PaymentMethod::BankCard, tr("&Bank card")},
                                                          {PaymentMethod::MobileQr, tr("Mobile &QR")}};
    for (const auto &[method, label] : methods) {
        auto *b = new QRadioButton(label, this);
        b->setObjectName(QStringLiteral("payment-%1").arg(casework::paymentMethodKey(method)));
        m_paymentGroup->addButton(b, int(method));
        totalRow->addWidget(b);
    }
    m_paymentGroup->button(int(PaymentMethod::Cash))->setChecked(true);
    totalRow->addStretch();
    v->addLayout(totalRow);
    connect(m_paymentGroup, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (on) emit paymentChanged(PaymentMethod(id));
    });

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("acceptProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    v->addWidget(m_problems);

    auto *row = new QHBoxLayout;
    m_accept = new QPushButton(tr("Accept and print the receipt  (F10)"), this);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setProperty("role", "primary");
    m_accept->setFocusPolicy(Qt::NoFocus);
    row->addWidget(m_accept);
    row->addStretch();
    v->addLayout(row);
    v->addStretch();
    connect(m_accept, &QPushButton::clicked, this, &AcceptPage::acceptRequested);
}

void AcceptPage::setRows(const QList<Row> &rows)
{
    QStringList names;
    for (const Row &r : rows) names << r.name;
    if (names != m_rowNames) {
        for (const RowWidgets &w : std::as_const(m_rows))
            for (QWidget *x : {static_cast<QWidget *>(w.name), static_cast<QWidget *>(w.decision),
                               static_cast<QWidget *>(w.reason), static_cast<QWidget *>(w.note),
                               static_cast<QWidget *>(w.fee)})
                delete x;
        m_rows.clear();
        m_rowNames = names;
        for (int i = 0; i < rows.size(); ++i) {
            RowWidgets w;
            w.name = new QLabel(m_rowsHost);
            w.name->setWordWrap(true);
            w.decision = new QComboBox(m_rowsHost);
            w.decision->setObjectName(QStringLiteral("decision%1").arg(i));
            for (auto d : {IntakeDecision::Accept, IntakeDecision::AcceptWithDeficiency, IntakeDecision::Refuse})
                w.decision->addItem(casework::intakeDecisionDisplayName(d), int(d));
            w.reason = new QComboBox(m_rowsHost);
            w.reason->setObjectName(QStringLiteral("refusalReason%1").arg(i));
            w.reason->addItem(tr("— choose the reason —"), QString());
            for (casework::RefusalReason r : casework::allRefusalReasons())
                w.reason->addItem(casework::refusalReasonText(r), casework::refusalReasonKey(r));
            w.note = new QLineEdit(m_rowsHost);
            w.note->setObjectName(QStringLiteral("refusalNote%1").arg(i));
            w.note->setPlaceholderText(tr("Reason in words (printed on the refusal notice)"));
            w.fee = new QLabel(m_rowsHost);
            m_grid->addWidget(w.name, i * 2, 0);
            m_grid->addWidget(w.decision, i * 2, 1);
            m_grid->addWidget(w.fee, i * 2, 2);
            m_grid->addWidget(w.reason, i * 2 + 1, 1);
            m_grid->addWidget(w.note, i * 2 + 1, 2, 1, 2);
            connect(w.decision, &QComboBox::currentIndexChanged, this, [this, i] { emitRow(i); });
            connect(w.reason, &QComboBox::currentIndexChanged, this, [this, i] { emitRow(i); });
            connect(w.note, &QLineEdit::textEdited, this, [this, i] { emitRow(i); });
            m_rows << w;
        }
    }
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        RowWidgets &w = m_rows[i];
        const QSignalBlocker b1(w.decision), b2(w.reason), b3(w.note);
        w.name->setText(r.missingText.isEmpty() ? QStringLiteral("%1. %2").arg(i + 1).arg(r.name)
                                                : QStringLiteral("%1. %2\n%3").arg(i + 1).arg(r.name, r.missingText));
        w.decision->setCurrentIndex(w.decision->findData(int(r.decision)));
        w.reason->setCurrentIndex(std::max(0, w.reason->findData(r.refusalReason)));
        if (w.note->text() != r.refusalNote) w.note->setText(r.refusalNote);
        const bool refuse = r.decision == IntakeDecision::Refuse;
        w.reason->setVisible(refuse);
        w.note->setVisible(refuse);
        w.fee->setText(r.feeText);
    }
}

void AcceptPage::emitRow(int row)
{
    const RowWidgets &w = m_rows.at(row);
    const auto d = IntakeDecision(w.decision->currentData().toInt());
    w.reason->setVisible(d == IntakeDecision::Refuse);
    w.note->setVisible(d == IntakeDecision::Refuse);
    emit decisionChanged(row, d, w.reason->currentData().toString(), w.note->text().trimmed());
}

void AcceptPage::setTotal(const QString &total) { m_total->setText(tr("Total fee: %1").arg(total)); }

void AcceptPage::setPayment(PaymentMethod m)
{
    const QSignalBlocker b(m_paymentGroup);
    if (auto *button = m_paymentGroup->button(int(m))) button->setChecked(true);
}

PaymentMethod AcceptPage::payment() const { return PaymentMethod(std::max(0, m_paymentGroup->checkedId())); }

void AcceptPage::setProblems(const QStringList &problems)
{
    if (problems.isEmpty()) {
        m_problems->setText(tr("✓ Ready: press F10 to accept and print the receipt."));
        m_problems->setProperty("kind", "ok");
    } else {
        QStringList lines;
        for (const QString &p : problems) lines << QStringLiteral("✗ ") + p;
        m_problems->setText(tr("Before accepting:") + u'\n' + lines.join(u'\n'));
        m_problems->setProperty("kind", "warning");
    }
    m_accept->setEnabled(problems.isEmpty());
}

void AcceptPage::setBusy(bool busy) { m_accept->setEnabled(!busy); }

void AcceptPage::focusFirst()
{
    if (!m_rows.isEmpty()) m_rows.first().decision->setFocus(Qt::OtherFocusReason);
}

QComboBox *AcceptPage::decisionBox(int row) const { return row < m_rows.size() ? m_rows[row].decision : nullptr; }
QComboBox *AcceptPage::reasonBox(int row) const { return row < m_rows.size() ? m_rows[row].reason : nullptr; }
QLineEdit *AcceptPage::noteEdit(int row) const { return row < m_rows.size() ? m_rows[row].note : nullptr; }

} // namespace ow::gui
