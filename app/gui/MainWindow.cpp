#include "MainWindow.h"

#include "CaseSearchDialog.h"
#include "CitizenPanel.h"
#include "CounterScreen.h"
#include "DeviceBar.h"
#include "FaceDesk.h"
#include "IdCardView.h"
#include "LockScreen.h"
#include "CitizenScreen.h"
#include "PasswordDialog.h"
#include "QueuePanel.h"
#include "ScanWedge.h"
#include "ShipmentsDialog.h"

#include "casework/Notifications.h"
#include "catalog/Catalog.h"
#include "storage/Cases.h"
#include "storage/ProfileStore.h"

#include <QPointer>
#include "Session.h"
#include "ShortcutsDialog.h"
#include "SyncIndicator.h"
#include "SyncProblemsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ow::gui {

MainWindow::MainWindow(Session &session, QWidget *parent) : QMainWindow(parent), m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    const bool practice = session.profile().isPractice();
    setWindowTitle(practice ? tr("OneWindow — %1 — PRACTICE").arg(session.counterName())
                            : tr("OneWindow — %1").arg(session.counterName()));

    auto *central = new QWidget(this);
    auto *v = new QVBoxLayout(central);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);

    if (practice) {
        auto *banner = new QWidget(central);
        banner->setObjectName(QStringLiteral("practiceBanner"));
        auto *bh = new QHBoxLayout(banner);
        bh->setContentsMargins(8, 2, 8, 2);
        // Both scripts in every UI language: practice must never pass as real work.
        auto *text = new QLabel(QStringLiteral("练习 PRACTICE — ") + tr("simulated devices; nothing here reaches real records"), banner);
        text->setObjectName(QStringLiteral("practiceBannerText"));
        text->setAlignment(Qt::AlignCenter);
        bh->addWidget(text);
        v->addWidget(banner);
    }

    auto *headerRow = new QHBoxLayout;
    headerRow->setContentsMargins(12, 2, 12, 2);
    auto *header = new QLabel(central);
    header->setObjectName(QStringLiteral("headerLine"));
    header->setText(tr("%1 · Officer %2 %3 · Profile: %4")
                        .arg(session.counterName(), session.officerNumber(), session.officer().officer.name,
                             session.profile().displayName()));
    headerRow->addWidget(header, 1);
    auto *account = new QToolButton(central);
    account->setObjectName(QStringLiteral("accountButton"));
    account->setText(tr("Account"));
    account->setPopupMode(QToolButton::InstantPopup);
    account->setFocusPolicy(Qt::NoFocus);
    // The cases of the counter beyond the citizen at hand: search, deliveries, reminders.
    auto *casesButton = new QToolButton(central);
    casesButton->setObjectName(QStringLiteral("casesButton"));
    casesButton->setText(tr("Cases"));
    casesButton->setPopupMode(QToolButton::InstantPopup);
    casesButton->setFocusPolicy(Qt::NoFocus);
    headerRow->addWidget(casesButton);
    headerRow->addWidget(account);
    v->addLayout(headerRow);

    m_deviceBar = new DeviceBar(session.devices(), central);
    v->addWidget(m_deviceBar);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(0);
    m_citizen = new CitizenPanel(central);
    m_counter = new CounterScreen(session, *m_citizen, central);
    m_queue = new QueuePanel(session, central);
    columns->addWidget(m_queue);
    columns->addWidget(m_counter, 1);
    columns->addWidget(m_citizen);
    v->addLayout(columns, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLine"));
    statusBar()->addWidget(m_status, 1);
    m_status->setText(tr("Ready. Press F2 to read an ID card, F1 for all shortcuts."));
    m_syncIndicator = new SyncIndicator(session, this);
    statusBar()->addPermanentWidget(m_syncIndicator);
    connect(m_syncIndicator, &SyncIndicator::problemsRequested, this, &MainWindow::openSyncProblems);
    connect(m_counter, &CounterScreen::statusMessage, m_status, &QLabel::setText);
    connect(m_queue, &QueuePanel::message, m_status, &QLabel::setText);
    // The queue and the visit move together: a call starts a visit for the ticket, the card read
    // means the citizen arrived, an accepted visit finishes the ticket.
    connect(m_queue, &QueuePanel::called, this, [this](const casework::Ticket &t) { m_counter->startNewVisit(t.number); });
    connect(m_counter, &CounterScreen::cardShown, m_queue, &QueuePanel::citizenArrived);
    connect(m_counter, &CounterScreen::visitAccepted, m_queue, &QueuePanel::visitFinished);
    // Appointment QR codes typed by a keyboard-wedge scanner, wherever the focus is.
    auto *wedge = new ScanWedge(this);
    qApp->installEventFilter(wedge);
    connect(wedge, &ScanWedge::scanned, this, [this](const QString &text) {
        if (!isLocked()) m_counter->openAppointment(text);
    });
    m_faces = new FaceDesk(session, *m_counter, *m_citizen, this);
    connect(m_faces, &FaceDesk::statusMessage, m_status, &QLabel::setText);

    // Window-wide keys: they work wherever the focus is (UI.md: the same keys everywhere).
    auto addKey = [this](const QString &name, QKeySequence key, auto slot) {
        auto *a = new QAction(name, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_workActions << addKey(tr("Help and shortcuts"), QKeySequence(Qt::Key_F1), [this] { showShortcuts(); });
    m_workActions << addKey(tr("Read ID card"), QKeySequence(Qt::Key_F2), [this] { m_counter->readCard(); });
    m_workActions << addKey(tr("Face verification"), QKeySequence(Qt::Key_F3), [this] { m_faces->verifyFace(); });
    m_workActions << addKey(tr("Take the standard photo"), QKeySequence(Qt::Key_F7), [this] { m_faces->takePhoto(); });
    m_workActions << addKey(tr("Call the next ticket"), QKeySequence(Qt::Key_F5),
                            [this] { m_queue->callNext(m_counter->hasVisitInProgress()); });
    m_workActions << addKey(tr("Call the ticket again"), QKeySequence(Qt::Key_F6), [this] { m_queue->recall(); });
    m_workActions << addKey(tr("The called citizen did not come"), QKeySequence(Qt::SHIFT | Qt::Key_F6),
                            [this] { m_queue->markNoShow(); });
    m_workActions << addKey(tr("Find a matter"), QKeySequence(Qt::Key_F4), [this] { m_counter->findMatter(); });
    m_workActions << addKey(tr("Show on the citizen screen for confirmation"), QKeySequence(Qt::Key_F8),
                            [this] { m_counter->presentToCitizen(); });
    m_workActions << addKey(tr("Accept the case"), QKeySequence(Qt::Key_F10), [this] { m_counter->acceptVisit(); });
    QAction *findCase = addKey(tr("Find a case"), QKeySequence(Qt::CTRL | Qt::Key_F), [this] { openCaseSearch(); });
    m_workActions << findCase;
    QAction *shipments = new QAction(tr("Express deliveries of the day…"), this);
    connect(shipments, &QAction::triggered, this, &MainWindow::openShipments);
    QAction *reminders = new QAction(tr("Send pickup reminders (SMS) for every ready case"), this);
    connect(reminders, &QAction::triggered, this, &MainWindow::sendPickupReminders);
    QAction *syncProblems = new QAction(tr("Sync problems…"), this);
    connect(syncProblems, &QAction::triggered, this, &MainWindow::openSyncProblems);
    auto *casesMenu = new QMenu(casesButton);
    casesMenu->addAction(findCase);
    casesMenu->addAction(shipments);
    casesMenu->addAction(reminders);
    casesMenu->addSeparator();
    casesMenu->addAction(syncProblems);
    casesButton->setMenu(casesMenu);
    m_workActions << shipments << reminders << syncProblems;
    m_workActions << addKey(tr("Print"), QKeySequence(Qt::Key_F9), [this] { m_counter->print(); });
    m_workActions << addKey(tr("Print the one-time notice"), QKeySequence(Qt::SHIFT | Qt::Key_F9), [this] { m_counter->printNotice(); });
    m_workActions << addKey(tr("Step 1: identify"), QKeySequence(Qt::ALT | Qt::Key_1),
                            [this] { m_counter->showStep(CounterScreen::Step::Identify); });
    m_workActions << addKey(tr("Step 2: matters"), QKeySequence(Qt::ALT | Qt::Key_2),
                            [this] { m_counter->showStep(CounterScreen::Step::Matters); });
    m_workActions << addKey(tr("Step 3: citizen confirms"), QKeySequence(Qt::ALT | Qt::Key_3),
                            [this] { m_counter->showStep(CounterScreen::Step::Confirm); });
    m_workActions << addKey(tr("Step 4: accept and fee"), QKeySequence(Qt::ALT | Qt::Key_4),
                            [this] { m_counter->showStep(CounterScreen::Step::Accept); });
    m_workActions << addKey(tr("Next matter of the visit"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                            [this] { m_counter->switchMatter(1); });
    m_workActions << addKey(tr("Previous matter of the visit"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                            [this] { m_counter->switchMatter(-1); });
    m_workActions << addKey(tr("All materials handed over"), QKeySequence(Qt::CTRL | Qt::Key_R),
                            [this] { m_counter->receiveAllMaterials(); });
    m_workActions << addKey(tr("Remove the matter on screen"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
                            [this] { m_counter->removeCurrentMatter(); });
    QAction *lockAction = addKey(tr("Lock the screen"), QKeySequence(Qt::Key_F12), [this] { lock(); });
    QAction *passwordAction = new QAction(tr("Change password…"), this);
    connect(passwordAction, &QAction::triggered, this, &MainWindow::changePassword);
    QAction *logoutAction = new QAction(tr("Log out"), this);
    connect(logoutAction, &QAction::triggered, this, &MainWindow::logoutRequested);
    auto *menu = new QMenu(account);
    menu->addAction(lockAction);
    menu->addAction(passwordAction);
    menu->addSeparator();
    menu->addAction(logoutAction);
    account->setMenu(menu);
    m_workActions << passwordAction << logoutAction;

    // Locking covers the whole window: no citizen's data stays visible at an unattended counter.
    m_lock = new LockScreen(session, central);
    connect(m_lock, &LockScreen::unlocked, this, [this] { setLockedState(false); });
    connect(m_lock, &LockScreen::logoutRequested, this, &MainWindow::logoutRequested);
    const int idleSeconds = session.idleLockSeconds();
    m_idle = new IdleWatcher(idleSeconds * 1000, this);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);

    resize(1280, 800);
    m_counter->offerDraftRestore();
}

bool MainWindow::isLocked() const { return m_lock->isVisible(); }

void MainWindow::lock()
{
    if (isLocked()) return;
    // A dialog left open (shortcuts, password change) would stay usable on top of the lock.
    while (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget())) modal->reject();
    setLockedState(true);
    m_lock->activate();
}

void MainWindow::setLockedState(bool locked)
{
    // While locked nothing underneath takes a key, a click or a mnemonic (Alt+N would reveal an ID
    // number in the absent officer's name), and cards the reader reads are not shown.
    for (QAction *a : std::as_const(m_workActions)) a->setEnabled(!locked);
    for (QObject *child : centralWidget()->children())
        if (auto *w = qobject_cast<QWidget *>(child); w && w != m_lock) w->setEnabled(!locked);
    m_counter->setLocked(locked);
    // Nothing of the citizen stays on the customer-facing screen while the officer is away.
    if (locked && m_counter->citizenScreen()->isPresenting()) m_counter->citizenScreen()->showWelcome();
    m_idle->setEnabled(!locked);
    if (!locked) m_status->setText(tr("Unlocked. Welcome back."));
}

void MainWindow::changePassword()
{
    PasswordDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted) m_status->setText(tr("Password changed."));
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_lock && m_lock->isVisible()) m_lock->setGeometry(m_lock->parentWidget()->rect());
}

CaseSearchDialog *MainWindow::caseSearch() const { return m_caseSearch.data(); }

void MainWindow::openShipments()
{
    ShipmentsDialog dialog(m_session, this);
    dialog.exec();
}

QFuture<void> MainWindow::sendPickupReminders()
{
    m_status->setText(tr("Queuing pickup reminders…"));
    // Every ready case in one transaction: on a pool thread with its own connection.
    const QString officer = m_session.officerNumber();
    const QString place = m_session.settings().string(QStringLiteral("casework/pickupPlace"), m_session.counterName());
    auto vault = m_session.officer().vault;
    auto catalog = m_session.catalog();
    auto run = std::make_shared<casework::ReminderRun>();
    const QString counter = m_session.counterNumber();
    const bool practice = m_session.profile().isPractice();
    auto future = m_session.runInBackground([=](storage::ProfileStore &store) -> core::Status {
        storage::CaseStore cases(store.db(), vault, store.audit(), counter, practice, store.clock());
        casework::Notifier sms(store.db(), vault, store.audit(), store.clock());
        auto r = sms.remindReady(
            cases,
            [catalog](const QString &code) {
                const catalog::Matter *m = catalog ? catalog->find(code) : nullptr;
                return m ? m->name.zh : QString();
            },
            place, officer);
        if (!r) return r.error();
        *run = r.value();
        return {};
    });
    QPointer<QLabel> status(m_status);
    return future.then(this, [status, run](core::Status st) {
        if (!status) return;
        if (!st) {
            status->setText(tr("Pickup reminders were not queued: %1").arg(st.error().message));
            return;
        }
        status->setText(tr("Pickup reminders queued: %1 (already reminded today: %2; without a phone, to call: %3). "
                           "They are sent with the next sync.")
                            .arg(run->queued.size())
                            .arg(run->alreadyToday.size())
                            .arg(run->withoutPhone.size()));
    });
}

void MainWindow::openCaseSearch()
{
    if (m_caseSearch) {
        m_caseSearch->activateWindow();
        return;
    }
    m_caseSearch = new CaseSearchDialog(m_session, this);
    m_caseSearch->setAttribute(Qt::WA_DeleteOnClose);
    m_caseSearch->open();
}

SyncProblemsDialog *MainWindow::syncProblems() const { return m_syncProblems.data(); }

SyncProblemsDialog *MainWindow::openSyncProblems()
{
    if (m_syncProblems) {
        m_syncProblems->reload();
        m_syncProblems->activateWindow();
        return m_syncProblems;
    }
    m_syncProblems = new SyncProblemsDialog(m_session, this);
    m_syncProblems->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_syncProblems, &SyncProblemsDialog::problemsChanged, m_syncIndicator, &SyncIndicator::refresh);
    connect(m_syncProblems, &SyncProblemsDialog::openCaseRequested, this, [this](const QString &number) {
        openCaseSearch();
        if (!m_caseSearch) return;
        m_caseSearch->searchField()->setText(number);
        m_caseSearch->search();
    });
    m_syncProblems->open();
    return m_syncProblems;
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
    dialog.exec();
}

} // namespace ow::gui
