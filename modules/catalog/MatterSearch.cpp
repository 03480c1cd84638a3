#include "catalog/MatterSearch.h"

#include "core/PinyinInitials.h"

#include <QRegularExpression>

#include <algorithm>
#include <climits>

namespace ow::catalog {
namespace {

bool hasHan(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

} // namespace

MatterSearch::MatterSearch(std::shared_ptr<const Catalog> catalog) : m_catalog(std::move(catalog))
{
    for (const Matter &m : m_catalog->matters()) {
        Entry e{&m, {}, {}, m.name.en.toLower(), m.code.toLower()};
        e.words << m.name.zh << m.aliases;
        for (const QString &w : e.words) e.initials << core::pinyinInitials(w);
        m_entries.push_back(std::move(e));
    }
}

// Higher is better, 0 is no match. Whole-word and start-of-name matches beat matches inside.
int MatterSearch::score(const Entry &e, const QString &query) const
{
    if (hasHan(query)) {
        int best = 0;
        for (int i = 0; i < e.words.size(); ++i) {
            const qsizetype at = e.words[i].indexOf(query);
            if (at < 0) continue;
            best = std::max(best, (at == 0 ? 1000 : 800) - int(at) - (i > 0 ? 50 : 0));
        }
        return best;
    }
    const QString q = query.toLower();
    QString letters = q;
    letters.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    int best = 0;
    if (!letters.isEmpty()) {
        for (int i = 0; i < e.initials.size(); ++i) {
            const int at = core::matchInitials(e.initials[i], letters);
            // Initials of the name weigh more than an alias's; earlier in the name more than later.
            if (at >= 0) best = std::max(best, (at == 0 ? 900 : 700) - 5 * at - (i > 0 ? 40 : 0));
            else if (core::matchInitialsInOrder(e.initials[i], letters)) best = std::max(best, 300 - (i > 0 ? 40 : 0));
        }
    }
    if (e.code.startsWith(q)) best = std::max(best, 850);
    else if (q.size() >= 3 && e.code.contains(q)) best = std::max(best, 500);
    if (q.size() >= 3) {
        const qsizetype at = e.english.indexOf(q);
        if (at == 0 || (at > 0 && !e.english.at(at - 1).isLetter())) best = std::max(best, 400);
    }
    return best;
}

QList<const Matter *> MatterSearch::find(const QString &query, std::optional<Category> category, const Usage &usage) const
{
    const QString q = query.trimmed();
    struct Hit {
        const Matter *m;
        int score;
        int recent;
        int count;
        int order;
    };
    std::vector<Hit> hits;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        if (category && e.matter->category != *category) continue;
        const int s = q.isEmpty() ? 1 : score(e, q);
        if (s <= 0) continue;
        const qsizetype r = usage.recent.indexOf(e.matter->code);
        hits.push_back({e.matter, s, r < 0 ? INT_MAX : int(r), usage.counts.value(e.matter->code), int(i)});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.recent != b.recent) return a.recent < b.recent;
        if (a.count != b.count) return a.count > b.count;
        return a.order < b.order;
    });
    QList<const Matter *> out;
    for (const Hit &h : hits) out << h.m;
    return out;
}

} // namespace ow::catalog
