#include "catalog/Guide.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <set>

namespace ow::catalog {
namespace {

// The answer in the engine's form, or an invalid QVariant when it does not fit the question.
QVariant normalise(const GuideQuestion &q, const QVariant &a)
{
    if (!a.isValid()) return {};
    switch (q.type) {
    case GuideQuestion::Type::Single: {
        const QString v = a.toString();
        return q.option(v) ? QVariant(v) : QVariant();
    }
    case GuideQuestion::Type::Multiple: {
        // An empty list is an answer: "none of these".
        QStringList chosen;
        for (const QString &v : a.toStringList())
            if (q.option(v) && !chosen.contains(v)) chosen << v;
        return chosen;
    }
    case GuideQuestion::Type::Number: {
        bool ok = false;
        const double d = a.toDouble(&ok);
        if (!ok || (q.min && d < *q.min) || (q.max && d > *q.max)) return {};
        return d;
    }
    case GuideQuestion::Type::Date: {
        const QDate d = a.typeId() == QMetaType::QDate ? a.toDate() : QDate::fromString(a.toString(), Qt::ISODate);
        return d.isValid() ? QVariant(d) : QVariant();
    }
    }
    return {};
}

} // namespace

qint64 Checklist::totalFen() const
{
    qint64 sum = 0;
    for (const ChecklistFee &f : fees)
        if (f.certain) sum += f.chargedFen;
    return sum;
}

bool Checklist::feeCertain() const
{
    return std::all_of(fees.begin(), fees.end(), [](const ChecklistFee &f) { return f.certain; });
}

QString Checklist::fingerprint() const
{
    QString s;
    for (const ChecklistMaterial &m : materials)
        s += QStringLiteral("m:%1:%2:%3:%4;").arg(m.material->id).arg(m.material->originals).arg(m.material->copies).arg(m.certain);
    for (const ChecklistFee &f : fees)
        s += QStringLiteral("f:%1:%2:%3;").arg(f.fee->id).arg(f.chargedFen).arg(f.certain);
    for (const MatterNote *n : notes) s += QStringLiteral("n:%1;").arg(qintptr(n - matter->notes.constData()));
    s += QStringLiteral("d:%1:%2").arg(workingDays).arg(deadlineCertain);
    return s;
}

QJsonObject Checklist::toJson(const QString &language) const
{
    QJsonObject o;
    o[u"code"] = matter->code;
    o[u"name"] = matter->name.in(language);
    o[u"catalogVersion"] = catalogVersion;
    o[u"complete"] = complete();
    QJsonObject answered;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const QVariant &v = it.value();
        if (v.typeId() == QMetaType::QStringList) answered[it.key()] = QJsonArray::fromStringList(v.toStringList());
        else if (v.typeId() == QMetaType::QDate) answered[it.key()] = v.toDate().toString(Qt::ISODate);
        else if (v.typeId() == QMetaType::Double) answered[it.key()] = v.toDouble();
        else answered[it.key()] = v.toString();
    }
    o[u"answers"] = answered;
    QJsonArray open;
    for (const GuideQuestion *q : openQuestions) open.append(QJsonObject{{QStringLiteral("id"), q->id}, {QStringLiteral("text"), q->text.in(language)}});
    o[u"openQuestions"] = open;
    QJsonArray mats;
    for (const ChecklistMaterial &cm : materials) {
        const Material &m = *cm.material;
        QJsonObject j{{QStringLiteral("id"), m.id}, {QStringLiteral("name"), m.name.in(language)},
                      {QStringLiteral("originals"), m.originals}, {QStringLiteral("copies"), m.copies}};
        if (!cm.certain) j[u"possibly"] = true;
        if (m.counterPhoto) j[u"counterPhoto"] = true;
        QJsonArray points;
        for (const LocalText &p : m.reviewPoints) points.append(p.in(language));
        if (!points.isEmpty()) j[u"reviewPoints"] = points;
        if (!m.note.zh.isEmpty()) j[u"note"] = m.note.in(language);
        mats.append(j);
    }
    o[u"materials"] = mats;
    QJsonArray feeList;
    for (const ChecklistFee &f : fees) {
        QJsonObject j{{QStringLiteral("id"), f.fee->id}, {QStringLiteral("name"), f.fee->name.in(language)},
                      {QStringLiteral("amountFen"), double(f.fee->amountFen)}, {QStringLiteral("chargedFen"), double(f.chargedFen)}};
        if (f.exemption) j[u"exemption"] = f.exemption->name.in(language);
        if (!f.certain) j[u"possibly"] = true;
        feeList.append(j);
    }
    o[u"fees"] = feeList;
    o[u"totalFen"] = double(totalFen());
    o[u"instant"] = workingDays == 0;
    o[u"workingDays"] = workingDays;
    if (deadline.isValid()) o[u"deadline"] = deadline.toString(Qt::ISODate);
    QJsonArray noteList;
    for (const MatterNote *n : notes) noteList.append(n->text.in(language));
    o[u"notes"] = noteList;
    return o;
}

