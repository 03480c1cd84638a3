#include "catalog/CatalogChecks.h"

#include "catalog/Guide.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace ow::catalog {
namespace {


struct MatterChecker {
    const Matter &m;
    QList<CatalogError> &errors;
    int before = 0;

    void fail(const QString &field, const QString &message) { errors.push_back({m.code, field, message}); }

    // Checks one condition: question ids exist, operators fit the question's type, values are options.
    void condition(const Condition &root, const QString &field)
    {
        root.visit([&](const Condition &c) {
            if (c.op() == Condition::Op::Always || c.op() == Condition::Op::All || c.op() == Condition::Op::Any ||
                c.op() == Condition::Op::Not)
                return;
            const GuideQuestion *q = m.question(c.question());
            if (!q) {
                fail(field, QCoreApplication::translate("ow::catalog", "unknown question \"%1\"").arg(c.question()));
                return;
            }
            using T = GuideQuestion::Type;
            switch (c.op()) {
            case Condition::Op::Eq:
            case Condition::Op::In:
                if (q->type == T::Multiple) {
                    fail(field, QCoreApplication::translate("ow::catalog", "\"%1\" is a multiple choice: use \"has\"").arg(q->id));
                    return;
                }
                for (const QVariant &v : c.values()) {
                    if (q->type == T::Single && !q->option(v.toString()))
                        fail(field, QCoreApplication::translate("ow::catalog", "\"%1\" has no option \"%2\"").arg(q->id, v.toString()));
                    if (q->type == T::Number && v.typeId() == QMetaType::QString)
                        fail(field, QCoreApplication::translate("ow::catalog", "\"%1\" is a number question: compare with a number").arg(q->id));
                    if (q->type == T::Date && !QDate::fromString(v.toString(), Qt::ISODate).isValid())
                        fail(field, QCoreApplication::translate("ow::catalog", "\"%1\" is a date question: compare with a date").arg(q->id));
                }
                break;
            case Condition::Op::Has:
                if (q->type != T::Multiple)
                    fail(field, QCoreApplication::translate("ow::catalog", "\"has\" needs a multiple choice, \"%1\" is not one").arg(q->id));
                else if (!q->option(c.values().value(0).toString()))
                    fail(field, QCoreApplication::translate("ow::catalog", "\"%1\" has no option \"%2\"").arg(q->id, c.values().value(0).toString()));
                break;
            case Condition::Op::Lt:
            case Condition::Op::Gt:
                if (q->type == T::Number && c.date().isValid())
                    fail(field, QCoreApplication::translate("ow::catalog", "\"%1\" is a number question: compare with a number").arg(q->id));
                else if (q->type == T::Date && !c.date().isValid())
                    fail(field, QCoreApplication::translate("ow::catalog", "\"%1\" is a date question: compare with a date").arg(q->id));
                else if (q->type != T::Number && q->type != T::Date)
                    fail(field, QCoreApplication::translate("ow::catalog", "\"lt\" and \"gt\" need a number or date question, \"%1\" is a choice").arg(q->id));
                break;
            default: break;
            }
        });
    }

    void duplicates(const QStringList &ids, const QString &what)
    {
        QSet<QString> seen;
        for (int i = 0; i < ids.size(); ++i) {
            if (ids[i].isEmpty()) continue;
            if (seen.contains(ids[i]))
                fail(QStringLiteral("%1[%2].id").arg(what).arg(i),
                     QCoreApplication::translate("ow::catalog", "\"%1\" is used twice").arg(ids[i]));
            seen.insert(ids[i]);
        }
    }

