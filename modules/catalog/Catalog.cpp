#include "catalog/Catalog.h"

#include "catalog/CatalogChecks.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace ow::catalog {

QString LocalText::text() const
{
    const bool english = QLocale().language() == QLocale::English;
    if (english) return en.isEmpty() ? zh : en;
    return zh.isEmpty() ? en : zh;
}

QString categoryKey(Category c)
{
    switch (c) {
    case Category::Household: return QStringLiteral("household");
    case Category::Traffic: return QStringLiteral("traffic");
    case Category::ExitEntry: return QStringLiteral("exitentry");
    case Category::PublicOrder: return QStringLiteral("publicorder");
    case Category::Other: return QStringLiteral("other");
    }
    return {};
}

QString categoryName(Category c)
{
    switch (c) {
    case Category::Household: return QCoreApplication::translate("ow::catalog", "Household");
    case Category::Traffic: return QCoreApplication::translate("ow::catalog", "Traffic");
    case Category::ExitEntry: return QCoreApplication::translate("ow::catalog", "Exit-entry");
    case Category::PublicOrder: return QCoreApplication::translate("ow::catalog", "Public order");
    case Category::Other: return QCoreApplication::translate("ow::catalog", "Other");
    }
    return {};
}

std::optional<Category> categoryFromKey(const QString &key)
{
    for (Category c : kCategories)
        if (categoryKey(c) == key) return c;
    return std::nullopt;
}

const QuestionOption *GuideQuestion::option(const QString &value) const
{
    for (const QuestionOption &o : options)
        if (o.value == value) return &o;
    return nullptr;
}

const GuideQuestion *Matter::question(const QString &id) const
{
    const int i = questionIndex(id);
    return i < 0 ? nullptr : &questions[size_t(i)];
}

int Matter::questionIndex(const QString &id) const
{
    for (size_t i = 0; i < questions.size(); ++i)
        if (questions[i].id == id) return int(i);
    return -1;
}

QString CatalogError::toString() const
{
    if (matter.isEmpty() && field.isEmpty()) return message;
    const QString where = matter.isEmpty() ? field : field.isEmpty() ? matter : matter + u' ' + field;
    return QStringLiteral("%1: %2").arg(where, message);
}

QString CatalogLoad::summary(int max) const
{
    QStringList lines;
    for (int i = 0; i < errors.size() && i < max; ++i) lines << errors[i].toString();
    if (errors.size() > max)
        lines << QCoreApplication::translate("ow::catalog", "… and %n more error(s)", nullptr, int(errors.size() - max));
    return lines.join(u'\n');
}

const Matter *Catalog::find(const QString &code) const
{
    const auto it = m_index.find(code);
    return it == m_index.end() ? nullptr : &m_matters[size_t(*it)];
}

int Catalog::compareVersions(const QString &a, const QString &b)
{
    const QStringList x = a.split(u'.'), y = b.split(u'.');
    for (qsizetype i = 0; i < qMax(x.size(), y.size()); ++i) {
        const qlonglong p = i < x.size() ? x[i].toLongLong() : 0;
        const qlonglong q = i < y.size() ? y[i].toLongLong() : 0;
        if (p != q) return p < q ? -1 : 1;
    }
    return 0;
}

// Reads one document and its parts, collecting every fault with where it is.
class CatalogParser {
public:
    QList<CatalogError> errors;
    std::shared_ptr<Catalog> catalog = std::make_shared<Catalog>();
    QCryptographicHash digest{QCryptographicHash::Sha256};

