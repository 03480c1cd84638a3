#include "catalog/Condition.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace ow::catalog {
namespace {

core::Error conditionError(const QString &where, const QString &why)
{
    return core::makeError(QStringLiteral("catalog.condition"),
                           QCoreApplication::translate("ow::catalog", "Catalog error in %1: %2").arg(where, why));
}

// Answers compare as text, numbers as numbers: a number question answered 16 equals 16 and "16".
bool sameValue(const QVariant &answer, const QVariant &expected)
{
    bool a = false, b = false;
    const double x = answer.toDouble(&a), y = expected.toDouble(&b);
    if (a && b && answer.typeId() != QMetaType::QString) return x == y;
    return answer.toString() == expected.toString();
}

bool isAnswered(const GuideAnswers &answers, const QString &q)
{
    const auto it = answers.find(q);
    if (it == answers.end() || !it->isValid()) return false;
    if (it->typeId() == QMetaType::QString) return !it->toString().isEmpty();
    return true;
}

Truth fromBool(bool b) { return b ? Truth::True : Truth::False; }

} // namespace

core::Result<Condition> Condition::parse(const QJsonValue &json, const QString &where)
{
    Condition c;
    if (json.isUndefined() || json.isNull()) return c;  // no condition: always
    if (!json.isObject() || json.toObject().size() != 1)
        return conditionError(where, QCoreApplication::translate("ow::catalog", "a condition is an object with exactly one operator"));
    const QJsonObject o = json.toObject();
    const QString key = o.begin().key();
    const QJsonValue v = o.begin().value();
    auto children = [&](Op op) -> core::Result<Condition> {
        if (!v.isArray() || v.toArray().isEmpty())
            return conditionError(where, QCoreApplication::translate("ow::catalog", "\"%1\" needs a non-empty list of conditions").arg(key));
        c.m_op = op;
        int i = 0;
        for (const QJsonValue &child : v.toArray()) {
            auto parsed = parse(child, QStringLiteral("%1.%2[%3]").arg(where, key).arg(i++));
            if (!parsed) return parsed.error();
            c.m_children.push_back(std::move(parsed).value());
        }
        return c;
    };
    if (key == u"all") return children(Op::All);
    if (key == u"any") return children(Op::Any);
    if (key == u"not") {
        auto parsed = parse(v, where + QStringLiteral(".not"));
        if (!parsed) return parsed.error();
        c.m_op = Op::Not;
        c.m_children.push_back(std::move(parsed).value());
        return c;
    }
    if (key == u"answered") {
        if (!v.isString() || v.toString().isEmpty())
            return conditionError(where, QCoreApplication::translate("ow::catalog", "\"answered\" names a question"));
        c.m_op = Op::Answered;
        c.m_question = v.toString();
        return c;
    }
    // Comparisons: [question, operand].
    if (!v.isArray() || v.toArray().size() != 2 || !v.toArray().at(0).isString())
        return conditionError(where, QCoreApplication::translate("ow::catalog", "\"%1\" takes [question, value]").arg(key));
    c.m_question = v.toArray().at(0).toString();
    const QJsonValue operand = v.toArray().at(1);
    if (key == u"eq" || key == u"has") {
        if (operand.isArray() || operand.isObject())
            return conditionError(where, QCoreApplication::translate("ow::catalog", "\"%1\" compares with one value").arg(key));
        c.m_op = key == u"eq" ? Op::Eq : Op::Has;
        c.m_values = {operand.toVariant()};
        return c;
    }
    if (key == u"in") {
        if (!operand.isArray() || operand.toArray().isEmpty())
            return conditionError(where, QCoreApplication::translate("ow::catalog", "\"in\" takes a non-empty list of values"));
        c.m_op = Op::In;
        c.m_values = operand.toArray().toVariantList();
        return c;
    }
    if (key == u"lt" || key == u"gt") {
        c.m_op = key == u"lt" ? Op::Lt : Op::Gt;
        if (operand.isDouble()) {
            c.m_number = operand.toDouble();
            return c;
        }
        c.m_date = QDate::fromString(operand.toString(), Qt::ISODate);
        if (!c.m_date.isValid())
            return conditionError(where, QCoreApplication::translate("ow::catalog", "\"%1\" compares with a number or a date (YYYY-MM-DD)").arg(key));
        return c;
    }
    return conditionError(where, QCoreApplication::translate("ow::catalog", "unknown operator \"%1\"").arg(key));
}

Truth Condition::evaluate(const GuideAnswers &answers, const QSet<QString> *notAsked) const
{
    switch (m_op) {
    case Op::Always: return Truth::True;
    case Op::All: {
        Truth t = Truth::True;
        for (const Condition &c : m_children) {
            const Truth x = c.evaluate(answers, notAsked);
            if (x == Truth::False) return Truth::False;  // one false decides, whatever is unknown
            if (x == Truth::Unknown) t = Truth::Unknown;
        }
        return t;
    }
    case Op::Any: {
        Truth t = Truth::False;
        for (const Condition &c : m_children) {
            const Truth x = c.evaluate(answers, notAsked);
            if (x == Truth::True) return Truth::True;
            if (x == Truth::Unknown) t = Truth::Unknown;
        }
        return t;
    }
    case Op::Not: {
        const Truth x = m_children.front().evaluate(answers, notAsked);
        return x == Truth::Unknown ? x : fromBool(x == Truth::False);
    }
    default: break;
    }
    if (notAsked && notAsked->contains(m_question)) return Truth::False;
    // Every question asked must be answered, so "answered" is only unknown while it is still open.
    if (m_op == Op::Answered) return isAnswered(answers, m_question) ? Truth::True : notAsked ? Truth::Unknown : Truth::False;
    if (!isAnswered(answers, m_question)) return Truth::Unknown;
    const QVariant a = answers.value(m_question);
    switch (m_op) {
    case Op::Eq: return fromBool(sameValue(a, m_values.front()));
    case Op::In:
        for (const QVariant &v : m_values)
            if (sameValue(a, v)) return Truth::True;
        return Truth::False;
    case Op::Has: {
        const QStringList chosen = a.toStringList();
        return fromBool(chosen.contains(m_values.front().toString()));
    }
    case Op::Lt:
    case Op::Gt: {
        if (m_date.isValid()) {
            const QDate d = a.typeId() == QMetaType::QDate ? a.toDate() : QDate::fromString(a.toString(), Qt::ISODate);
            if (!d.isValid()) return Truth::Unknown;
            return fromBool(m_op == Op::Lt ? d < m_date : d > m_date);
        }
        bool ok = false;
        const double x = a.toDouble(&ok);
        if (!ok) return Truth::Unknown;
        return fromBool(m_op == Op::Lt ? x < m_number : x > m_number);
    }
    default: break;
    }
    return Truth::Unknown;
}

QStringList Condition::questions() const
{
    QStringList out;
    if (!m_question.isEmpty()) out << m_question;
    for (const Condition &c : m_children)
        for (const QString &q : c.questions())
            if (!out.contains(q)) out << q;
    return out;
}

} // namespace ow::catalog