    // Question conditions: a question may depend only on questions asked before it. A loop of
    // dependencies is reported as a cycle; a single forward reference as an order error.
    void order()
    {
        QHash<QString, QStringList> deps;
        for (const GuideQuestion &q : m.questions) deps.insert(q.id, q.when.questions());
        QSet<QString> reported;
        std::function<bool(const QString &, QStringList &)> findCycle = [&](const QString &id, QStringList &path) -> bool {
            if (path.contains(id)) {
                path << id;
                return true;
            }
            path << id;
            for (const QString &d : deps.value(id))
                if (deps.contains(d) && findCycle(d, path)) return true;
            path.removeLast();
            return false;
        };
        for (size_t i = 0; i < m.questions.size(); ++i) {
            const GuideQuestion &q = m.questions[i];
            const QString field = QStringLiteral("questions[%1].when").arg(i);
            for (const QString &d : q.when.questions()) {
                const int j = m.questionIndex(d);
                if (j < 0 || j < int(i)) continue;
                QStringList path;
                if (findCycle(q.id, path)) {
                    const QString from = path.last();
                    const QStringList cycle = path.mid(path.indexOf(from));
                    QStringList key = cycle.mid(1);
                    key.sort();
                    if (!reported.contains(key.join(u','))) {
                        reported.insert(key.join(u','));
                        fail(field, QCoreApplication::translate("ow::catalog", "questions depend on each other in a cycle: %1")
                                        .arg(cycle.join(QStringLiteral(" → "))));
                    }
                } else {
                    fail(field, QCoreApplication::translate("ow::catalog", "reads \"%1\", which is asked only later (question %2): move it earlier")
                                    .arg(d).arg(j + 1));
                }
            }
        }
    }

    void run(bool deep, const QString &version)
    {
        before = int(errors.size());
        QStringList qids, mids, fids;
        for (size_t i = 0; i < m.questions.size(); ++i) {
            const GuideQuestion &q = m.questions[i];
            qids << q.id;
            condition(q.when, QStringLiteral("questions[%1].when").arg(i));
            if (q.type == GuideQuestion::Type::Multiple && q.options.size() > 10)
                fail(QStringLiteral("questions[%1].options").arg(i),
                     QCoreApplication::translate("ow::catalog", "a multiple choice may have at most 10 options"));
        }
        duplicates(qids, QStringLiteral("questions"));
        for (int i = 0; i < m.materials.size(); ++i) {
            mids << m.materials[i].id;
            condition(m.materials[i].when, QStringLiteral("materials[%1].when").arg(i));
        }
        duplicates(mids, QStringLiteral("materials"));
        for (int i = 0; i < m.fees.size(); ++i) {
            const Fee &f = m.fees[i];
            fids << f.id;
            condition(f.when, QStringLiteral("fees[%1].when").arg(i));
            QStringList eids;
            for (int j = 0; j < f.exemptions.size(); ++j) {
                eids << f.exemptions[j].id;
                condition(f.exemptions[j].when, QStringLiteral("fees[%1].exemptions[%2].when").arg(i).arg(j));
            }
            duplicates(eids, QStringLiteral("fees[%1].exemptions").arg(i));
        }
        duplicates(fids, QStringLiteral("fees"));
        for (int i = 0; i < m.notes.size(); ++i) condition(m.notes[i].when, QStringLiteral("notes[%1].when").arg(i));
        for (int i = 0; i < m.deadlineRules.size(); ++i)
            condition(m.deadlineRules[i].when, QStringLiteral("deadlineRules[%1].when").arg(i));
        order();

        // Reachability needs sound references; a matter with errors is fixed first.
        if (!deep || int(errors.size()) != before) return;
        const Enumeration e = enumerate(m, version, QDate(2026, 1, 5), kReachabilityBound);
        if (e.truncated) return;
        for (size_t i = 0; i < m.questions.size(); ++i)
            if (!e.askedQuestions.contains(m.questions[i].id))
                fail(QStringLiteral("questions[%1]").arg(i), QCoreApplication::translate("ow::catalog", "no answers lead to this question: it is never asked"));
        for (int i = 0; i < m.materials.size(); ++i)
            if (!e.neededMaterials.contains(m.materials[i].id))
                fail(QStringLiteral("materials[%1]").arg(i), QCoreApplication::translate("ow::catalog", "no situation needs this material"));
    }
};

} // namespace

void checkCatalog(const Catalog &catalog, QList<CatalogError> &errors, bool deep)
{
    if (catalog.matters().empty() && errors.isEmpty())
        errors.push_back({QString(), QString(), QCoreApplication::translate("ow::catalog", "the catalog has no matters")});
    for (const Matter &m : catalog.matters()) MatterChecker{m, errors}.run(deep, catalog.version());
}

} // namespace ow::catalog
