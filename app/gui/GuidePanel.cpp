#include "GuidePanel.h"

#include "core/Money.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDoubleValidator>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QPainter>
#include <QScrollArea>
#include <QStyleOptionButton>
#include <QStyledItemDelegate>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <type_traits>

namespace ow::gui {
namespace {

// A radio button or check box whose label wraps: options of the catalog are whole phrases
// ("退出现役，经批准随配偶易地安置"), and the question panel is narrow. Everything else (groups,
// arrow keys, focus, mnemonics-free text) is the stock button's.
template <typename Button>
class Wrapping final : public Button {
public:
    Wrapping(const QString &text, QWidget *parent) : Button(text, parent)
    {
        QSizePolicy p(QSizePolicy::Preferred, QSizePolicy::Preferred);
        p.setHeightForWidth(true);
        this->setSizePolicy(p);
    }
    QSize sizeHint() const override { return {indicator() + textWidth(400), heightForWidth(400 + indicator())}; }
    QSize minimumSizeHint() const override { return {indicator() + 80, heightForWidth(indicator() + 80)}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override
    {
        const QRect r = this->fontMetrics().boundingRect(QRect(0, 0, std::max(20, w - indicator()), 10000),
                                                         Qt::TextWordWrap, this->text());
        return std::max(r.height(), indicatorSize()) + 4;
    }

protected:
    bool hitButton(const QPoint &pos) const override { return this->rect().contains(pos); }
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        QStyleOptionButton opt;
        opt.initFrom(this);
        opt.state |= this->isChecked() ? QStyle::State_On : QStyle::State_Off;
        if (this->isDown()) opt.state |= QStyle::State_Sunken;
        const int s = indicatorSize();
        opt.rect = QRect(0, 2 + (this->fontMetrics().height() - s) / 2, s, s);
        const bool radio = std::is_same_v<Button, QRadioButton>;
        this->style()->drawPrimitive(radio ? QStyle::PE_IndicatorRadioButton : QStyle::PE_IndicatorCheckBox, &opt, &p, this);
        const QRect textRect(indicator(), 2, this->width() - indicator(), this->height() - 2);
        p.setPen(this->palette().color(this->isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
        p.drawText(textRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, this->text());
        if (this->hasFocus()) {
            QStyleOptionFocusRect f;
            f.initFrom(this);
            f.rect = this->fontMetrics().boundingRect(textRect, Qt::TextWordWrap, this->text()).adjusted(-2, -1, 2, 1);
            this->style()->drawPrimitive(QStyle::PE_FrameFocusRect, &f, &p, this);
        }
    }

private:
    int indicatorSize() const
    {
        const bool radio = std::is_same_v<Button, QRadioButton>;
        return this->style()->pixelMetric(radio ? QStyle::PM_ExclusiveIndicatorWidth : QStyle::PM_IndicatorWidth, nullptr, this);
    }
    int indicator() const { return indicatorSize() + 6; }
    int textWidth(int max) const { return std::min(max, this->fontMetrics().horizontalAdvance(this->text())); }
};

// Material names and review points wrap inside the first column instead of ending in "…": the
// row height follows the column's width.
class WrappingDelegate final : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeWidget *tree) : QStyledItemDelegate(tree), m_tree(tree) {}
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != 0) return s;
        int depth = 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent()) ++depth;
        const int width = m_tree->header()->sectionSize(0) - m_tree->indentation() * (depth + 1) - 36;
        const QRect r = option.fontMetrics.boundingRect(QRect(0, 0, std::max(60, width), 10000), Qt::TextWordWrap,
                                                        index.data(Qt::DisplayRole).toString());
        s.setHeight(std::max(s.height(), r.height() + 6));
        return s;
    }

private:
    QTreeWidget *m_tree;
};

QWidget *optionBox(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(18, 0, 0, 0);
    v->setSpacing(2);
    return box;
}