Checklist Guide::evaluate(const Matter &matter, const GuideAnswers &answers, const QString &catalogVersion, QDate acceptedOn,
                          const core::WorkingCalendar &calendar)
{
    Checklist out;
    out.matter = &matter;
    out.catalogVersion = catalogVersion;
    out.acceptedOn = acceptedOn;
    QSet<QString> notAsked;
    // Questions in order: each one's condition reads only earlier ones, so one pass settles it.
    for (const GuideQuestion &q : matter.questions) {
        const Truth shown = q.when.evaluate(out.answers, &notAsked);
        if (shown == Truth::False) {
            notAsked.insert(q.id);
            continue;
        }
        if (shown == Truth::Unknown) continue;  // waits for an earlier answer
        out.askedQuestions << &q;
        const QVariant a = normalise(q, answers.value(q.id));
        if (a.isValid()) out.answers.insert(q.id, a);
        else out.openQuestions << &q;
    }
    const GuideAnswers &ans = out.answers;
    for (const Material &m : matter.materials) {
        const Truth t = m.when.evaluate(ans, &notAsked);
        if (t != Truth::False) out.materials << ChecklistMaterial{&m, t == Truth::True};
    }
    for (const Fee &f : matter.fees) {
        const Truth t = f.when.evaluate(ans, &notAsked);
        if (t == Truth::False) continue;
        ChecklistFee line{&f, f.amountFen, nullptr, t == Truth::True};
        for (const FeeExemption &e : f.exemptions) {
            if ((e.from.isValid() && acceptedOn < e.from) || (e.to.isValid() && acceptedOn > e.to)) continue;
            const Truth et = e.when.evaluate(ans, &notAsked);
            if (et == Truth::Unknown) line.certain = false;  // might be exempt: say so
            if (et == Truth::True && e.amountFen < line.chargedFen) {
                line.chargedFen = e.amountFen;
                line.exemption = &e;
            }
        }
        out.fees << line;
    }
    for (const MatterNote &n : matter.notes)
        if (n.when.evaluate(ans, &notAsked) == Truth::True) out.notes << &n;
    out.workingDays = matter.instant ? 0 : matter.deadlineWorkingDays;
    for (const DeadlineRule &r : matter.deadlineRules) {
        const Truth t = r.when.evaluate(ans, &notAsked);
        if (t == Truth::Unknown) {
            out.deadlineCertain = false;
            break;
        }
        if (t == Truth::True) {
            out.workingDays = r.workingDays;
            break;
        }
    }
    if (acceptedOn.isValid()) out.deadline = calendar.addWorkingDays(acceptedOn, out.workingDays);
    return out;
}

QVariant Guide::parseAnswer(const GuideQuestion &q, const QString &text)
{
    switch (q.type) {
    case GuideQuestion::Type::Multiple: {
        const QStringList parts = text.split(u'|', Qt::SkipEmptyParts);
        for (const QString &p : parts)
            if (!q.option(p)) return {};
        return parts;
    }
    case GuideQuestion::Type::Number: {
        bool ok = false;
        const double d = text.toDouble(&ok);
        return ok ? normalise(q, d) : QVariant();
    }
    default: return normalise(q, text);
    }
}

QString Guide::answerText(const GuideQuestion &q, const QVariant &answer)
{
    switch (q.type) {
    case GuideQuestion::Type::Single: {
        const QuestionOption *o = q.option(answer.toString());
        return o ? o->label.text() : QString();
    }
    case GuideQuestion::Type::Multiple: {
        QStringList labels;
        for (const QString &v : answer.toStringList())
            if (const QuestionOption *o = q.option(v)) labels << o->label.text();
        return labels.isEmpty() ? QCoreApplication::translate("ow::catalog", "none of these") : labels.join(QStringLiteral("、"));
    }
    case GuideQuestion::Type::Number: {
        const QString n = QString::number(answer.toDouble());
        return q.unit.zh.isEmpty() ? n : n + q.unit.text();
    }
    case GuideQuestion::Type::Date: return answer.toDate().toString(Qt::ISODate);
    }
    return {};
}

