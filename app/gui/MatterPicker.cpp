#include "MatterPicker.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace ow::gui {

MatterPicker::MatterPicker(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("matterPicker"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(6);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("matterSearch"));
    m_search->setPlaceholderText(tr("Find a matter: Chinese, pinyin initials (e.g. tkpo) or code — ↑↓ to move, Enter to choose"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    v->addWidget(m_search);

    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("matterTabs"));
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_tabs->setExpanding(false);
    m_tabs->addTab(tr("All"));
    for (catalog::Category c : catalog::kCategories) {
        const int i = m_tabs->addTab(catalog::categoryName(c));
        m_tabs->setTabData(i, catalog::categoryKey(c));
    }
    m_tabs->setToolTip(tr("Ctrl+Tab: next category"));
    v->addWidget(m_tabs);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("matterList"));
    m_list->setFocusPolicy(Qt::NoFocus);  // the cursor stays in the search field
    m_list->setUniformItemSizes(true);
    v->addWidget(m_list, 1);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("matterEmpty"));
    m_empty->setWordWrap(true);
    m_empty->hide();
    v->addWidget(m_empty);

    connect(m_search, &QLineEdit::textChanged, this, &MatterPicker::refresh);
    connect(m_tabs, &QTabBar::currentChanged, this, &MatterPicker::refresh);
    connect(m_list, &QListWidget::itemActivated, this, [this] { chooseCurrent(); });
    connect(m_list, &QListWidget::itemClicked, this, [this] { chooseCurrent(); });
}

void MatterPicker::setCatalog(std::shared_ptr<const catalog::Catalog> catalog, catalog::MatterSearch::Usage usage)
{
    m_usage = std::move(usage);
    if (catalog) m_finder.emplace(std::move(catalog));
    else m_finder.reset();
    refresh();
}

void MatterPicker::activate()
{
    m_search->clear();
    m_tabs->setCurrentIndex(0);
    refresh();
    m_search->setFocus(Qt::ShortcutFocusReason);
}

QStringList MatterPicker::shownCodes() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

void MatterPicker::refresh()
{
    m_list->clear();
    if (!m_finder) {
        m_empty->setText(tr("The service catalog could not be loaded. Ask the duty chief to check the workstation."));
        m_empty->show();
        return;
    }
    std::optional<catalog::Category> only;
    if (m_tabs->currentIndex() > 0) only = catalog::categoryFromKey(m_tabs->tabData(m_tabs->currentIndex()).toString());
    const QList<const catalog::Matter *> found = m_finder->find(m_search->text(), only, m_usage);
    for (const catalog::Matter *m : found) {
        const QString deadline = m->instant ? tr("instant") : tr("%n working day(s)", nullptr, m->deadlineWorkingDays);
        auto *item = new QListWidgetItem(QStringLiteral("%1    %2 · %3 · %4").arg(m->name.text(), catalog::categoryName(m->category), deadline, m->code));
        item->setData(Qt::UserRole, m->code);
        if (m_search->text().isEmpty() && m_usage.recent.contains(m->code)) item->setToolTip(tr("Used recently"));
        m_list->addItem(item);
    }
    if (m_list->count() > 0) m_list->setCurrentRow(0);
    m_empty->setVisible(found.isEmpty());
    m_empty->setText(tr("No matter matches \"%1\". Try fewer letters, or another category tab.").arg(m_search->text()));
}

void MatterPicker::chooseCurrent()
{
    if (QListWidgetItem *item = m_list->currentItem()) emit matterChosen(item->data(Qt::UserRole).toString());
}

bool MatterPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *k = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentRow();
        switch (k->key()) {
        case Qt::Key_Down:
            if (row + 1 < m_list->count()) m_list->setCurrentRow(row + 1);
            return true;
        case Qt::Key_Up:
            if (row > 0) m_list->setCurrentRow(row - 1);
            return true;
        case Qt::Key_PageDown:
            m_list->setCurrentRow(std::min(m_list->count() - 1, row + 8));
            return true;
        case Qt::Key_PageUp:
            m_list->setCurrentRow(std::max(0, row - 8));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            chooseCurrent();
            return true;
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            if (k->modifiers() & Qt::ControlModifier) {
                const int n = m_tabs->count();
                m_tabs->setCurrentIndex((m_tabs->currentIndex() + (k->key() == Qt::Key_Backtab ? n - 1 : 1)) % n);
                return true;
            }
            break;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ow::gui
