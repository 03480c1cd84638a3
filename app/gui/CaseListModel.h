#pragma once
// The case list behind Ctrl+F: a table model that loads a storage::CaseSearch query page by page
// as the view scrolls (canFetchMore/fetchMore), newest first.
//
// It lives in app/gui because it is a view model: it turns stored cases into what the officer
// reads (masked names and ID numbers, translated statuses, catalog matter names), and modules may
// not depend on the catalog next to storage (ARCHITECTURE.md: modules depend on core, storage and
// devicekit only).
//
// Pages are read on a worker thread of the model's own (one thread, so the page source can keep
// one database connection for it: one connection per thread); the GUI thread only appends rows.
// A new query drops pages of the previous one that arrive late.
//
// Masking (a list is seen over the officer's shoulder; the details pane shows the case in full
// and is audited): a name keeps its first and last characters, the ones between become one '*'
// each (张*三, 欧**娜); a two-character name keeps its first (张*); one character becomes '*'. ID
// numbers as everywhere: the first four and the last four digits (1101**********0011).

#include "core/Result.h"
#include "storage/CaseSearch.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace ow::catalog {
class Catalog;
}

namespace ow::gui {

class CaseListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CaseNumberColumn, NameColumn, IdNumberColumn, MatterColumn, StatusColumn, CreatedColumn,
                  DeadlineColumn, UrgentColumn, ColumnCount };
    enum Role {
        CaseNumberRole = Qt::UserRole + 1,  // QString
        StatusRole,                         // int (core::CaseStatus)
        VersionRole,                        // int
        UrgentRole,                         // bool
        OverdueRole,                        // bool: open with its deadline before today
    };

    // Reads one page; called on the model's worker thread, never on the GUI thread. It must use
    // a database connection of that thread (see profilePageSource).
    using PageSource =
        std::function<core::Result<storage::CasePage>(const storage::CaseQuery &, const storage::CaseCursor &, int)>;

    // A page source on the profile's database file: opens its connection on first use, on the
    // worker thread, and keeps it.
    static PageSource profilePageSource(QString databasePath, std::shared_ptr<const storage::Vault> vault,
                                        const core::Clock &clock = core::Clock::system());

    explicit CaseListModel(PageSource source, QObject *parent = nullptr, int pageSize = 100);
    ~CaseListModel() override;

    // Matter names come from the catalog when there is one; otherwise the code is shown.
    void setCatalog(std::shared_ptr<const catalog::Catalog> catalog);
    // Today, for the overdue mark (tests fix it).
    void setToday(QDate today) { m_today = today; }

    // Clears the list and loads the first page of `query`.
    void setQuery(const storage::CaseQuery &query);
    [[nodiscard]] const storage::CaseQuery &query() const { return m_query; }
    // Loads the current query again from the start (after a change of a listed case).
    void reload() { setQuery(m_query); }
    // Replaces a listed case's line (after a transition or the urgent flag changed it).
    void updateRow(const storage::CaseRow &row);

    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool atEnd() const { return m_atEnd; }
    [[nodiscard]] const storage::CaseRow *caseAt(int row) const;
    // Blocks (processing events) until the page being read has arrived; false after `ms`.
    bool waitForPage(int ms = 5000);

    [[nodiscard]] static QString maskName(const QString &name);
    [[nodiscard]] static QString maskIdNumber(const QString &idNumber);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

signals:
    // A page arrived and its rows were appended (`count` may be 0 for an empty result).
    void pageLoaded(int firstRow, int count);
    void searchFailed(const ow::core::Error &error);
    void loadingChanged(bool loading);

private:
    void startPage();
    void pageArrived();
    [[nodiscard]] QString matterName(const QString &code) const;

    PageSource m_source;
    int m_pageSize;
    std::shared_ptr<const catalog::Catalog> m_catalog;
    QDate m_today = QDate::currentDate();
    storage::CaseQuery m_query;
    storage::CaseCursor m_cursor;
    QList<storage::CaseRow> m_rows;
    bool m_atEnd = true;
    bool m_loading = false;
    quint64 m_generation = 0;  // bumped by setQuery: a page of an older query is dropped
    quint64 m_pageGeneration = 0;
    QThreadPool m_pool;
    QFutureWatcher<core::Result<storage::CasePage>> m_watcher;
};

} // namespace ow::gui
