#include "CaseSearchDialog.h"

#include "CaseListModel.h"
#include "Session.h"

#include "casework/CaseLifecycle.h"
#include "casework/Deadlines.h"
#include "catalog/Catalog.h"
#include "core/IdNumber.h"
#include "storage/AuditLog.h"
#include "storage/ProfileStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ow::gui {
namespace {

constexpr int kMaxTransitionKeys = 9;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setProperty("role", QStringLiteral("heading"));
    return l;
}

} // namespace

storage::CaseQuery CaseSearchDialog::interpret(const QString &text, storage::CaseQuery base)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) return base;
    static const QRegularExpression idNumber(QStringLiteral("^[0-9]{17}[0-9Xx]$"));
    static const QRegularExpression caseNumber(QStringLiteral("^[Pp]?[0-9]{8}(-[0-9]*)*$"));
    static const QRegularExpression phoneish(QStringLiteral("^[+0-9 ()-]+$"));
    if (idNumber.match(t).hasMatch()) {
        base.idNumber = t.toUpper();
        return base;
    }
    if (caseNumber.match(t).hasMatch()) {
        base.caseNumberPrefix = t.toUpper();
        return base;
    }
    if (phoneish.match(t).hasMatch()) {
        // Whatever else is all digits is taken as a phone number: an exact search finds nothing
        // rather than something wrong, and the list says so.
        base.phone = t;
        return base;
    }
    base.name = t;
    return base;
}

