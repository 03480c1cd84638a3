#pragma once
// The guide (情形引导) for one matter: its questions on the left, asked one after another as the
// answers make them relevant, and the citizen's checklist on the right, recomputed on every
// answer. The officer ticks materials as they are handed over; what is still missing goes on the
// one-time notice (一次性告知单).

#include "catalog/Guide.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <map>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace ow::gui {

class GuidePanel final : public QWidget {
    Q_OBJECT
public:
    explicit GuidePanel(QWidget *parent = nullptr);

    // Shows `code`'s guide with no answers; false when the catalog has no such matter.
    bool setMatter(std::shared_ptr<const catalog::Catalog> catalog, const QString &code, QDate acceptedOn);
    // The working calendar deadlines count with (the profile's: Session::calendar()); the
    // built-in one until set.
    void setCalendar(std::shared_ptr<const core::WorkingCalendar> calendar) { m_calendar = std::move(calendar); }
    void clear();
    [[nodiscard]] bool hasMatter() const { return m_matter != nullptr; }
    [[nodiscard]] const catalog::Matter *matter() const { return m_matter; }
    [[nodiscard]] const std::shared_ptr<const catalog::Catalog> &catalog() const { return m_catalog; }
    [[nodiscard]] const catalog::Checklist &checklist() const { return m_checklist; }
    [[nodiscard]] catalog::GuideAnswers answers() const;
    [[nodiscard]] QSet<QString> received() const;

    // Sets one answer as if the officer had given it (tests, restoring a draft).
    void setAnswer(const QString &question, const QVariant &answer);
    void setReceived(const QString &material, bool received);
    // Ctrl+R: every material of the checklist handed over (the usual case at a complete visit).
    void receiveAll();
    // The guide's state for the visit draft, and back.
    [[nodiscard]] QJsonObject state() const;
    void restoreState(const QJsonObject &state);
    // Puts the cursor on the first question still open.
    void focusFirstOpen();

    [[nodiscard]] QTreeWidget *checklistView() const { return m_tree; }

signals:
    void changed();
    void printChecklistRequested();
    void printNoticeRequested();
    void changeMatterRequested();

private:
    struct QuestionRow {
        QWidget *box = nullptr;
        QLabel *title = nullptr;
        QButtonGroup *group = nullptr;          // single choice
        QList<QCheckBox *> checks;              // multiple choice
        QCheckBox *none = nullptr;              // multiple: "none of these"
        QLineEdit *edit = nullptr;              // number, date
    };
    void buildQuestions();
    void recompute();
    void showChecklist();
    QVariant answerOf(const catalog::GuideQuestion &q, const QuestionRow &row) const;

    std::shared_ptr<const catalog::Catalog> m_catalog;
    std::shared_ptr<const core::WorkingCalendar> m_calendar;
    const catalog::Matter *m_matter = nullptr;
    QDate m_acceptedOn;
    catalog::Checklist m_checklist;
    std::map<QString, QuestionRow> m_rows;
    QSet<QString> m_received;
    bool m_updating = false;

    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QScrollArea *m_questionScroll = nullptr;
    QWidget *m_questions = nullptr;
    QVBoxLayout *m_questionLayout = nullptr;
    QLabel *m_progress = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_fee = nullptr;
    QLabel *m_deadline = nullptr;
    QLabel *m_notes = nullptr;
    QPushButton *m_printChecklist = nullptr;
    QPushButton *m_printNotice = nullptr;
};

} // namespace ow::gui
