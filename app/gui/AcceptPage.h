#pragma once
// Step 4 of the visit: the decision on each matter (accept; accept with the materials to follow on
// the one-time notice; refuse with a reason from the list and free text), the fee after
// exemptions and how it is paid, what still stops acceptance, and F10: accept, write the cases and
// print the receipt.

#include "casework/Intake.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace ow::gui {

class AcceptPage final : public QWidget {
    Q_OBJECT
public:
    explicit AcceptPage(QWidget *parent = nullptr);

    struct Row {
        QString name;        // the matter's name
        QString feeText;     // "20.00元", "免费", or "—" for a refusal
        QString missingText; // "2 materials missing" or empty
        casework::IntakeDecision decision = casework::IntakeDecision::Accept;
        QString refusalReason;
        QString refusalNote;
    };
    // Rebuilds the rows only when the matters changed, so typing a refusal note is never interrupted.
    void setRows(const QList<Row> &rows);
    void setTotal(const QString &total);
    void setPayment(casework::PaymentMethod m);
    [[nodiscard]] casework::PaymentMethod payment() const;
    void setProblems(const QStringList &problems);
    void setBusy(bool busy);
    void focusFirst();

    [[nodiscard]] QPushButton *acceptButton() const { return m_accept; }
    [[nodiscard]] QComboBox *decisionBox(int row) const;
    [[nodiscard]] QComboBox *reasonBox(int row) const;
    [[nodiscard]] QLineEdit *noteEdit(int row) const;

signals:
    // The officer changed the decision, reason or note of row `row`.
    void decisionChanged(int row, casework::IntakeDecision decision, const QString &reason, const QString &note);
    void paymentChanged(casework::PaymentMethod m);
    void acceptRequested();

private:
    struct RowWidgets {
        QLabel *name = nullptr;
        QComboBox *decision = nullptr;
        QComboBox *reason = nullptr;
        QLineEdit *note = nullptr;
        QLabel *fee = nullptr;
    };
    void emitRow(int row);

    QGridLayout *m_grid = nullptr;
    QWidget *m_rowsHost = nullptr;
    QList<RowWidgets> m_rows;
    QStringList m_rowNames;
    QLabel *m_total = nullptr;
    QButtonGroup *m_paymentGroup = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_accept = nullptr;
};

} // namespace ow::gui