void addOption(QWidget *box, QWidget *button) { box->layout()->addWidget(button); }

} // namespace

GuidePanel::GuidePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("guidePanel"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(6);

    auto *head = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("guideTitle"));
    m_title->setWordWrap(true);
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("guideMeta"));
    m_meta->setWordWrap(true);
    titles->addWidget(m_title);
    titles->addWidget(m_meta);
    head->addLayout(titles, 1);
    auto *change = new QPushButton(tr("Other matter  (F4)"), this);
    change->setObjectName(QStringLiteral("changeMatterButton"));
    change->setFocusPolicy(Qt::NoFocus);
    connect(change, &QPushButton::clicked, this, &GuidePanel::changeMatterRequested);
    head->addWidget(change, 0, Qt::AlignTop);
    v->addLayout(head);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("guideSplit"));
    split->setChildrenCollapsible(false);

    auto *left = new QWidget(split);
    auto *lv = new QVBoxLayout(left);
    lv->setContentsMargins(0, 0, 0, 0);
    m_progress = new QLabel(left);
    m_progress->setObjectName(QStringLiteral("guideProgress"));
    lv->addWidget(m_progress);
    m_questionScroll = new QScrollArea(left);
    m_questionScroll->setObjectName(QStringLiteral("guideQuestions"));
    m_questionScroll->setWidgetResizable(true);
    m_questionScroll->setFrameShape(QFrame::NoFrame);
    m_questionScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_questions = new QWidget(m_questionScroll);
    m_questionLayout = new QVBoxLayout(m_questions);
    m_questionLayout->setContentsMargins(0, 0, 8, 0);
    m_questionLayout->setSpacing(10);
    m_questionLayout->addStretch();
    m_questionScroll->setWidget(m_questions);
    lv->addWidget(m_questionScroll, 1);

    auto *right = new QWidget(split);
    auto *rv = new QVBoxLayout(right);
    rv->setContentsMargins(8, 0, 0, 0);
    auto *listTitle = new QLabel(tr("Checklist — tick what the citizen hands over"), right);
    listTitle->setProperty("role", "fieldName");
    rv->addWidget(listTitle);
    m_tree = new QTreeWidget(right);
    m_tree->setObjectName(QStringLiteral("checklistTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Material"), tr("Originals"), tr("Copies")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setWordWrap(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    connect(m_tree->header(), &QHeaderView::sectionResized, m_tree, [this](int section) {
        if (section == 0) m_tree->doItemsLayout();
    });
    rv->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_updating || column != 0 || item->parent()) return;
        const QString id = item->data(0, Qt::UserRole).toString();
        if (item->checkState(0) == Qt::Checked) m_received.insert(id);
        else m_received.remove(id);
        emit changed();
    });
    m_fee = new QLabel(right);
    m_fee->setObjectName(QStringLiteral("guideFee"));
    m_fee->setWordWrap(true);
    m_deadline = new QLabel(right);
    m_deadline->setObjectName(QStringLiteral("guideDeadline"));
    m_deadline->setWordWrap(true);
    m_notes = new QLabel(right);
    m_notes->setObjectName(QStringLiteral("guideNotes"));
    m_notes->setWordWrap(true);
    rv->addWidget(m_fee);
    rv->addWidget(m_deadline);
    rv->addWidget(m_notes);
    auto *buttons = new QHBoxLayout;
    m_printChecklist = new QPushButton(tr("Print checklist  (F9)"), right);
    m_printChecklist->setObjectName(QStringLiteral("printChecklistButton"));
    m_printChecklist->setFocusPolicy(Qt::NoFocus);
    m_printNotice = new QPushButton(tr("Print one-time notice  (Shift+F9)"), right);
    m_printNotice->setObjectName(QStringLiteral("printNoticeButton"));
    m_printNotice->setFocusPolicy(Qt::NoFocus);
    auto *all = new QPushButton(tr("All handed over  (Ctrl+R)"), right);
    all->setObjectName(QStringLiteral("receiveAllButton"));
    all->setFocusPolicy(Qt::NoFocus);
    connect(all, &QPushButton::clicked, this, &GuidePanel::receiveAll);
    buttons->addWidget(all);
    buttons->addWidget(m_printChecklist);
    buttons->addWidget(m_printNotice);
    buttons->addStretch();
    rv->addLayout(buttons);
    connect(m_printChecklist, &QPushButton::clicked, this, &GuidePanel::printChecklistRequested);
    connect(m_printNotice, &QPushButton::clicked, this, &GuidePanel::printNoticeRequested);

    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    v->addWidget(split, 1);
}

