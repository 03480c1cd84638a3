#pragma once
#include <QColor>
#include <QString>

class QApplication;

namespace ow::gui {

// The counter's look: CJK font first, sizes readable at arm's length, and the style sheet.
void applyStyle(QApplication &app);

// Status colours (always shown with an icon and a word, never alone).
namespace palette {
inline const QColor ok{0x1e, 0x8e, 0x3e};
inline const QColor busy{0x1a, 0x73, 0xe8};
inline const QColor warn{0xe3, 0x74, 0x00};
inline const QColor fault{0xc5, 0x22, 0x1f};
inline const QColor idle{0x80, 0x86, 0x8b};
} // namespace palette

} // namespace ow::gui
