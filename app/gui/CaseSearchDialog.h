#pragma once
// Ctrl+F: find a case, see it, move it on. One smart field (a case number, an 18-digit ID number,
// a mobile number or a name, recognised by their form), filters for status, matter, dates,
// urgent and overdue, the lazy case list (CaseListModel), and for the selected case its details
// (the view is audited), the allowed status changes (Ctrl+1..Ctrl+9, with a reason where the
// citizen must be told why), the urgent flag, and the overdue / due-soon lists.
//
// Keys: Enter searches; Up/Down move in the list while typing; Ctrl+1..9 the n-th allowed status
// change; Alt+U urgent; Ctrl+Tab the deadline lists; Esc closes.

#include "storage/CaseSearch.h"
#include "storage/Cases.h"

#include <QDialog>
#include <QSet>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;
class QTableView;
class QWidget;

namespace ow::gui {

class CaseListModel;
class Session;

class CaseSearchDialog final : public QDialog {
    Q_OBJECT
public:
    explicit CaseSearchDialog(Session &session, QWidget *parent = nullptr);
    ~CaseSearchDialog() override;

    // What the smart field's text asks for, put into `base` (the other filters): an ID number
    // (18 characters, the last a digit or X), a mobile number (11 digits starting 13-19, +86 and
    // separators allowed), a case number or its beginning (optional P, then at least the 8-digit
    // date), otherwise a name. Empty text adds nothing.
    [[nodiscard]] static storage::CaseQuery interpret(const QString &text, storage::CaseQuery base = {});

    [[nodiscard]] QLineEdit *searchField() const { return m_field; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] CaseListModel *model() const { return m_model; }
    [[nodiscard]] QComboBox *statusFilter() const { return m_status; }
    [[nodiscard]] QLineEdit *reasonField() const { return m_reason; }
    // The case shown in the details pane, if any.
    [[nodiscard]] const std::optional<storage::CaseRecord> &currentCase() const { return m_current; }

    // Runs the search the fields describe (what Enter does).
    void search();
    // Moves the shown case to its n-th allowed next status (1-based, Ctrl+n).
    void transitionTo(int n);

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    [[nodiscard]] storage::CaseQuery currentQuery() const;
    void showCase(int row);
    void showDetails();
    void showMessage(const QString &text, bool error);
    void setUrgent(bool urgent);
    void loadDeadlines();
    void openFromDeadlineList(QListWidgetItem *item);
    void updateCount();

    Session &m_session;
    std::unique_ptr<storage::CaseStore> m_cases;
    CaseListModel *m_model = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_field = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_matter = nullptr;
    QCheckBox *m_dateFilter = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_urgentOnly = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_details = nullptr;
    QWidget *m_transitions = nullptr;
    QList<QPushButton *> m_transitionButtons;
    QLineEdit *m_reason = nullptr;
    QCheckBox *m_urgent = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_overdue = nullptr;
    QListWidget *m_dueSoon = nullptr;
    std::optional<storage::CaseRecord> m_current;
    QSet<QString> m_viewed;  // cases whose view is already audited while this dialog is open
};

} // namespace ow::gui
