// Ctrl+F as an officer uses it, and the lazy model underneath: pages loaded as the list scrolls,
// masked lines, a search by ID number and by status, a status change with its reason (and a
// colleague's change in between), the view and the change in the audit log.

#include "GuiHarness.h"

#include "CaseListModel.h"
#include "CaseSearchDialog.h"
#include "CaseStoreRig.h"

#include "casework/CaseLifecycle.h"
#include "catalog/Catalog.h"
#include "storage/SyntheticCases.h"

#include "core/IdNumber.h"

#include <QCheckBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QPushButton>
#include <QTableView>

using namespace ow::test::gui;
using ow::core::CaseStatus;
using ow::storage::CaseQuery;
using ow::storage::CaseRecord;

namespace {

QList<CaseRecord> seed(ow::storage::CaseStore &store, const QDateTime &now, int count, quint64 seed = 11)
{
    ow::storage::SyntheticCases gen(seed, now);
    QList<CaseRecord> cases = gen.batch(count);
    for (int i = 0; i < cases.size(); ++i) {
        cases[i].urgent = i % 9 == 0;
        if (ow::core::caseStatusIsOpen(cases[i].status)) cases[i].deadline = cases[i].createdAt.toLocalTime().date().addDays(10);
    }
    REQUIRE(store.createMany(cases, QStringLiteral("900001"), QStringLiteral("test")).ok());
    return cases;
}

struct ModelRig {
    ow::test::CaseStoreRig rig;
    QList<CaseRecord> cases = seed(rig.cases, rig.clock.now(), 250);
    CaseListModel model{CaseListModel::profilePageSource(rig.profile.databasePath(), rig.admin.vault, rig.clock)};
    ModelRig() { model.setToday(rig.clock.today()); }

    const CaseRecord &record(const QString &caseNumber) const
    {
        const auto it = std::find_if(cases.begin(), cases.end(), [&](const CaseRecord &c) { return c.caseNumber == caseNumber; });
        REQUIRE(it != cases.end());
        return *it;
    }
};

} // namespace

TEST_CASE("Names are masked but for their first and last characters")
{
    CHECK(CaseListModel::maskName(QStringLiteral("张三")) == QStringLiteral("张*"));
    CHECK(CaseListModel::maskName(QStringLiteral("张小三")) == QStringLiteral("张*三"));
    CHECK(CaseListModel::maskName(QStringLiteral("欧阳娜娜")) == QStringLiteral("欧**娜"));
    CHECK(CaseListModel::maskName(QStringLiteral("王")) == QStringLiteral("*"));
    CHECK(CaseListModel::maskName(QString()).isEmpty());
    // A character outside the BMP counts as one.
    CHECK(CaseListModel::maskName(QStringLiteral("𠈌小明")) == QStringLiteral("𠈌*明"));
    CHECK(CaseListModel::maskIdNumber(QStringLiteral("110101198805120178")) == QStringLiteral("1101**********0178"));
}

TEST_CASE("The smart field tells a case number an ID number a phone and a name apart")
{
    CHECK(CaseSearchDialog::interpret(QStringLiteral(" 11010119900307663x ")).idNumber == QStringLiteral("11010119900307663X"));
    CHECK(CaseSearchDialog::interpret(QStringLiteral("20261121-07-0001")).caseNumberPrefix == QStringLiteral("20261121-07-0001"));
    CHECK(CaseSearchDialog::interpret(QStringLiteral("p20261121")).caseNumberPrefix == QStringLiteral("P20261121"));
    CHECK(CaseSearchDialog::interpret(QStringLiteral("138 0013 8000")).phone == QStringLiteral("138 0013 8000"));
    CHECK(CaseSearchDialog::interpret(QStringLiteral("+86 13800138000")).phone == QStringLiteral("+86 13800138000"));
    const CaseQuery name = CaseSearchDialog::interpret(QStringLiteral("欧阳娜娜"));
    CHECK(name.name == QStringLiteral("欧阳娜娜"));
    CHECK(name.idNumber.isEmpty());
    CHECK(name.phone.isEmpty());
    CaseQuery base;
    base.statuses = {CaseStatus::Accepted};
    const CaseQuery kept = CaseSearchDialog::interpret(QString(), base);
    CHECK(kept == base);
}

