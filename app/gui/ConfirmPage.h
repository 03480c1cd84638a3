#pragma once
// Step 3 of the visit: how the citizen gets the result (pickup at the counter or express mail),
// the phone for the SMS notices, and the citizen's confirmation on the citizen screen (F8): they
// check their details in large type and sign. Any change to what they confirmed afterwards voids
// the confirmation: they confirm again.

#include "casework/Intake.h"

#include <QImage>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace ow::gui {

class ConfirmPage final : public QWidget {
    Q_OBJECT
public:
    explicit ConfirmPage(QWidget *parent = nullptr);

    void setDelivery(const casework::DeliveryChoice &delivery);
    [[nodiscard]] casework::DeliveryChoice delivery() const;
    // What the visit holds, for the officer's own check before showing the citizen.
    void setSummary(const QString &text);
    // The citizen's signature, or a null image while not (or no longer) confirmed.
    void setSignature(const QImage &signature, const QString &when);
    void focusFirst();

    [[nodiscard]] QPushButton *presentButton() const { return m_present; }
    [[nodiscard]] QLineEdit *phoneEdit() const { return m_phone; }

signals:
    void deliveryChanged();
    void presentRequested();

private:
    void updateEnabled();

    QLabel *m_summary = nullptr;
    QRadioButton *m_pickup = nullptr;
    QRadioButton *m_mail = nullptr;
    QLineEdit *m_recipient = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_address = nullptr;
    QPushButton *m_present = nullptr;
    QLabel *m_signatureState = nullptr;
    QLabel *m_signatureImage = nullptr;
};

} // namespace ow::gui
