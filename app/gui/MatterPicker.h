#pragma once
// Finding the citizen's matter (F4): type Chinese or pinyin initials (tkpo → 投靠配偶), narrow by
// category tab (Ctrl+Tab), move with the arrow keys while still typing, Enter to choose. With
// nothing typed, this officer's recent and frequent matters come first.

#include "catalog/MatterSearch.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QTabBar;

namespace ow::gui {

class MatterPicker final : public QWidget {
    Q_OBJECT
public:
    explicit MatterPicker(QWidget *parent = nullptr);

    void setCatalog(std::shared_ptr<const catalog::Catalog> catalog, catalog::MatterSearch::Usage usage);
    // Clears the search and puts the cursor in it.
    void activate();
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QListWidget *results() const { return m_list; }
    [[nodiscard]] QStringList shownCodes() const;

signals:
    void matterChosen(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void chooseCurrent();

    std::optional<catalog::MatterSearch> m_finder;
    catalog::MatterSearch::Usage m_usage;
    QLineEdit *m_search = nullptr;
    QTabBar *m_tabs = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace ow::gui