TEST_CASE("The model loads page after page as the view asks for more")
{
    ModelRig m;
    QSignalSpy inserted(&m.model, &QAbstractItemModel::rowsInserted);
    m.model.setQuery({});
    REQUIRE(m.model.isLoading());
    REQUIRE(m.model.waitForPage());
    CHECK(m.model.rowCount() == 100);
    CHECK(m.model.columnCount() == CaseListModel::ColumnCount);
    CHECK(m.model.canFetchMore());
    m.model.fetchMore();
    CHECK_FALSE(m.model.canFetchMore());  // one page at a time
    REQUIRE(m.model.waitForPage());
    CHECK(m.model.rowCount() == 200);
    m.model.fetchMore();
    REQUIRE(m.model.waitForPage());
    CHECK(m.model.rowCount() == 250);
    CHECK(m.model.atEnd());
    CHECK_FALSE(m.model.canFetchMore());
    CHECK(inserted.size() == 3);

    // Newest first, every case once.
    QSet<QString> seen;
    for (int r = 0; r < m.model.rowCount(); ++r) {
        seen.insert(m.model.data(m.model.index(r, 0), CaseListModel::CaseNumberRole).toString());
        if (r > 0) CHECK(m.model.caseAt(r - 1)->createdAt >= m.model.caseAt(r)->createdAt);
    }
    CHECK(seen.size() == 250);
}

TEST_CASE("The model shows masked personal data translated statuses and catalog matter names")
{
    ModelRig m;
    auto catalog = ow::catalog::Catalog::loadBundled().catalog;
    REQUIRE(catalog);
    CaseQuery q;
    q.urgentOnly = true;
    m.model.setQuery(q);
    REQUIRE(m.model.waitForPage());
    REQUIRE(m.model.rowCount() > 0);
    // A line whose matter the bundled catalog has (the synthetic codes are not all in it).
    int row = 0;
    while (row < m.model.rowCount() && !catalog->find(m.model.caseAt(row)->matterCode)) ++row;
    REQUIRE(row < m.model.rowCount());
    const QString number = m.model.data(m.model.index(row, CaseListModel::CaseNumberColumn)).toString();
    const CaseRecord &c = m.record(number);
    auto cell = [&](int column, int role = Qt::DisplayRole) { return m.model.data(m.model.index(row, column), role); };
    CHECK(cell(CaseListModel::NameColumn).toString() == CaseListModel::maskName(c.applicantName));
    CHECK(cell(CaseListModel::NameColumn).toString() != c.applicantName);
    CHECK(cell(CaseListModel::IdNumberColumn).toString() == ow::core::IdNumber::mask(c.idNumber));
    CHECK(cell(CaseListModel::StatusColumn).toString() == ow::core::caseStatusDisplayName(c.status));
    CHECK(cell(CaseListModel::UrgentColumn).toString() == CaseListModel::tr("Urgent"));
    CHECK(cell(0, CaseListModel::UrgentRole).toBool());
    CHECK(cell(0, CaseListModel::StatusRole).toInt() == int(c.status));
    CHECK(cell(0, CaseListModel::VersionRole).toInt() == 1);
    CHECK(cell(CaseListModel::MatterColumn).toString() == c.matterCode);  // no catalog yet
    m.model.setCatalog(catalog);
    CHECK(cell(CaseListModel::MatterColumn).toString() == catalog->find(c.matterCode)->name.text());
    CHECK(m.model.headerData(CaseListModel::IdNumberColumn, Qt::Horizontal).toString() == CaseListModel::tr("ID number"));

    // Overdue: open with a deadline before today, said in words as well as in colour.
    CaseQuery late;
    late.overdueOnly = true;
    m.model.setQuery(late);
    REQUIRE(m.model.waitForPage());
    REQUIRE(m.model.rowCount() > 0);
    row = 0;
    CHECK(cell(0, CaseListModel::OverdueRole).toBool());
    CHECK(cell(CaseListModel::DeadlineColumn).toString().contains(CaseListModel::tr("%1 (overdue)").arg(QString()).trimmed()));
    CHECK(cell(CaseListModel::DeadlineColumn, Qt::ForegroundRole).isValid());
}