    void readFile(const QString &path, bool top)
    {
        QFile f(path);
        const QString name = QFileInfo(path).fileName();
        if (!f.open(QIODevice::ReadOnly)) {
            fail({}, name, QCoreApplication::translate("ow::catalog", "cannot read the file (%1)").arg(f.errorString()));
            return;
        }
        const QByteArray bytes = f.readAll();
        digest.addData(bytes);
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            const int line = int(bytes.left(pe.offset).count('\n')) + 1;
            fail({}, name, QCoreApplication::translate("ow::catalog", "not valid JSON at line %1: %2").arg(line).arg(pe.errorString()));
            return;
        }
        const QJsonObject o = doc.object();
        if (o.value(u"format").toString() != QLatin1String(Catalog::kFormat))
            fail({}, name + QStringLiteral(".format"), QCoreApplication::translate("ow::catalog", "must be \"%1\"").arg(QLatin1String(Catalog::kFormat)));
        // A part checked on its own (catalog check household.json) has no version of its own.
        if (top && !o.contains(u"version") && !o.contains(u"published") && !o.contains(u"parts")) {
            catalog->m_part = true;
            catalog->m_version = QStringLiteral("0");
        } else if (top) {
            catalog->m_version = o.value(u"version").toString();
            static const QRegularExpression versionRe(QStringLiteral("^\\d+(\\.\\d+)*$"));
            if (!versionRe.match(catalog->m_version).hasMatch())
                fail({}, name + QStringLiteral(".version"), QCoreApplication::translate("ow::catalog", "must be dot-separated numbers, like 2026.11.1"));
            catalog->m_published = QDate::fromString(o.value(u"published").toString(), Qt::ISODate);
            if (!catalog->m_published.isValid())
                fail({}, name + QStringLiteral(".published"), QCoreApplication::translate("ow::catalog", "must be a date (YYYY-MM-DD)"));
        }
        const QJsonArray matters = o.value(u"matters").toArray();
        for (qsizetype i = 0; i < matters.size(); ++i) readMatter(matters[i], QStringLiteral("%1 matters[%2]").arg(name).arg(i));
        if (top) {
            const QDir dir = QFileInfo(path).dir();
            for (const QJsonValue &part : o.value(u"parts").toArray()) readFile(dir.filePath(part.toString()), false);
        } else if (o.contains(u"parts")) {
            fail({}, name + QStringLiteral(".parts"), QCoreApplication::translate("ow::catalog", "only the top document may list parts"));
        }
    }

