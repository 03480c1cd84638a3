#pragma once
// Conditions of the service catalog: data trees, never a scripting language.
//   {"all": [c, ...]}  {"any": [c, ...]}  {"not": c}
//   {"eq": ["question", value]}  {"in": ["question", [values]]}  {"has": ["question", value]}
//   {"lt": ["question", number]}  {"gt": ["question", number]}  {"answered": "question"}
// Evaluation is three-valued: a condition on a question not answered yet is Unknown, so the guide
// can show what is known so far ("possibly needed") before every question is answered. A question
// that is not asked at all (its own condition is false) reads as false, never unknown.

#include "core/Result.h"

#include <QDate>
#include <QJsonValue>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <vector>

namespace ow::catalog {

enum class Truth { False, True, Unknown };

// Answers so far: question id -> QString (single choice), QStringList (multiple choice),
// double (number) or QDate (date).
using GuideAnswers = QVariantMap;

class Condition {
public:
    enum class Op { Always, All, Any, Not, Eq, In, Has, Lt, Gt, Answered };

    // `where` names the item and field for the error ("HZ-SFZ-HL materials[2].when").
    static core::Result<Condition> parse(const QJsonValue &json, const QString &where);
    static Condition always() { return {}; }

    // `notAsked`: questions whose own condition is false; comparisons on them are false.
    [[nodiscard]] Truth evaluate(const GuideAnswers &answers, const QSet<QString> *notAsked = nullptr) const;
    // Every question id the condition reads (for the catalog checks: unknown ids, order).
    [[nodiscard]] QStringList questions() const;
    [[nodiscard]] Op op() const { return m_op; }
    [[nodiscard]] const QString &question() const { return m_question; }
    [[nodiscard]] const QVariantList &values() const { return m_values; }  // eq, in, has
    [[nodiscard]] double number() const { return m_number; }               // lt, gt on numbers
    [[nodiscard]] QDate date() const { return m_date; }                    // lt, gt on dates
    [[nodiscard]] const std::vector<Condition> &children() const { return m_children; }
    // Calls `f` on this node and every node below it.
    template <typename F>
    void visit(F &&f) const
    {
        f(*this);
        for (const Condition &c : m_children) c.visit(f);
    }

private:
    Op m_op = Op::Always;
    QString m_question;
    QVariantList m_values;
    double m_number = 0;
    QDate m_date;
    std::vector<Condition> m_children;
};

} // namespace ow::catalog