bool GuidePanel::setMatter(std::shared_ptr<const catalog::Catalog> catalog, const QString &code, QDate acceptedOn)
{
    const catalog::Matter *m = catalog ? catalog->find(code) : nullptr;
    if (!m) return false;
    m_catalog = std::move(catalog);
    m_matter = m;
    m_acceptedOn = acceptedOn;
    m_received.clear();
    m_title->setText(m->name.text());
    QStringList basis;
    for (const catalog::LocalText &t : m->legalBasis) basis << t.text();
    m_meta->setText(tr("%1 · %2 · catalog %3").arg(catalog::categoryName(m->category), m->code, m_catalog->version()));
    m_meta->setToolTip(tr("Legal basis: %1").arg(basis.join(QStringLiteral("；"))));
    buildQuestions();
    recompute();
    return true;
}

void GuidePanel::clear()
{
    m_matter = nullptr;
    m_catalog.reset();
    m_rows.clear();
    m_received.clear();
    m_checklist = {};
    while (m_questionLayout->count() > 1) {
        QLayoutItem *item = m_questionLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_tree->clear();
    for (QLabel *l : {m_title, m_meta, m_progress, m_fee, m_deadline, m_notes}) l->clear();
}

void GuidePanel::buildQuestions()
{
    m_rows.clear();
    while (m_questionLayout->count() > 1) {
        QLayoutItem *item = m_questionLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    int index = 0;
    for (const catalog::GuideQuestion &q : m_matter->questions) {
        QuestionRow row;
        row.box = new QFrame(m_questions);
        row.box->setObjectName(QStringLiteral("question_%1").arg(q.id));
        auto *bv = new QVBoxLayout(row.box);
        bv->setContentsMargins(0, 0, 0, 0);
        bv->setSpacing(4);
        row.title = new QLabel(q.text.text(), row.box);
        row.title->setWordWrap(true);
        row.title->setProperty("role", "questionTitle");
        if (!q.help.zh.isEmpty()) row.title->setToolTip(q.help.text());
        bv->addWidget(row.title);
        switch (q.type) {
        case catalog::GuideQuestion::Type::Single: {
            QWidget *box = optionBox(row.box);
            row.group = new QButtonGroup(row.box);
            row.group->setExclusive(true);
            for (const catalog::QuestionOption &o : q.options) {
                auto *b = new Wrapping<QRadioButton>(o.label.text(), box);
                b->setObjectName(QStringLiteral("option_%1_%2").arg(q.id, o.value));
                b->setProperty("value", o.value);
                row.group->addButton(b);
                addOption(box, b);
            }
            connect(row.group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *b, bool on) {
                if (!on || m_updating) return;
                // Answered from the keyboard: the cursor goes on to the next question, so the
                // officer answers a guide with one key per question.
                const bool fromHere = b->hasFocus();
                recompute();
                if (fromHere) focusFirstOpen();
            });
            bv->addWidget(box);
            break;
        }
        case catalog::GuideQuestion::Type::Multiple: {
            QWidget *box = optionBox(row.box);
            for (const catalog::QuestionOption &o : q.options) {
                auto *c = new Wrapping<QCheckBox>(o.label.text(), box);
                c->setObjectName(QStringLiteral("option_%1_%2").arg(q.id, o.value));
                c->setProperty("value", o.value);
                row.checks << c;
                addOption(box, c);
            }
            // Ticking nothing is not an answer; "none of these" is.
            row.none = new Wrapping<QCheckBox>(tr("None of these"), box);
            row.none->setObjectName(QStringLiteral("option_%1_none").arg(q.id));
            addOption(box, row.none);
            const QString id = q.id;
            for (QCheckBox *c : std::as_const(row.checks))
                connect(c, &QCheckBox::toggled, this, [this, id](bool on) {
                    if (m_updating) return;
                    if (on) {
                        m_updating = true;
                        m_rows[id].none->setChecked(false);
                        m_updating = false;
                    }
                    recompute();
                });
            connect(row.none, &QCheckBox::toggled, this, [this, id](bool on) {
                if (m_updating) return;
                if (on) {
                    m_updating = true;
                    for (QCheckBox *c : std::as_const(m_rows[id].checks)) c->setChecked(false);
                    m_updating = false;
                }
                recompute();
            });
            bv->addWidget(box);
            break;
        }
        case catalog::GuideQuestion::Type::Number:
        case catalog::GuideQuestion::Type::Date: {
            auto *h = new QHBoxLayout;
            h->setContentsMargins(18, 0, 0, 0);
            row.edit = new QLineEdit(row.box);
            row.edit->setObjectName(QStringLiteral("answer_%1").arg(q.id));
            row.edit->setMaximumWidth(160);
            if (q.type == catalog::GuideQuestion::Type::Number) {
                auto *val = new QDoubleValidator(q.min.value_or(-1e9), q.max.value_or(1e9), 2, row.edit);
                val->setNotation(QDoubleValidator::StandardNotation);
                val->setLocale(QLocale::c());
                row.edit->setValidator(val);
                row.edit->setPlaceholderText(q.min && q.max ? tr("%1 to %2").arg(*q.min).arg(*q.max) : tr("a number"));
            } else {
                row.edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}-?\\d{0,2}-?\\d{0,2}")), row.edit));
                row.edit->setPlaceholderText(tr("YYYY-MM-DD"));
            }
            h->addWidget(row.edit);
            if (!q.unit.zh.isEmpty()) h->addWidget(new QLabel(q.unit.text(), row.box));
            h->addStretch();
            bv->addLayout(h);
            connect(row.edit, &QLineEdit::textChanged, this, [this] {
                if (!m_updating) recompute();
            });
            connect(row.edit, &QLineEdit::returnPressed, this, &GuidePanel::focusFirstOpen);
            break;
        }
        }
        m_questionLayout->insertWidget(index++, row.box);
        m_rows.emplace(q.id, row);
    }
}

