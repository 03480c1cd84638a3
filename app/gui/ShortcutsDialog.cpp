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
        {tr("Enter"), tr("After the card: start the suggested matter (a renewal for an expiring card) or choose one")},
        {QStringLiteral("F4"), tr("Find a matter (Chinese or pinyin initials; Ctrl+Tab: next category); with a matter open, add another to the visit")},
        {QStringLiteral("Ctrl+PgUp, Ctrl+PgDn"), tr("Previous or next matter of the visit")},
        {QStringLiteral("Ctrl+Del"), tr("Remove the matter on screen from the visit")},
        {QStringLiteral("Ctrl+R"), tr("Every material of the matter handed over")},
        {QStringLiteral("F5"), tr("Call the next ticket (green channel first, within the fairness limit)")},
        {QStringLiteral("F6, Shift+F6"), tr("Call the ticket again; the called citizen did not come")},
        {QStringLiteral("F8"), tr("Show the details on the citizen screen: the citizen checks and signs")},
        {QStringLiteral("F10"), tr("Accept: write the cases, print the receipt")},
        {QStringLiteral("F7"), tr("Take the standard ID photo, reuse a kept one, print a photo sheet")},
        {QStringLiteral("F9"), tr("Print: the checklist on the matters step, a printer test page on the identify step")},
        {QStringLiteral("Shift+F9"), tr("Print the one-time notice (what the citizen still has to bring)")},
        {QStringLiteral("Alt+1 … Alt+4"), tr("Go to a step: identify, matters, citizen confirms, accept and fee")},
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