private:
    QString m_matter;

    void fail(const QString &matter, const QString &field, const QString &message)
    {
        errors.push_back({matter, field, message});
    }
    void fail(const QString &field, const QString &message) { fail(m_matter, field, message); }

    LocalText text(const QJsonObject &o, const QString &key, const QString &field, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required) fail(field, QCoreApplication::translate("ow::catalog", "is missing"));
            return {};
        }
        const QJsonObject t = v.toObject();
        LocalText out{t.value(u"zh").toString().trimmed(), t.value(u"en").toString().trimmed()};
        if (!v.isObject()) {
            fail(field, QCoreApplication::translate("ow::catalog", "must be {\"zh\": …, \"en\": …}"));
        } else {
            if (out.zh.isEmpty()) fail(field + QStringLiteral(".zh"), QCoreApplication::translate("ow::catalog", "the Chinese text is missing"));
            if (out.en.isEmpty()) fail(field + QStringLiteral(".en"), QCoreApplication::translate("ow::catalog", "the English text is missing"));
        }
        return out;
    }

    QList<LocalText> texts(const QJsonObject &o, const QString &key, const QString &field)
    {
        QList<LocalText> out;
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) return out;
        if (!v.isArray()) {
            fail(field, QCoreApplication::translate("ow::catalog", "must be a list"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QJsonObject wrap{{QStringLiteral("t"), a[i]}};
            out << text(wrap, QStringLiteral("t"), QStringLiteral("%1[%2]").arg(field).arg(i), true);
        }
        return out;
    }

    QString identifier(const QJsonObject &o, const QString &field)
    {
        static const QRegularExpression idRe(QStringLiteral("^[a-z][a-z0-9_]*$"));
        const QString id = o.value(u"id").toString();
        if (id.isEmpty()) fail(field + QStringLiteral(".id"), QCoreApplication::translate("ow::catalog", "is missing"));
        else if (!idRe.match(id).hasMatch())
            fail(field + QStringLiteral(".id"), QCoreApplication::translate("ow::catalog", "\"%1\" must be lower-case letters, digits and _").arg(id));
        return id;
    }

    qint64 count(const QJsonObject &o, const QString &key, const QString &owner, bool required, qint64 min = 0)
    {
        const QString field = owner.isEmpty() ? key : owner + u'.' + key;
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required) fail(field, QCoreApplication::translate("ow::catalog", "is missing"));
            return 0;
        }
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < double(min)) {
            fail(field, QCoreApplication::translate("ow::catalog", "must be a whole number of at least %1").arg(min));
            return 0;
        }
        return qint64(d);
    }

    Condition condition(const QJsonObject &o, const QString &field)
    {
        auto c = Condition::parse(o.value(u"when"), m_matter + u' ' + field + QStringLiteral(".when"));
        if (!c) {
            errors.push_back({m_matter, field + QStringLiteral(".when"), c.error().message});
            return {};
        }
        return std::move(c).value();
    }

    QDate date(const QJsonObject &o, const QString &key, const QString &field)
    {
        if (!o.contains(key)) return {};
        const QDate d = QDate::fromString(o.value(key).toString(), Qt::ISODate);
        if (!d.isValid()) fail(field + u'.' + key, QCoreApplication::translate("ow::catalog", "must be a date (YYYY-MM-DD)"));
        return d;
    }

    void readMatter(const QJsonValue &value, const QString &where)
    {
        m_matter.clear();
        if (!value.isObject()) {
            fail({}, where, QCoreApplication::translate("ow::catalog", "a matter must be an object"));
            return;
        }
        const QJsonObject o = value.toObject();
        Matter m;
        m.code = o.value(u"code").toString();
        static const QRegularExpression codeRe(QStringLiteral("^[A-Z]+(-[A-Z0-9]+)+$"));
        if (!codeRe.match(m.code).hasMatch()) {
            fail({}, where + QStringLiteral(".code"), QCoreApplication::translate("ow::catalog", "\"%1\" is not a matter code (like HZ-SFZ-HL)").arg(m.code));
            if (m.code.isEmpty()) m.code = where;
        }
        m_matter = m.code;
        m.name = text(o, QStringLiteral("name"), QStringLiteral("name"), true);
        const auto category = categoryFromKey(o.value(u"category").toString());
        if (!category)
            fail(QStringLiteral("category"), QCoreApplication::translate("ow::catalog", "\"%1\" is not one of household, traffic, exitentry, publicorder, other")
                                                 .arg(o.value(u"category").toString()));
        else m.category = *category;
        for (const QJsonValue &a : o.value(u"aliases").toArray()) m.aliases << a.toString();
        m.legalBasis = texts(o, QStringLiteral("legalBasis"), QStringLiteral("legalBasis"));
        if (m.legalBasis.isEmpty()) fail(QStringLiteral("legalBasis"), QCoreApplication::translate("ow::catalog", "name at least one law or regulation"));
        if (!o.value(u"instant").isBool()) fail(QStringLiteral("instant"), QCoreApplication::translate("ow::catalog", "must be true or false"));
        m.instant = o.value(u"instant").toBool();
        if (m.instant) {
            if (o.contains(u"deadlineWorkingDays") && o.value(u"deadlineWorkingDays").toInt() != 0)
                fail(QStringLiteral("deadlineWorkingDays"), QCoreApplication::translate("ow::catalog", "an instant matter has no deadline"));
        } else {
            m.deadlineWorkingDays = int(count(o, QStringLiteral("deadlineWorkingDays"), QString(), true, 1));
        }
        const QJsonArray rules = o.value(u"deadlineRules").toArray();
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const QString f = QStringLiteral("deadlineRules[%1]").arg(i);
            const QJsonObject r = rules[i].toObject();
            m.deadlineRules << DeadlineRule{condition(r, f), int(count(r, QStringLiteral("workingDays"), f, true, 0))};
        }

        const QJsonArray questions = o.value(u"questions").toArray();
        for (qsizetype i = 0; i < questions.size(); ++i) m.questions.push_back(readQuestion(questions[i].toObject(), QStringLiteral("questions[%1]").arg(i)));

        const QJsonArray materials = o.value(u"materials").toArray();
        if (materials.isEmpty()) fail(QStringLiteral("materials"), QCoreApplication::translate("ow::catalog", "a matter needs at least one material"));
        for (qsizetype i = 0; i < materials.size(); ++i) {
            const QString f = QStringLiteral("materials[%1]").arg(i);
            const QJsonObject mo = materials[i].toObject();
            Material mat;
            mat.id = identifier(mo, f);
            mat.name = text(mo, QStringLiteral("name"), f + QStringLiteral(".name"), true);
            mat.originals = int(count(mo, QStringLiteral("originals"), f, true));
            mat.copies = int(count(mo, QStringLiteral("copies"), f, true));
            if (mat.originals == 0 && mat.copies == 0 && mo.contains(u"originals") && mo.contains(u"copies"))
                fail(f, QCoreApplication::translate("ow::catalog", "needs at least one original or copy"));
            mat.reviewPoints = texts(mo, QStringLiteral("reviewPoints"), f + QStringLiteral(".reviewPoints"));
            mat.counterPhoto = mo.value(u"counterPhoto").toBool();
            mat.note = text(mo, QStringLiteral("note"), f + QStringLiteral(".note"), false);
            mat.when = condition(mo, f);
            m.materials << mat;
        }

        const QJsonArray fees = o.value(u"fees").toArray();
        for (qsizetype i = 0; i < fees.size(); ++i) {
            const QString f = QStringLiteral("fees[%1]").arg(i);
            const QJsonObject fo = fees[i].toObject();
            Fee fee;
            fee.id = identifier(fo, f);
            fee.name = text(fo, QStringLiteral("name"), f + QStringLiteral(".name"), true);
            fee.amountFen = count(fo, QStringLiteral("amountFen"), f, true);
            fee.when = condition(fo, f);
            const QJsonArray ex = fo.value(u"exemptions").toArray();
            for (qsizetype j = 0; j < ex.size(); ++j) {
                const QString g = f + QStringLiteral(".exemptions[%1]").arg(j);
                const QJsonObject eo = ex[j].toObject();
                FeeExemption e;
                e.id = identifier(eo, g);
                e.name = text(eo, QStringLiteral("name"), g + QStringLiteral(".name"), true);
                e.amountFen = count(eo, QStringLiteral("amountFen"), g, true);
                if (e.amountFen > fee.amountFen)
                    fail(g + QStringLiteral(".amountFen"), QCoreApplication::translate("ow::catalog", "an exemption cannot raise the fee"));
                e.from = date(eo, QStringLiteral("from"), g);
                e.to = date(eo, QStringLiteral("to"), g);
                if (e.from.isValid() && e.to.isValid() && e.to < e.from)
                    fail(g + QStringLiteral(".to"), QCoreApplication::translate("ow::catalog", "ends before it starts"));
                e.when = condition(eo, g);
                fee.exemptions << e;
            }
            m.fees << fee;
        }

        const QJsonArray notes = o.value(u"notes").toArray();
        for (qsizetype i = 0; i < notes.size(); ++i) {
            const QString f = QStringLiteral("notes[%1]").arg(i);
            const QJsonObject no = notes[i].toObject();
            m.notes << MatterNote{text(no, QStringLiteral("text"), f + QStringLiteral(".text"), true), condition(no, f)};
        }

        if (catalog->m_index.contains(m.code))
            fail(QStringLiteral("code"), QCoreApplication::translate("ow::catalog", "the code is used by another matter"));
        else catalog->m_index.insert(m.code, int(catalog->m_matters.size()));
        catalog->m_matters.push_back(std::move(m));
    }

    GuideQuestion readQuestion(const QJsonObject &o, const QString &f)
    {
        GuideQuestion q;
        q.id = identifier(o, f);
        q.text = text(o, QStringLiteral("text"), f + QStringLiteral(".text"), true);
        q.help = text(o, QStringLiteral("help"), f + QStringLiteral(".help"), false);
        q.unit = text(o, QStringLiteral("unit"), f + QStringLiteral(".unit"), false);
        const QString type = o.value(u"type").toString();
        if (type == u"single") q.type = GuideQuestion::Type::Single;
        else if (type == u"multiple") q.type = GuideQuestion::Type::Multiple;
        else if (type == u"number") q.type = GuideQuestion::Type::Number;
        else if (type == u"date") q.type = GuideQuestion::Type::Date;
        else fail(f + QStringLiteral(".type"), QCoreApplication::translate("ow::catalog", "\"%1\" is not one of single, multiple, number, date").arg(type));
        const bool choice = q.type == GuideQuestion::Type::Single || q.type == GuideQuestion::Type::Multiple;
        const QJsonArray options = o.value(u"options").toArray();
        if (choice && options.size() < 2)
            fail(f + QStringLiteral(".options"), QCoreApplication::translate("ow::catalog", "a choice needs at least two options"));
        if (!choice && !options.isEmpty())
            fail(f + QStringLiteral(".options"), QCoreApplication::translate("ow::catalog", "only choice questions have options"));
        for (qsizetype i = 0; i < options.size(); ++i) {
            const QString g = f + QStringLiteral(".options[%1]").arg(i);
            const QJsonObject oo = options[i].toObject();
            QuestionOption opt{oo.value(u"value").toString(), text(oo, QStringLiteral("label"), g + QStringLiteral(".label"), true)};
            if (opt.value.isEmpty()) fail(g + QStringLiteral(".value"), QCoreApplication::translate("ow::catalog", "is missing"));
            else if (q.option(opt.value))
                fail(g + QStringLiteral(".value"), QCoreApplication::translate("ow::catalog", "\"%1\" is used by another option").arg(opt.value));
            q.options << opt;
        }
        if (o.contains(u"min")) q.min = o.value(u"min").toDouble();
        if (o.contains(u"max")) q.max = o.value(u"max").toDouble();
        if (q.min && q.max && *q.max < *q.min) fail(f + QStringLiteral(".max"), QCoreApplication::translate("ow::catalog", "is below min"));
        if ((q.min || q.max) && q.type != GuideQuestion::Type::Number)
            fail(f + QStringLiteral(".min"), QCoreApplication::translate("ow::catalog", "only number questions have bounds"));
        q.defaultAnswer = o.value(u"default").toString();
        if (!q.defaultAnswer.isEmpty() && (q.type != GuideQuestion::Type::Single || !q.option(q.defaultAnswer)))
            fail(f + QStringLiteral(".default"),
                 QCoreApplication::translate("ow::catalog", "\"%1\" is not an option of this single choice").arg(q.defaultAnswer));
        q.fromCard = o.value(u"fromCard").toString();
        if (q.fromCard == u"age") {
            if (q.type != GuideQuestion::Type::Number)
                fail(f + QStringLiteral(".fromCard"), QCoreApplication::translate("ow::catalog", "\"age\" needs a number question"));
        } else if (q.fromCard == u"validity") {
            if (q.type != GuideQuestion::Type::Single || !q.option(QStringLiteral("expired")) ||
                !q.option(QStringLiteral("soon")) || !q.option(QStringLiteral("early")))
                fail(f + QStringLiteral(".fromCard"),
                     QCoreApplication::translate("ow::catalog", "\"validity\" needs a single choice with the options expired, soon and early"));
        } else if (!q.fromCard.isEmpty()) {
            fail(f + QStringLiteral(".fromCard"), QCoreApplication::translate("ow::catalog", "\"%1\" is not one of age, validity").arg(q.fromCard));
        }
        q.when = condition(o, f);
        return q;
    }
};

CatalogLoad Catalog::load(const QString &path, bool deep)
{
    CatalogParser p;
    p.readFile(path, true);
    p.catalog->m_digest = p.digest.result();
    CatalogLoad out;
    out.errors = p.errors;
    checkCatalog(*p.catalog, out.errors, deep);
    out.catalog = p.catalog;
    return out;
}

CatalogLoad Catalog::loadBundled(bool deep)
{
    return load(QString::fromLatin1(kBundledPath), deep);
}

} // namespace ow::catalog