QVariant GuidePanel::answerOf(const catalog::GuideQuestion &q, const QuestionRow &row) const
{
    switch (q.type) {
    case catalog::GuideQuestion::Type::Single:
        if (QAbstractButton *b = row.group->checkedButton()) return b->property("value");
        return {};
    case catalog::GuideQuestion::Type::Multiple: {
        QStringList chosen;
        for (QCheckBox *c : row.checks)
            if (c->isChecked()) chosen << c->property("value").toString();
        if (chosen.isEmpty() && !row.none->isChecked()) return {};
        return chosen;
    }
    case catalog::GuideQuestion::Type::Number: {
        bool ok = false;
        const double d = row.edit->text().toDouble(&ok);
        return ok ? QVariant(d) : QVariant();
    }
    case catalog::GuideQuestion::Type::Date: {
        const QDate d = QDate::fromString(row.edit->text(), Qt::ISODate);
        return d.isValid() ? QVariant(d) : QVariant();
    }
    }
    return {};
}

catalog::GuideAnswers GuidePanel::answers() const
{
    catalog::GuideAnswers out;
    if (!m_matter) return out;
    for (const catalog::GuideQuestion &q : m_matter->questions) {
        const QVariant a = answerOf(q, m_rows.at(q.id));
        if (a.isValid()) out.insert(q.id, a);
    }
    return out;
}

