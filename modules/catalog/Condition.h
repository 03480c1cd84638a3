#pragma once
// Conditions of the service catalog: data trees, never a scripting language.
//   {"all": [c, ...]}  {"any": [c, ...]}  {"not": c}
//   {"eq": ["question", value]}  {"in": ["question", [values]]}  {"has": ["question", value]}
//   {"lt": ["question", number]}  {"gt": ["question", number]}  {"answered": "question"}
// Evaluation is three-valued: a condition on a question not answered yet is Unknown, so the guide
// can show what is known so far ("possibly needed") before every question is answered.

#include "core/Result.h"

#include <QJsonValue>
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

    [[nodiscard]] Truth evaluate(const GuideAnswers &answers) const;
    // Every question id the condition reads (for the catalog checks: unknown ids, order).
    [[nodiscard]] QStringList questions() const;
    [[nodiscard]] Op op() const { return m_op; }

private:
    Op m_op = Op::Always;
    QString m_question;
    QVariantList m_values;
    double m_number = 0;
    std::vector<Condition> m_children;
};

} // namespace ow::catalog