TEST_CASE("A new query drops the pages of the one before")
{
    ModelRig m;
    CaseQuery accepted;
    accepted.statuses = {CaseStatus::Accepted};
    CaseQuery collected;
    collected.statuses = {CaseStatus::Collected};
    m.model.setQuery(accepted);
    m.model.setQuery(collected);  // while the first is still being read
    REQUIRE(m.model.waitForPage());
    REQUIRE(m.model.waitForPage());
    REQUIRE(m.model.rowCount() > 0);
    for (int r = 0; r < m.model.rowCount(); ++r) CHECK(m.model.caseAt(r)->status == CaseStatus::Collected);
}

TEST_CASE("Ctrl+F finds a case by ID number and by status and moves it on with a reason")
{
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    Session &session = *client->session();
    ow::storage::CaseStore store(session.store().db(), session.officer().vault, session.store().audit(),
                                 session.counterNumber(), true, session.store().clock());
    QList<CaseRecord> cases = seed(store, QDateTime::currentDateTime(), 150);
    // The citizen at the counter has an accepted case; nobody else has this ID number.
    const auto target = std::find_if(cases.begin(), cases.end(), [](const CaseRecord &c) { return c.status == CaseStatus::Accepted; });
    REQUIRE(target != cases.end());
    const QString id = target->idNumber;
    REQUIRE(std::count_if(cases.begin(), cases.end(), [&](const CaseRecord &c) { return c.idNumber == id; }) == 1);

    QTest::keyClick(main, Qt::Key_F, Qt::ControlModifier);
    CaseSearchDialog *dialog = main->caseSearch();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    // Focus follows the window's activation, which the platform delivers a moment later.
    CHECK(ow::test::waitUntil([&] { return dialog->searchField()->hasFocus(); }));

    // By ID number: Enter searches, the first line is selected and its details shown in full.
    dialog->searchField()->setText(id);
    QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    REQUIRE(dialog->model()->waitForPage());
    REQUIRE(dialog->model()->rowCount() == 1);
    CHECK(dialog->model()->data(dialog->model()->index(0, CaseListModel::IdNumberColumn)).toString() ==
          ow::core::IdNumber::mask(id));
    REQUIRE(dialog->currentCase());
    CHECK(dialog->currentCase()->caseNumber == target->caseNumber);
    CHECK(text(dialog, "caseDetails").contains(id));
    CHECK(text(dialog, "caseDetails").contains(target->deadline.toString(Qt::ISODate)));
    CHECK(auditActions(*client).contains(QStringLiteral("case.view")));

    // By status: every line accepted, the list grows as it scrolls.
    dialog->searchField()->clear();
    dialog->statusFilter()->setCurrentIndex(dialog->statusFilter()->findData(int(CaseStatus::Accepted)));
    QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    REQUIRE(dialog->model()->waitForPage());
    const int accepted = int(std::count_if(cases.begin(), cases.end(), [](const CaseRecord &c) { return c.status == CaseStatus::Accepted; }));
    REQUIRE(dialog->model()->rowCount() == std::min(accepted, 100));
    for (int r = 0; r < dialog->model()->rowCount(); ++r) CHECK(dialog->model()->caseAt(r)->status == CaseStatus::Accepted);
    // Down moves in the list from the search field.
    if (dialog->model()->rowCount() > 1) {
        QTest::keyClick(dialog->searchField(), Qt::Key_Down);
        CHECK(dialog->table()->currentIndex().row() == 1);
        CHECK(dialog->searchField()->hasFocus());
    }

    // Back to the citizen's case, by ID number again.
    dialog->statusFilter()->setCurrentIndex(0);
    dialog->searchField()->setText(id);
    QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    REQUIRE(dialog->model()->waitForPage());
    REQUIRE(dialog->currentCase());
    REQUIRE(dialog->currentCase()->status == CaseStatus::Accepted);

    // A colleague moves it to review meanwhile: the change here is refused and the case reloaded.
    REQUIRE(store.transition(target->caseNumber, CaseStatus::UnderReview, QStringLiteral("000999"), {}, 1).ok());
    QTest::keyClick(dialog, Qt::Key_1, Qt::ControlModifier);
    CHECK_FALSE(text(dialog, "caseMessage").isEmpty());
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("caseMessage"))->property("error").toBool());
    REQUIRE(dialog->currentCase()->status == CaseStatus::UnderReview);

    // Refusing needs a reason: without one nothing happens and the reason field takes the cursor.
    const QList<CaseStatus> next = ow::casework::nextStates(CaseStatus::UnderReview);
    const auto refusedAt = next.indexOf(CaseStatus::Refused);
    REQUIRE(refusedAt >= 0);
    REQUIRE(dialog->findChild<QPushButton *>(QStringLiteral("transition_refused")));
    const auto key = Qt::Key(Qt::Key_1 + refusedAt);
    QTest::keyClick(dialog, key, Qt::ControlModifier);
    CHECK(dialog->currentCase()->status == CaseStatus::UnderReview);
    CHECK(dialog->reasonField()->hasFocus());
    dialog->reasonField()->setText(QStringLiteral("材料不全，申请人电话13800138000"));
    QTest::keyClick(dialog, key, Qt::ControlModifier);
    CHECK(dialog->currentCase()->status == CaseStatus::Refused);
    CHECK(dialog->model()->caseAt(0)->status == CaseStatus::Refused);
    CHECK(dialog->reasonField()->text().isEmpty());

    // Audited, with the phone number masked.
    const auto recent = ow::storage::AuditLog::recent(session.store().db(), 20).value();
    const auto moved = std::find_if(recent.begin(), recent.end(), [&](const auto &r) {
        return r.action == QStringLiteral("case.transition") && r.subject == target->caseNumber && r.officer == session.officerNumber();
    });
    REQUIRE(moved != recent.end());
    CHECK(moved->detail.startsWith(QStringLiteral("under-review->refused")));
    CHECK(moved->detail.contains(QStringLiteral("138****8000")));

    // The urgent flag, from the keyboard (Alt+U), audited too.
    QTest::keyClick(dialog, Qt::Key_U, Qt::AltModifier);
    CHECK(ow::test::waitUntil([&] { return store.findByNumber(target->caseNumber).value()->urgent; }));
    CHECK(auditActions(*client).contains(QStringLiteral("case.urgent")));

    // Esc closes; nothing of the case stays on screen.
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(ow::test::waitUntil([&] { return main->caseSearch() == nullptr; }));
}