QSet<QString> GuidePanel::received() const { return m_received; }

void GuidePanel::setAnswer(const QString &question, const QVariant &answer)
{
    const catalog::GuideQuestion *q = m_matter ? m_matter->question(question) : nullptr;
    if (!q) return;
    QuestionRow &row = m_rows[question];
    m_updating = true;
    switch (q->type) {
    case catalog::GuideQuestion::Type::Single:
        for (QAbstractButton *b : row.group->buttons())
            if (b->property("value") == answer.toString()) b->setChecked(true);
        break;
    case catalog::GuideQuestion::Type::Multiple: {
        const QStringList chosen = answer.toStringList();
        for (QCheckBox *c : std::as_const(row.checks)) c->setChecked(chosen.contains(c->property("value").toString()));
        row.none->setChecked(answer.isValid() && chosen.isEmpty());
        break;
    }
    case catalog::GuideQuestion::Type::Number:
        row.edit->setText(answer.isValid() ? QString::number(answer.toDouble(), 'g', 15) : QString());
        break;
    case catalog::GuideQuestion::Type::Date:
        row.edit->setText(answer.typeId() == QMetaType::QDate ? answer.toDate().toString(Qt::ISODate) : answer.toString());
        break;
    }
    m_updating = false;
    recompute();
}

void GuidePanel::setReceived(const QString &material, bool received)
{
    if (received) m_received.insert(material);
    else m_received.remove(material);
    showChecklist();
    emit changed();
}

void GuidePanel::recompute()
{
    if (!m_matter) return;
    m_checklist = catalog::Guide::evaluate(*m_matter, answers(), m_catalog->version(), m_acceptedOn,
                                           m_calendar ? *m_calendar : core::WorkingCalendar::builtIn());
    // Only what has been asked is shown: a question appears when the answers make it relevant.
    QSet<QString> asked;
    for (const catalog::GuideQuestion *q : m_checklist.askedQuestions) asked.insert(q->id);
    const catalog::GuideQuestion *next = m_checklist.openQuestions.value(0);
    int number = 0;
    for (const catalog::GuideQuestion &q : m_matter->questions) {
        QuestionRow &row = m_rows[q.id];
        const bool shown = asked.contains(q.id);
        row.box->setVisible(shown);
        if (!shown) continue;
        ++number;
        row.title->setText(QStringLiteral("%1. %2").arg(number).arg(q.text.text()));
        row.box->setProperty("state", &q == next ? "next" : m_checklist.answers.contains(q.id) ? "answered" : "open");
        row.box->style()->unpolish(row.box);
        row.box->style()->polish(row.box);
    }
    m_progress->setText(m_checklist.complete()
                            ? tr("All questions answered: this is the citizen's exact checklist.")
                            : tr("%n question(s) still open; materials marked \"possibly\" depend on them.", nullptr,
                                 int(m_checklist.openQuestions.size())));
    showChecklist();
    emit changed();
}