CaseSearchDialog::CaseSearchDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("caseSearchDialog"));
    setWindowTitle(tr("Find a case"));
    storage::ProfileStore &store = session.store();
    m_cases = std::make_unique<storage::CaseStore>(store.db(), session.officer().vault, store.audit(),
                                                   session.counterNumber(), session.profile().isPractice(),
                                                   store.clock());
    m_model = new CaseListModel(
        CaseListModel::profilePageSource(session.profile().databasePath(), session.officer().vault, store.clock()),
        this);
    m_model->setCatalog(session.catalog());
    m_model->setToday(store.clock().today());

    auto *v = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseSearchTabs"));
    v->addWidget(m_tabs);

    // --- Search tab ---
    auto *searchPage = new QWidget(m_tabs);
    auto *sv = new QVBoxLayout(searchPage);
    m_field = new QLineEdit(searchPage);
    m_field->setObjectName(QStringLiteral("caseSearchField"));
    m_field->setPlaceholderText(tr("Case number, ID number, mobile number or full name — Enter searches"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    sv->addWidget(m_field);

    auto *filters = new QHBoxLayout;
    m_status = new QComboBox(searchPage);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), -1);
    for (core::CaseStatus s : core::allCaseStatuses()) m_status->addItem(core::caseStatusDisplayName(s), int(s));
    m_matter = new QComboBox(searchPage);
    m_matter->setObjectName(QStringLiteral("matterFilter"));
    m_matter->addItem(tr("Any matter"), QString());
    if (auto catalog = session.catalog())
        for (const catalog::Matter &m : catalog->matters())
            m_matter->addItem(QStringLiteral("%1 (%2)").arg(m.name.text(), m.code), m.code);
    m_dateFilter = new QCheckBox(tr("Accepted from"), searchPage);
    m_dateFilter->setObjectName(QStringLiteral("dateFilter"));
    m_from = new QDateEdit(store.clock().today().addDays(-30), searchPage);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(store.clock().today(), searchPage);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_urgentOnly = new QCheckBox(tr("Urgent only"), searchPage);
    m_urgentOnly->setObjectName(QStringLiteral("urgentOnly"));
    m_overdueOnly = new QCheckBox(tr("Overdue only"), searchPage);
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    filters->addWidget(m_status);
    filters->addWidget(m_matter, 1);
    filters->addWidget(m_dateFilter);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), searchPage));
    filters->addWidget(m_to);
    filters->addWidget(m_urgentOnly);
    filters->addWidget(m_overdueOnly);
    sv->addLayout(filters);

    auto *split = new QSplitter(Qt::Horizontal, searchPage);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    // Whole case numbers and masked ID numbers: sized from the text, since measuring the contents
    // of a lazily loaded list would mean loading it.
    const QFontMetrics fm(m_table->font());
    m_table->setColumnWidth(CaseListModel::CaseNumberColumn, fm.horizontalAdvance(QStringLiteral("P20261121-01-00000")) + 16);
    m_table->setColumnWidth(CaseListModel::IdNumberColumn, fm.horizontalAdvance(QStringLiteral("1101**********0011")) + 16);
    m_table->setColumnWidth(CaseListModel::CreatedColumn, fm.horizontalAdvance(QStringLiteral("2026-11-21 08:10")) + 16);

    // The details scroll rather than clip: a long address, many next statuses.
    auto *detailScroll = new QScrollArea(split);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    auto *detailPane = new QWidget(detailScroll);
    auto *dv = new QVBoxLayout(detailPane);
    dv->addWidget(heading(tr("Case"), detailPane));
    m_details = new QLabel(tr("Search, then pick a case in the list."), detailPane);
    m_details->setObjectName(QStringLiteral("caseDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dv->addWidget(m_details);
    dv->addWidget(heading(tr("Change the status"), detailPane));
    m_transitions = new QWidget(detailPane);
    m_transitions->setObjectName(QStringLiteral("transitionButtons"));
    new QVBoxLayout(m_transitions);
    m_transitions->layout()->setContentsMargins(0, 0, 0, 0);
    dv->addWidget(m_transitions);
    m_reason = new QLineEdit(detailPane);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Reason (needed to refuse, return for correction or withdraw)"));
    dv->addWidget(m_reason);
    m_urgent = new QCheckBox(tr("&Urgent (handled before the others)"), detailPane);
    m_urgent->setObjectName(QStringLiteral("urgentCheck"));
    m_urgent->setEnabled(false);
    dv->addWidget(m_urgent);
    m_message = new QLabel(detailPane);
    m_message->setObjectName(QStringLiteral("caseMessage"));
    m_message->setWordWrap(true);
    dv->addWidget(m_message);
    dv->addStretch(1);
    detailScroll->setWidget(detailPane);
    split->addWidget(m_table);
    split->addWidget(detailScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    sv->addWidget(split, 1);
    m_count = new QLabel(searchPage);
    m_count->setObjectName(QStringLiteral("resultCount"));
    sv->addWidget(m_count);
    m_tabs->addTab(searchPage, tr("Search"));

    // --- Deadlines tab ---
    auto *deadlinePage = new QWidget(m_tabs);
    auto *lv = new QVBoxLayout(deadlinePage);
    lv->addWidget(heading(tr("Overdue"), deadlinePage));
    m_overdue = new QListWidget(deadlinePage);
    m_overdue->setObjectName(QStringLiteral("overdueList"));
    lv->addWidget(m_overdue, 1);
    lv->addWidget(heading(tr("Due soon"), deadlinePage));
    m_dueSoon = new QListWidget(deadlinePage);
    m_dueSoon->setObjectName(QStringLiteral("dueSoonList"));
    lv->addWidget(m_dueSoon, 1);
    lv->addWidget(new QLabel(tr("Enter opens the case in the search."), deadlinePage));
    m_tabs->addTab(deadlinePage, tr("Deadlines"));

    // --- Behaviour ---
    connect(m_field, &QLineEdit::returnPressed, this, &CaseSearchDialog::search);
    connect(m_status, &QComboBox::activated, this, &CaseSearchDialog::search);
    connect(m_matter, &QComboBox::activated, this, &CaseSearchDialog::search);
    for (QCheckBox *c : {m_dateFilter, m_urgentOnly, m_overdueOnly})
        connect(c, &QCheckBox::toggled, this, &CaseSearchDialog::search);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, [this] {
            if (m_dateFilter->isChecked()) search();
        });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showCase(current.row()); });
    connect(m_model, &CaseListModel::pageLoaded, this, [this](int first, int) {
        // The first page of a new search selects its first case, so Up/Down start from there.
        if (first == 0 && m_model->rowCount() > 0) m_table->setCurrentIndex(m_model->index(0, 0));
        updateCount();
    });
    connect(m_model, &CaseListModel::searchFailed, this,
            [this](const core::Error &e) { showMessage(e.message, true); });
    connect(m_urgent, &QCheckBox::clicked, this, &CaseSearchDialog::setUrgent);
    for (int n = 1; n <= kMaxTransitionKeys; ++n) {
        auto *key = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)), this);
        connect(key, &QShortcut::activated, this, [this, n] { transitionTo(n); });
    }
    auto *nextTab = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab), this);
    connect(nextTab, &QShortcut::activated, this,
            [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i == 1) {
            loadDeadlines();
            m_overdue->setFocus();
        } else {
            m_field->setFocus();
        }
    });
    for (QListWidget *list : {m_overdue, m_dueSoon})
        connect(list, &QListWidget::itemActivated, this, &CaseSearchDialog::openFromDeadlineList);

    resize(1180, 680);
    m_field->setFocus();
}

CaseSearchDialog::~CaseSearchDialog() = default;

