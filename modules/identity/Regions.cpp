#include "identity/Regions.h"

#include <QFile>
#include <QTextStream>

static void initRegionResources() { Q_INIT_RESOURCE(regions); }

namespace ow::identity {
namespace {

// Placeholder levels that are not part of an address ("districts under the municipality").
bool isPlaceholder(const QString &name)
{
    return name == u"市辖区" || name == u"县" || name == u"省直辖县级行政区划" ||
           name == u"自治区直辖县级行政区划";
}

} // namespace

RegionTable::RegionTable()
{
    initRegionResources();
    QFile f(QStringLiteral(":/onewindow/regions/gb2260.tsv"));
    if (!f.open(QIODevice::ReadOnly)) return;
    QTextStream in(&f);
    in.setEncoding(QStringConverter::Utf8);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty() || line.startsWith(u'#')) continue;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab != 6) continue;
        m_names.insert(line.left(6), line.mid(7).trimmed());
    }
}

const RegionTable &RegionTable::builtIn()
{
    static const RegionTable table;
    return table;
}

QString RegionTable::fullName(QStringView code6) const
{
    if (code6.size() != 6) return {};
    const QString province = m_names.value(code6.left(2).toString() + QStringLiteral("0000"));
    if (province.isEmpty()) return {};
    QString out = province;
    const QString cityCode = code6.left(4).toString() + QStringLiteral("00");
    if (cityCode != code6.left(2).toString() + QStringLiteral("0000")) {
        const QString city = m_names.value(cityCode);
        if (!city.isEmpty() && !isPlaceholder(city)) out += city;
    }
    if (!code6.endsWith(u"00")) {
        const QString county = m_names.value(code6.toString());
        if (!county.isEmpty()) out += county;
    }
    return out;
}

} // namespace ow::identity
