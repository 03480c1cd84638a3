#pragma once
// The right-hand column: who is being served, always visible while the visit goes on.

#include "core/IdCard.h"

#include <QFrame>

class QLabel;

namespace ow::gui {

class CitizenPanel final : public QFrame {
    Q_OBJECT
public:
    explicit CitizenPanel(QWidget *parent = nullptr);
    void setCard(const core::IdCard &card, QDate today);
    void clear();
    // "Reusable photo ✓ (date)" (一照通用) and "Face verified ✓"; empty hides the line.
    void setReusablePhoto(const QString &text);
    void setIdentityNote(const QString &text);

private:
    QLabel *m_photo = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_idNumber = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_reusablePhoto = nullptr;
    QLabel *m_identityNote = nullptr;
};

} // namespace ow::gui