storage::CaseQuery CaseSearchDialog::currentQuery() const
{
    storage::CaseQuery q;
    if (const int s = m_status->currentData().toInt(); s >= 0) q.statuses = {core::CaseStatus(s)};
    q.matterCode = m_matter->currentData().toString();
    if (m_dateFilter->isChecked()) {
        q.createdFrom = m_from->date();
        q.createdTo = m_to->date();
    }
    q.urgentOnly = m_urgentOnly->isChecked();
    q.overdueOnly = m_overdueOnly->isChecked();
    return interpret(m_field->text(), q);
}

void CaseSearchDialog::search()
{
    m_current.reset();
    showDetails();
    showMessage({}, false);
    m_model->setQuery(currentQuery());
    m_count->setText(tr("Searching…"));
}

void CaseSearchDialog::updateCount()
{
    const int n = m_model->rowCount();
    if (n == 0) m_count->setText(tr("No case matches."));
    else if (m_model->atEnd()) m_count->setText(tr("Cases listed: %1").arg(n));
    else m_count->setText(tr("Cases listed: %1 (more as you scroll)").arg(n));
}

void CaseSearchDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Typing starts at once: Ctrl+F, then the number.
    activateWindow();
    m_field->setFocus();
}

bool CaseSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up/Down/PgUp/PgDn move in the list while the cursor stays in the search field.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            QKeyEvent copy(key->type(), key->key(), key->modifiers());
            QCoreApplication::sendEvent(m_table, &copy);
            return true;
        }
        default: break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CaseSearchDialog::showCase(int row)
{
    const storage::CaseRow *c = m_model->caseAt(row);
    if (!c) {
        m_current.reset();
        showDetails();
        return;
    }
    // One row by its unique case number: a millisecond, fine on the GUI thread.
    auto found = m_cases->findByNumber(c->caseNumber);
    if (!found) {
        showMessage(found.error().message, true);
        return;
    }
    m_current = found.value();
    if (m_current && !m_viewed.contains(m_current->caseNumber)) {
        m_viewed.insert(m_current->caseNumber);
        m_session.audit(QString::fromLatin1(storage::audit::kCaseView), m_current->caseNumber,
                        QStringLiteral("case search, applicant %1").arg(core::IdNumber::mask(m_current->idNumber)));
    }
    showMessage({}, false);
    showDetails();
}

void CaseSearchDialog::showDetails()
{
    qDeleteAll(m_transitionButtons);
    m_transitionButtons.clear();
    if (!m_current) {
        m_details->setText(tr("Search, then pick a case in the list."));
        m_urgent->setEnabled(false);
        m_urgent->setChecked(false);
        return;
    }
    const storage::CaseRecord &c = *m_current;
    QString matter = c.matterCode;
    if (auto catalog = m_session.catalog())
        if (const catalog::Matter *m = catalog->find(c.matterCode)) matter = QStringLiteral("%1 (%2)").arg(m->name.text(), c.matterCode);
    const QString deadline = c.deadline.isValid() ? c.deadline.toString(Qt::ISODate) : tr("none");
    m_details->setText(tr("Case number: %1\nApplicant: %2\nID number: %3\nPhone: %4\nAddress: %5\nMatter: %6\n"
                          "Status: %7\nAccepted: %8 by officer %9\nDeadline: %10")
                           .arg(c.caseNumber, c.applicantName, c.idNumber, c.phone, c.address, matter,
                                core::caseStatusDisplayName(c.status),
                                c.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), c.officer)
                           .arg(deadline));
    m_urgent->setEnabled(true);
    m_urgent->setChecked(c.urgent);
    const QList<core::CaseStatus> next = casework::nextStates(c.status);
    for (int i = 0; i < next.size(); ++i) {
        const core::CaseStatus to = next[i];
        QString label = core::caseStatusDisplayName(to);
        if (casework::needsReason(to)) label = tr("%1 (reason)").arg(label);
        auto *b = new QPushButton(i < kMaxTransitionKeys ? tr("Ctrl+%1  %2").arg(i + 1).arg(label) : label, m_transitions);
        b->setObjectName(QStringLiteral("transition_") + core::caseStatusKey(to));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, [this, i] { transitionTo(i + 1); });
        m_transitions->layout()->addWidget(b);
        m_transitionButtons << b;
    }
    if (next.isEmpty()) {
        auto *none = new QPushButton(tr("Closed: no further status"), m_transitions);
        none->setEnabled(false);
        m_transitions->layout()->addWidget(none);
        m_transitionButtons << none;
    }
}

void CaseSearchDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void CaseSearchDialog::transitionTo(int n)
{
    if (!m_current) return;
    const QList<core::CaseStatus> next = casework::nextStates(m_current->status);
    if (n < 1 || n > next.size()) return;
    const core::CaseStatus to = next[n - 1];
    const QString reason = m_reason->text().trimmed();
    if (auto ok = casework::check(m_current->status, to, reason); !ok) {
        showMessage(ok.error().message, true);
        if (ok.error().code == u"casework.reason_required") m_reason->setFocus();
        return;
    }
    auto moved = m_cases->transition(m_current->caseNumber, to, m_session.officerNumber(), reason, m_current->version);
    if (!moved) {
        const core::Error e = moved.error();
        if (e.code == u"storage.version_conflict") {
            // Someone else moved it: show what it is now, so the officer decides again.
            if (auto fresh = m_cases->findByNumber(m_current->caseNumber); fresh && fresh.value()) {
                m_current = fresh.value();
                showDetails();
            }
            showMessage(tr("This case was changed at another counter while you had it open. It now shows its "
                           "current status: check it, then choose again."),
                        true);
        } else {
            showMessage(e.message, true);
        }
        return;
    }
    const QString from = core::caseStatusDisplayName(m_current->status);
    m_current = moved.value();
    if (const auto row = m_table->currentIndex().row(); const storage::CaseRow *listed = m_model->caseAt(row)) {
        storage::CaseRow updated = *listed;
        updated.status = m_current->status;
        updated.version = m_current->version;
        m_model->updateRow(updated);
    }
    m_reason->clear();
    showDetails();
    showMessage(tr("Case %1: %2 → %3.").arg(m_current->caseNumber, from, core::caseStatusDisplayName(m_current->status)),
                false);
}

void CaseSearchDialog::setUrgent(bool urgent)
{
    if (!m_current) return;
    if (auto st = m_cases->setUrgent(m_current->caseNumber, urgent, m_session.officerNumber()); !st) {
        showMessage(st.error().message, true);
        m_urgent->setChecked(m_current->urgent);
        return;
    }
    m_current->urgent = urgent;
    if (const storage::CaseRow *listed = m_model->caseAt(m_table->currentIndex().row())) {
        storage::CaseRow updated = *listed;
        updated.urgent = urgent;
        m_model->updateRow(updated);
    }
    showMessage(urgent ? tr("Case %1 is marked urgent.").arg(m_current->caseNumber)
                       : tr("Case %1 is no longer urgent.").arg(m_current->caseNumber),
                false);
}

void CaseSearchDialog::loadDeadlines()
{
    m_overdue->clear();
    m_dueSoon->clear();
    auto open = m_cases->openCasesByDeadline(500);
    if (!open) {
        m_overdue->addItem(open.error().message);
        return;
    }
    const casework::DeadlineReport report = casework::deadlineReport(open.value(), m_session.store().clock().today(),
                                                                          *m_session.calendar());
    auto catalog = m_session.catalog();
    auto fill = [&](QListWidget *list, const QList<casework::DeadlineEntry> &entries, bool overdue) {
        for (const casework::DeadlineEntry &e : entries) {
            QString matter = e.item.matterCode;
            if (catalog)
                if (const catalog::Matter *m = catalog->find(matter)) matter = m->name.text();
            const QString days = overdue ? tr("%1 working days late").arg(-e.workingDaysLeft)
                                         : tr("%1 working days left").arg(e.workingDaysLeft);
            QString text = QStringLiteral("%1  %2  %3  %4  %5")
                               .arg(e.item.caseNumber, matter, core::caseStatusDisplayName(e.item.status),
                                    e.item.deadline.toString(Qt::ISODate), days);
            if (e.item.urgent) text += QStringLiteral("  ") + tr("Urgent");
            auto *item = new QListWidgetItem(text, list);
            item->setData(Qt::UserRole, e.item.caseNumber);
        }
        if (entries.isEmpty()) {
            auto *item = new QListWidgetItem(overdue ? tr("No case is overdue.") : tr("No case is due soon."), list);
            item->setFlags(Qt::NoItemFlags);
        } else {
            list->setCurrentRow(0);
        }
    };
    fill(m_overdue, report.overdue, true);
    fill(m_dueSoon, report.dueSoon, false);
}

void CaseSearchDialog::openFromDeadlineList(QListWidgetItem *item)
{
    const QString number = item ? item->data(Qt::UserRole).toString() : QString();
    if (number.isEmpty()) return;
    m_tabs->setCurrentIndex(0);
    m_field->setText(number);
    m_status->setCurrentIndex(0);
    m_matter->setCurrentIndex(0);
    for (QCheckBox *c : {m_dateFilter, m_urgentOnly, m_overdueOnly}) {
        const QSignalBlocker block(c);
        c->setChecked(false);
    }
    search();
}

} // namespace ow::gui
