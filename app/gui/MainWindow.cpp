#include "MainWindow.h"

#include "CitizenPanel.h"
#include "CounterScreen.h"
#include "DeviceBar.h"
#include "IdCardView.h"
#include "Session.h"
#include "ShortcutsDialog.h"

#include <QAction>
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

    auto *header = new QLabel(central);
    header->setObjectName(QStringLiteral("headerLine"));
    header->setContentsMargins(12, 6, 12, 6);
    header->setText(tr("%1 · Officer %2 · Profile: %3")
                        .arg(session.counterName(), session.officerNumber(), session.profile().displayName()));
    v->addWidget(header);

    m_deviceBar = new DeviceBar(session.devices(), central);
    v->addWidget(m_deviceBar);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(0);
    m_citizen = new CitizenPanel(central);
    m_counter = new CounterScreen(session, *m_citizen, central);
    columns->addWidget(m_counter, 1);
    columns->addWidget(m_citizen);
    v->addLayout(columns, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLine"));
    statusBar()->addWidget(m_status, 1);
    m_status->setText(tr("Ready. Press F2 to read an ID card, F1 for all shortcuts."));
    connect(m_counter, &CounterScreen::statusMessage, m_status, &QLabel::setText);

    // Window-wide keys: they work wherever the focus is (UI.md: the same keys everywhere).
    auto addKey = [this](const QString &name, QKeySequence key, auto slot) {
        auto *a = new QAction(name, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    addKey(tr("Help and shortcuts"), QKeySequence(Qt::Key_F1), [this] { showShortcuts(); });
    addKey(tr("Read ID card"), QKeySequence(Qt::Key_F2), [this] { m_counter->readCard(); });
    addKey(tr("Print"), QKeySequence(Qt::Key_F9), [this] { m_counter->printTestPage(); });

    resize(1280, 800);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
    dialog.exec();
}

} // namespace ow::gui