TEST_CASE("The deadline lists open a case in the search")
{
    ow::test::TempDir tmp;
    auto client = startClient(tmp.path());
    MainWindow *main = loginAsPractice(*client);
    Session &session = *client->session();
    ow::storage::CaseStore store(session.store().db(), session.officer().vault, session.store().audit(),
                                 session.counterNumber(), true, session.store().clock());
    seed(store, QDateTime::currentDateTime(), 120);
    main->openCaseSearch();
    CaseSearchDialog *dialog = main->caseSearch();
    REQUIRE(dialog);
    REQUIRE(ow::test::waitUntil([&] { return dialog->searchField()->hasFocus(); }));
    QTest::keyClick(dialog->searchField(), Qt::Key_Tab, Qt::ControlModifier);
    auto *overdue = dialog->findChild<QListWidget *>(QStringLiteral("overdueList"));
    REQUIRE(overdue);
    REQUIRE(overdue->count() > 0);
    const QString number = overdue->item(0)->data(Qt::UserRole).toString();
    REQUIRE_FALSE(number.isEmpty());
    QTest::keyClick(overdue, Qt::Key_Return);
    REQUIRE(dialog->model()->waitForPage());
    REQUIRE(dialog->currentCase());
    CHECK(dialog->currentCase()->caseNumber == number);
    CHECK(dialog->searchField()->text() == number);
}
