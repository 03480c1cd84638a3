#pragma once
// Sync problems (同步问题): what the central service did not take from this counter and the
// back-office moves held back because a change made here was not settled (sync::listSyncProblems),
// one row per case: what this counter has, what the centre has, the reason in plain words.
// "Take the central version" (Alt+T) settles the selected row (sync::takeCentralVersion: the
// local case takes the centre's status, the outbox rows become 'resolved', audited); "Open case"
// (Alt+O, or Enter on a row) shows it in Find a case. Reached from the sync indicator when it
// shows problems and from the Cases menu.

#include "sync/SyncProblems.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ow::gui {

class Session;

class SyncProblemsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SyncProblemsDialog(Session &session, QWidget *parent = nullptr);

    void reload();
    // Settles the selected row; false (with the reason on the dialog) when it could not.
    bool takeCentralVersion();
    [[nodiscard]] const QList<sync::SyncProblem> &problems() const { return m_problems; }
    [[nodiscard]] QTableWidget *table() const { return m_table; }

signals:
    void openCaseRequested(const QString &caseNumber);
    void problemsChanged();

private:
    void openCase();
    void updateButtons();

    Session &m_session;
    QList<sync::SyncProblem> m_problems;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_take = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace ow::gui
