#include "ScanWedge.h"

#include "casework/Appointments.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QWidget>

namespace ow::gui {
namespace {
constexpr qint64 kMaxGapMs = 800;
constexpr qsizetype kMaxCode = 80;
} // namespace

ScanWedge::ScanWedge(QObject *parent) : QObject(parent) {}

bool ScanWedge::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType()) return false;
    auto *key = static_cast<QKeyEvent *>(event);
    auto *widget = static_cast<QWidget *>(watched);
    const QString prefix = QString::fromLatin1(casework::kAppointmentQrPrefix);
    // The same key event seen again at a parent of where it was last: it is travelling up, not a
    // new key (a new event may reuse the last one's address).
    const bool propagating = event == m_last && m_lastAt && widget != m_lastAt && widget->isAncestorOf(m_lastAt);
    m_last = event;
    m_lastAt = widget;
    if (m_capturing) {
        // The rest of the scan goes to no widget.
        if (propagating) return true;
        // A scanner types a whole code within moments; a pause or an endless code means a person
        // typed the prefix by chance: stop taking their keys.
        if (m_gap.elapsed() > kMaxGapMs || m_code.size() > kMaxCode) {
            m_capturing = false;
            m_code.clear();
            return false;
        }
        m_gap.restart();
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_capturing = false;
            const QString text = prefix + m_code;
            m_code.clear();
            emit scanned(text);
        } else if (key->key() == Qt::Key_Escape) {
            m_capturing = false;
            m_code.clear();
        } else {
            m_code += key->text();
        }
        return true;
    }
    if (propagating || key->text().isEmpty()) return false;
    m_typed = (m_typed + key->text()).right(prefix.size());
    if (m_typed.compare(prefix, Qt::CaseInsensitive) != 0) return false;
    // The prefix is complete with this key: the key and everything up to Enter are the scanner's.
    m_typed.clear();
    m_capturing = true;
    m_code.clear();
    m_gap.restart();
    if (auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget())) {
        const QString typedSoFar = prefix.left(prefix.size() - 1);
        if (edit->text().endsWith(typedSoFar, Qt::CaseInsensitive)) edit->setText(edit->text().chopped(typedSoFar.size()));
    }
    return true;
}

} // namespace ow::gui