QVariantList representativeAnswers(const Matter &matter, const GuideQuestion &q)
{
    QVariantList out;
    if (q.type == GuideQuestion::Type::Single) {
        for (const QuestionOption &o : q.options) out << o.value;
        return out;
    }
    if (q.type == GuideQuestion::Type::Multiple) {
        const int n = int(q.options.size());
        if (n > 16) return out;  // refused by the checks
        for (quint32 mask = 0; mask < (1u << n); ++mask) {
            QStringList chosen;
            for (int i = 0; i < n; ++i)
                if (mask & (1u << i)) chosen << q.options[i].value;
            out << chosen;
        }
        return out;
    }
    // Numbers and dates: one value per interval the conditions cut the line into, and the cut
    // points themselves (eq, and the edge of lt/gt).
    const bool isDate = q.type == GuideQuestion::Type::Date;
    std::set<double> cuts;
    auto collect = [&](const Condition &root) {
        root.visit([&](const Condition &c) {
            if (c.question() != q.id) return;
            if (c.op() == Condition::Op::Lt || c.op() == Condition::Op::Gt)
                cuts.insert(isDate ? double(c.date().toJulianDay()) : c.number());
            for (const QVariant &v : c.values()) {
                bool ok = false;
                const QDate day = QDate::fromString(v.toString(), Qt::ISODate);
                const double d = isDate ? double(day.toJulianDay()) : v.toDouble(&ok);
                if (isDate ? day.isValid() : ok) cuts.insert(d);
            }
        });
    };
    for (const GuideQuestion &other : matter.questions) collect(other.when);
    for (const Material &m : matter.materials) collect(m.when);
    for (const Fee &f : matter.fees) {
        collect(f.when);
        for (const FeeExemption &e : f.exemptions) collect(e.when);
    }
    for (const MatterNote &n : matter.notes) collect(n.when);
    for (const DeadlineRule &r : matter.deadlineRules) collect(r.when);
    std::vector<double> points;
    if (cuts.empty()) {
        points.push_back(q.min.value_or(isDate ? double(QDate(2000, 1, 1).toJulianDay()) : 0));
    } else {
        const std::vector<double> c(cuts.begin(), cuts.end());
        points.push_back(c.front() - 1);
        for (size_t i = 0; i < c.size(); ++i) {
            points.push_back(c[i]);
            points.push_back(i + 1 < c.size() ? (isDate ? std::floor((c[i] + c[i + 1]) / 2) : (c[i] + c[i + 1]) / 2) : c[i] + 1);
        }
    }
    std::set<double> seen;
    for (double p : points) {
        if (q.min && p < *q.min) p = *q.min;
        if (q.max && p > *q.max) p = *q.max;
        if (!seen.insert(p).second) continue;
        if (isDate) out << QDate::fromJulianDay(qint64(p));
        else out << p;
    }
    return out;
}

namespace {

struct Walker {
    const Matter &matter;
    QString version;
    QDate acceptedOn;
    qint64 maxPaths;
    Enumeration out;
    QHash<QString, int> byFingerprint;
    QHash<QString, QVariantList> representatives;

    void walk(GuideAnswers &answers)
    {
        if (out.truncated) return;
        Checklist c = Guide::evaluate(matter, answers, version, acceptedOn);
        if (c.complete()) {
            ++out.paths;
            for (const GuideQuestion *q : c.askedQuestions) out.askedQuestions.insert(q->id);
            for (const ChecklistMaterial &m : c.materials) out.neededMaterials.insert(m.material->id);
            const QString fp = c.fingerprint();
            const auto it = byFingerprint.find(fp);
            if (it == byFingerprint.end()) {
                byFingerprint.insert(fp, int(out.situations.size()));
                out.situations.push_back(Situation{std::move(c), 1});
            } else {
                ++out.situations[*it].paths;
            }
            if (out.paths >= maxPaths) out.truncated = true;
            return;
        }
        const GuideQuestion *q = c.openQuestions.front();
        auto rep = representatives.find(q->id);
        if (rep == representatives.end()) rep = representatives.insert(q->id, representativeAnswers(matter, *q));
        for (const QVariant &v : *rep) {
            // An answer the engine would refuse leaves the question open: walking it would never end.
            if (!normalise(*q, v).isValid()) continue;
            answers.insert(q->id, v);
            walk(answers);
            if (out.truncated) break;
        }
        answers.remove(q->id);
    }
};

} // namespace

Enumeration enumerate(const Matter &matter, const QString &catalogVersion, QDate acceptedOn, qint64 maxPaths)
{
    Walker w{matter, catalogVersion, acceptedOn, maxPaths, {}, {}, {}};
    GuideAnswers answers;
    w.walk(answers);
    return std::move(w.out);
}

GuideAnswers Guide::defaultAnswers(const Matter &matter)
{
    GuideAnswers out;
    for (const GuideQuestion &q : matter.questions)
        if (!q.defaultAnswer.isEmpty()) out.insert(q.id, q.defaultAnswer);
    return out;
}

GuideAnswers Guide::cardAnswers(const Matter &matter, QDate birthDate, QDate validTo, bool longTerm, QDate today)
{
    GuideAnswers out;
    for (const GuideQuestion &q : matter.questions) {
        if (q.fromCard == u"age" && birthDate.isValid() && birthDate <= today) {
            int years = today.year() - birthDate.year();
            if (today < birthDate.addYears(years)) --years;
            out.insert(q.id, double(years));
        } else if (q.fromCard == u"validity" && (longTerm || validTo.isValid())) {
            const QString v = longTerm                        ? QStringLiteral("early")
                              : validTo < today               ? QStringLiteral("expired")
                              : today.daysTo(validTo) <= 90   ? QStringLiteral("soon")
                                                              : QStringLiteral("early");
            out.insert(q.id, v);
        }
    }
    return out;
}

} // namespace ow::catalog
