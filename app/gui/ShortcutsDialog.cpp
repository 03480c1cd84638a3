#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::gui {

ShortcutsDialog::ShortcutsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *v = new QVBoxLayout(this);
    const QList<QPair<QString, QString>> keys = {
        {QStringLiteral("F1"), tr("Show this list")},
        {QStringLiteral("F2"), tr("Read the ID card")},
        {QStringLiteral("F3"), tr("Face verification against the card photo; without a card: identify by face (刷脸办)")},
        {QStringLiteral("F4"), tr("Find a matter (Chinese or pinyin initials; Ctrl+Tab: next category)")},
        {QStringLiteral("F7"), tr("Take the standard ID photo, reuse a kept one, print a photo sheet")},
        {QStringLiteral("F9"), tr("Print: the checklist on the matters step, a printer test page on the identify step")},
        {QStringLiteral("Shift+F9"), tr("Print the one-time notice (what the citizen still has to bring)")},
        {QStringLiteral("Alt+1, Alt+2"), tr("Go to step 1 (identify) or step 2 (matters)")},
        {QStringLiteral("F12"), tr("Lock the screen")},
        {QStringLiteral("Ctrl+F"), tr("Find a case (case number, ID number, mobile number or name); Ctrl+1..9 change its status")},
        {tr("Esc"), tr("Close the current dialog")},
        {QStringLiteral("Alt+N"), tr("Show the whole ID number (recorded)")},
    };
    auto *table = new QTableWidget(int(keys.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Key"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int i = 0; i < keys.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(keys[i].first));
        table->setItem(i, 1, new QTableWidgetItem(keys[i].second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    v->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    resize(620, 380);
}

} // namespace ow::gui
