#include "SyncProblemsDialog.h"

#include "Session.h"

#include "storage/ProfileStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::gui {

SyncProblemsDialog::SyncProblemsDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("syncProblemsDialog"));
    setWindowTitle(tr("Sync problems"));
    auto *v = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("syncProblemsSummary"));
    m_summary->setWordWrap(true);
    v->addWidget(m_summary);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("syncProblemsTable"));
    m_table->setHorizontalHeaderLabels({tr("Case"), tr("This counter"), tr("Central service"), tr("Why")});
    // The case number and the two statuses whole, on one line; the reason takes what is left.
    for (int c = 0; c < 3; ++c) m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    // Row heights follow the reason's wrapping as the columns settle.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, [this] { m_table->resizeRowsToContents(); });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    v->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_take = buttons->addButton(tr("&Take the central version"), QDialogButtonBox::ActionRole);
    m_take->setObjectName(QStringLiteral("takeCentralButton"));
    m_take->setAutoDefault(false);
    m_open = buttons->addButton(tr("&Open case"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openCaseButton"));
    m_open->setAutoDefault(false);
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_take, &QPushButton::clicked, this, [this] { (void)takeCentralVersion(); });
    connect(m_open, &QPushButton::clicked, this, &SyncProblemsDialog::openCase);
    connect(m_table, &QTableWidget::itemActivated, this, &SyncProblemsDialog::openCase);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SyncProblemsDialog::updateButtons);
    resize(1000, 460);
    reload();
    m_table->setFocus();
}

void SyncProblemsDialog::reload()
{
    m_table->setRowCount(0);
    auto list = sync::listSyncProblems(m_session.store().db());
    if (!list) {
        m_problems.clear();
        m_summary->setText(tr("The sync problems could not be read: %1").arg(list.error().message));
        updateButtons();
        return;
    }
    m_problems = list.value();
    m_summary->setText(m_problems.isEmpty()
                           ? tr("Nothing needs an officer: every change made here was taken by the central service.")
                           : tr("%n case(s) need an officer. Choose a row, then take the central version (Alt+T) or "
                                "open the case (Alt+O) to look at it first.",
                                nullptr, int(m_problems.size())));
    m_table->setRowCount(int(m_problems.size()));
    for (int i = 0; i < m_problems.size(); ++i) {
        const sync::SyncProblem &p = m_problems[i];
        const QStringList cells{p.key, p.counterDid, p.centreSays, p.reason};
        for (int c = 0; c < cells.size(); ++c) m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeRowsToContents();
    if (!m_problems.isEmpty()) m_table->selectRow(0);
    updateButtons();
}

void SyncProblemsDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool any = row >= 0 && row < m_problems.size();
    m_take->setEnabled(any);
    m_open->setEnabled(any && m_problems[row].entity == u"case" && !m_problems[row].localStatus.isEmpty());
}

bool SyncProblemsDialog::takeCentralVersion()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_problems.size()) return false;
    const sync::SyncProblem p = m_problems[row];
    // The change made here is dropped for good: a decision that cannot be undone gets its own
    // question (Enter takes it, Esc keeps the problem open).
    QMessageBox ask(QMessageBox::Question, tr("Take the central version"),
                    tr("Case %1 will take the central service's version. %2 The change made here is dropped "
                       "and cannot be brought back.")
                        .arg(p.key, p.centreSays),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("takeCentralConfirm"));
    QPushButton *take = ask.addButton(tr("&Take the central version"), QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(take);
    ask.exec();
    if (ask.clickedButton() != take) return false;
    auto &store = m_session.store();
    if (auto st = sync::takeCentralVersion(store.db(), store.audit(), p.entity, p.key, m_session.officerNumber(), store.clock());
        !st) {
        reload();
        m_summary->setText(tr("Case %1 was not settled: %2").arg(p.key, st.error().message));
        return false;
    }
    reload();
    m_summary->setText(tr("Case %1 now has the central service's version.").arg(p.key) + QLatin1Char(' ') + m_summary->text());
    emit problemsChanged();
    return true;
}

void SyncProblemsDialog::openCase()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_problems.size() || !m_open->isEnabled()) return;
    emit openCaseRequested(m_problems[row].key);
    accept();
}

} // namespace ow::gui
