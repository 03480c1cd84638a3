#pragma once
// Finding a matter while the citizen waits: by Chinese words (驾驶证), by pinyin initials of the
// name or an alias (jsz, tkpo), by code (HZ-SFZ) or English words. What the officer used
// recently and often comes first among equal matches, and first of all when nothing is typed.

#include "catalog/Catalog.h"

#include <QHash>

#include <optional>

namespace ow::catalog {

class MatterSearch {
public:
    explicit MatterSearch(std::shared_ptr<const Catalog> catalog);

    struct Usage {
        QStringList recent;          // codes, most recent first
        QHash<QString, int> counts;  // code -> how often
    };

    // Matching matters, best first. `category` narrows to one tab.
    [[nodiscard]] QList<const Matter *> find(const QString &query, std::optional<Category> category = std::nullopt,
                                             const Usage &usage = {}) const;
    [[nodiscard]] const Catalog &catalog() const { return *m_catalog; }

private:
    struct Entry {
        const Matter *matter;
        QList<QList<QString>> initials;  // of the name and each alias
        QStringList words;               // name and aliases, Chinese
        QString english;                 // lower-case
        QString code;                    // lower-case
    };
    int score(const Entry &e, const QString &query) const;

    std::shared_ptr<const Catalog> m_catalog;
    std::vector<Entry> m_entries;
};

} // namespace ow::catalog