void GuidePanel::showChecklist()
{
    m_updating = true;
    m_tree->clear();
    const catalog::Checklist &c = m_checklist;
    for (const catalog::ChecklistMaterial &cm : c.materials) {
        const catalog::Material &m = *cm.material;
        QString name = m.name.text();
        if (!cm.certain) name = tr("%1 (possibly)").arg(name);
        if (m.counterPhoto) name += QStringLiteral("  ") + tr("[counter photo accepted]");
        auto *item = new QTreeWidgetItem(m_tree, {name, QString::number(m.originals), QString::number(m.copies)});
        item->setData(0, Qt::UserRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, m_received.contains(m.id) ? Qt::Checked : Qt::Unchecked);
        if (!cm.certain) {
            QFont f = item->font(0);
            f.setItalic(true);
            item->setFont(0, f);
            item->setForeground(0, QColor(0x5f, 0x63, 0x68));
        }
        for (const catalog::LocalText &p : m.reviewPoints) {
            auto *child = new QTreeWidgetItem(item, {QStringLiteral("· ") + p.text()});
            child->setForeground(0, QColor(0x5f, 0x63, 0x68));
            child->setFlags(Qt::ItemIsEnabled);
            child->setToolTip(0, p.text());
        }
        if (!m.note.zh.isEmpty()) {
            auto *child = new QTreeWidgetItem(item, {QStringLiteral("※ ") + m.note.text()});
            child->setFlags(Qt::ItemIsEnabled);
        }
        item->setExpanded(true);
    }
    m_updating = false;

    QStringList fees;
    for (const catalog::ChecklistFee &f : c.fees) {
        QString line = QStringLiteral("%1 %2").arg(f.fee->name.text(), core::Money{f.chargedFen}.toString(true));
        if (f.exemption) line += QStringLiteral(" (%1)").arg(f.exemption->name.text());
        if (!f.certain) line += QStringLiteral(" ") + tr("(depends on open questions)");
        fees << line;
    }
    m_fee->setText(fees.isEmpty() ? tr("Fee: free") : tr("Fee: %1 — total %2").arg(fees.join(QStringLiteral("；")), core::Money{c.totalFen()}.toString(true)));
    if (c.workingDays == 0) m_deadline->setText(tr("Done on the spot (instant matter)."));
    else
        m_deadline->setText(tr("Promised within %n working day(s): by %1.", nullptr, c.workingDays)
                                .arg(QLocale().toString(c.deadline, QLocale::LongFormat)) +
                            (c.deadlineCertain ? QString() : QStringLiteral(" ") + tr("(depends on open questions)")));
    QStringList notes;
    for (const catalog::MatterNote *n : c.notes) notes << QStringLiteral("※ ") + n->text.text();
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
}

QJsonObject GuidePanel::state() const
{
    if (!m_matter) return {};
    QJsonObject answers;
    const catalog::GuideAnswers a = this->answers();
    for (auto it = a.begin(); it != a.end(); ++it) {
        const QVariant &v = it.value();
        if (v.typeId() == QMetaType::QStringList) answers[it.key()] = QJsonArray::fromStringList(v.toStringList());
        else if (v.typeId() == QMetaType::QDate) answers[it.key()] = v.toDate().toString(Qt::ISODate);
        else if (v.typeId() == QMetaType::Double) answers[it.key()] = v.toDouble();
        else answers[it.key()] = v.toString();
    }
    QStringList received(m_received.begin(), m_received.end());
    received.sort();
    return {{"matter", m_matter->code}, {"catalogVersion", m_catalog->version()}, {"answers", answers},
            {"received", QJsonArray::fromStringList(received)}};
}

void GuidePanel::restoreState(const QJsonObject &state)
{
    if (!m_matter) return;
    const QJsonObject answers = state.value("answers").toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const QJsonValue v = it.value();
        setAnswer(it.key(), v.isArray() ? QVariant(v.toVariant().toStringList()) : v.toVariant());
    }
    for (const QJsonValue &r : state.value("received").toArray()) m_received.insert(r.toString());
    showChecklist();
}

void GuidePanel::receiveAll()
{
    if (!m_matter) return;
    for (const catalog::ChecklistMaterial &m : m_checklist.materials) m_received.insert(m.material->id);
    showChecklist();
    emit changed();
}

void GuidePanel::focusFirstOpen()
{
    const catalog::GuideQuestion *q = m_checklist.openQuestions.value(0);
    if (!q) return;
    const QuestionRow &row = m_rows[q->id];
    m_questionScroll->ensureWidgetVisible(row.box);
    if (row.group && !row.group->buttons().isEmpty()) row.group->buttons().first()->setFocus();
    else if (!row.checks.isEmpty()) row.checks.first()->setFocus();
    else if (row.edit) row.edit->setFocus();
}

} // namespace ow::gui
