#pragma once
#include <QDialog>

namespace ow::gui {

// F1: every key the counter screen knows, so nobody has to hunt for a button.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);
};

} // namespace ow::gui
