#pragma once
// GB/T 2260 region names down to county level (resources/regions/gb2260.tsv), so an ID number
// shows where it was issued: 440106 -> 广东省广州市天河区.

#include <QHash>
#include <QString>

namespace ow::identity {

class RegionTable {
public:
    // The table built into the library (loaded once, thread-safe).
    static const RegionTable &builtIn();

    // Full name from province down ("广东省广州市天河区"); for an unknown county the deepest
    // known level ("广东省广州市"), empty when even the province is unknown.
    [[nodiscard]] QString fullName(QStringView code6) const;
    // True when this exact code is in the table.
    [[nodiscard]] bool contains(QStringView code6) const { return m_names.contains(code6.toString()); }
    [[nodiscard]] qsizetype size() const { return m_names.size(); }

private:
    RegionTable();
    QHash<QString, QString> m_names;
};

} // namespace ow::identity
