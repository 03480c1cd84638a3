#include "CaseListModel.h"

#include "catalog/Catalog.h"
#include "core/CaseStatus.h"
#include "core/IdNumber.h"
#include "storage/Database.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace ow::gui {

CaseListModel::PageSource CaseListModel::profilePageSource(QString databasePath,
                                                            std::shared_ptr<const storage::Vault> vault,
                                                            const core::Clock &clock)
{
    // Touched only on the model's single worker thread; the connection outlives the pages.
    struct Worker {
        QString path;
        std::shared_ptr<const storage::Vault> vault;
        const core::Clock *clock;
        std::unique_ptr<storage::Database> db;
        std::unique_ptr<storage::CaseSearch> search;
    };
    auto worker = std::make_shared<Worker>(Worker{std::move(databasePath), std::move(vault), &clock, {}, {}});
    return [worker](const storage::CaseQuery &q, const storage::CaseCursor &after,
                    int limit) -> core::Result<storage::CasePage> {
        if (!worker->search) {
            auto db = storage::Database::open(worker->path);
            if (!db) return db.error();
            worker->db = std::make_unique<storage::Database>(std::move(db).value());
            worker->search = std::make_unique<storage::CaseSearch>(*worker->db, worker->vault, *worker->clock);
        }
        return worker->search->search(q, after, limit);
    };
}

CaseListModel::CaseListModel(PageSource source, QObject *parent, int pageSize)
    : QAbstractTableModel(parent), m_source(std::move(source)), m_pageSize(pageSize)
{
    // One thread that stays: the page source keeps its connection on it.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CaseListModel::pageArrived);
}

CaseListModel::~CaseListModel()
{
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

void CaseListModel::setCatalog(std::shared_ptr<const catalog::Catalog> catalog)
{
    m_catalog = std::move(catalog);
    if (!m_rows.isEmpty()) emit dataChanged(index(0, MatterColumn), index(int(m_rows.size()) - 1, MatterColumn));
}

void CaseListModel::setQuery(const storage::CaseQuery &query)
{
    beginResetModel();
    m_query = query;
    m_cursor = {};
    m_rows.clear();
    m_atEnd = false;
    ++m_generation;
    endResetModel();
    // A page of the previous query still being read is dropped when it arrives, and this
    // query's first page is started then (pageArrived).
    if (!m_loading) startPage();
}

void CaseListModel::updateRow(const storage::CaseRow &row)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id != row.id) continue;
        m_rows[i] = row;
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        return;
    }
}

const storage::CaseRow *CaseListModel::caseAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

bool CaseListModel::waitForPage(int ms)
{
    QDeadlineTimer deadline(ms);
    while (m_loading && !deadline.hasExpired()) {
        m_watcher.waitForFinished();
        // Delivers the watcher's finished signal (queued from the worker).
        QCoreApplication::sendPostedEvents(&m_watcher);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return !m_loading;
}

void CaseListModel::startPage()
{
    m_loading = true;
    m_pageGeneration = m_generation;
    emit loadingChanged(true);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [source = m_source, q = m_query, after = m_cursor,
                                                    limit = m_pageSize] { return source(q, after, limit); }));
}

void CaseListModel::pageArrived()
{
    const core::Result<storage::CasePage> page = m_watcher.result();
    if (m_pageGeneration != m_generation) {  // the query changed meanwhile: read the new one
        startPage();
        return;
    }
    m_loading = false;
    if (!page) {
        m_atEnd = true;  // no endless retries from the view's fetchMore
        emit loadingChanged(false);
        emit searchFailed(page.error());
        return;
    }
    const int first = int(m_rows.size());
    const auto &rows = page.value().rows;
    if (!rows.isEmpty()) {
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows += rows;
        endInsertRows();
    }
    m_cursor = page.value().next;
    m_atEnd = page.value().atEnd;
    emit loadingChanged(false);
    emit pageLoaded(first, int(rows.size()));
}

QString CaseListModel::maskName(const QString &name)
{
    // By characters, not UTF-16 units: a rare character outside the BMP (𠈌) is one character.
    const QList<uint> chars = name.trimmed().toUcs4();
    const auto n = chars.size();
    if (n == 0) return {};
    if (n == 1) return QStringLiteral("*");
    QString out = QString::fromUcs4(reinterpret_cast<const char32_t *>(&chars[0]), 1);
    if (n == 2) return out + u'*';
    out += QString(n - 2, u'*');
    out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&chars[n - 1]), 1);
    return out;
}

QString CaseListModel::maskIdNumber(const QString &idNumber) { return core::IdNumber::mask(idNumber); }

QString CaseListModel::matterName(const QString &code) const
{
    if (m_catalog)
        if (const catalog::Matter *m = m_catalog->find(code)) return m->name.text();
    return code;
}

int CaseListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int CaseListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    const storage::CaseRow *c = caseAt(index.row());
    if (!c || !index.isValid()) return {};
    const bool overdue = core::caseStatusIsOpen(c->status) && c->deadline.isValid() && c->deadline < m_today;
    switch (role) {
    case CaseNumberRole: return c->caseNumber;
    case StatusRole: return int(c->status);
    case VersionRole: return c->version;
    case UrgentRole: return c->urgent;
    case OverdueRole: return overdue;
    case Qt::ForegroundRole:
        // Colour is never the only signal: the deadline text says "overdue" as well.
        if (index.column() == DeadlineColumn && overdue) return QBrush(QColor(0xB0, 0x1E, 0x1E));
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case CaseNumberColumn: return c->caseNumber;
    case NameColumn: return maskName(c->applicantName);
    case IdNumberColumn: return maskIdNumber(c->idNumber);
    case MatterColumn: return matterName(c->matterCode);
    case StatusColumn: return core::caseStatusDisplayName(c->status);
    case CreatedColumn: return c->createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case DeadlineColumn:
        if (!c->deadline.isValid()) return QString();
        if (overdue) return tr("%1 (overdue)").arg(c->deadline.toString(Qt::ISODate));
        return c->deadline.toString(Qt::ISODate);
    case UrgentColumn: return c->urgent ? tr("Urgent") : QString();
    default: return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNumberColumn: return tr("Case number");
    case NameColumn: return tr("Name");
    case IdNumberColumn: return tr("ID number");
    case MatterColumn: return tr("Matter");
    case StatusColumn: return tr("Status");
    case CreatedColumn: return tr("Accepted on");
    case DeadlineColumn: return tr("Deadline");
    case UrgentColumn: return tr("Urgent");
    default: return {};
    }
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) startPage();
}

} // namespace ow::gui
