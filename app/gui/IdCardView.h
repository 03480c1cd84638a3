#pragma once
// The card as read, field by field, in the layout of the card itself. The ID number stays
// masked until the officer reveals it.

#include "core/IdCard.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace ow::gui {

class IdCardView final : public QFrame {
    Q_OBJECT
public:
    explicit IdCardView(QWidget *parent = nullptr);

    void setCard(const core::IdCard &card);
    void clear();
    [[nodiscard]] bool isIdNumberRevealed() const { return m_revealed; }
    void revealIdNumber();

signals:
    // Someone looked at a full ID number: the audit log records it.
    void idNumberRevealed(const QString &maskedNumber);

private:
    QLabel *value(const QString &objectName);
    void showIdNumber();

    core::IdCard m_card;
    bool m_revealed = false;
    QLabel *m_photo = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_gender = nullptr;
    QLabel *m_nation = nullptr;
    QLabel *m_birth = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_idNumber = nullptr;
    QLabel *m_issuer = nullptr;
    QLabel *m_validity = nullptr;
    QLabel *m_kind = nullptr;
    // Rows only some card kinds have (foreign permanent resident cards, HMT residence permits).
    QLabel *m_englishName = nullptr;
    QLabel *m_nationality = nullptr;
    QLabel *m_passNumber = nullptr;
    QLabel *m_issueCount = nullptr;
    QList<QWidget *> m_foreignRows;
    QList<QWidget *> m_permitRows;
    QList<QWidget *> m_residentRows;
    QList<QWidget *> m_addressRow;
    QLabel *m_idLabel = nullptr;
    QPushButton *m_reveal = nullptr;
};

} // namespace ow::gui
