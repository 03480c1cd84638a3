#include "core/PinyinInitials.h"

#include <QFile>
#include <QHash>

namespace ow::core {
namespace {

const QHash<char32_t, QString> &table()
{
    static const QHash<char32_t, QString> t = [] {
        QHash<char32_t, QString> out;
        QFile f(QStringLiteral(":/pinyin/initials.txt"));
        if (!f.open(QIODevice::ReadOnly)) {
            qWarning("pinyin: the initials table is missing from the build");
            return out;
        }
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#')) continue;
            const qsizetype tab = line.indexOf(u'\t');
            if (tab <= 0) continue;
            const QString initials = line.left(tab);
            for (char32_t c : line.mid(tab + 1).toUcs4()) out.insert(c, initials);
        }
        return out;
    }();
    return t;
}

} // namespace

QList<QString> pinyinInitials(QStringView text)
{
    QList<QString> out;
    const auto &t = table();
    for (char32_t c : text.toUcs4()) {
        if (c < 0x80) {
            const QChar ch{char16_t(c)};
            if (ch.isLetterOrNumber()) out << QString(ch.toLower());
            continue;
        }
        const auto it = t.find(c);
        if (it != t.end()) out << *it;
    }
    return out;
}

int matchInitials(const QList<QString> &initials, QStringView query)
{
    if (query.isEmpty()) return 0;
    for (qsizetype start = 0; start + query.size() <= initials.size(); ++start) {
        qsizetype i = 0;
        while (i < query.size() && initials[start + i].contains(query[i])) ++i;
        if (i == query.size()) return int(start);
    }
    return -1;
}

bool matchInitialsInOrder(const QList<QString> &initials, QStringView query)
{
    qsizetype i = 0;
    for (const QString &set : initials)
        if (i < query.size() && set.contains(query[i])) ++i;
    return i == query.size();
}

} // namespace ow::core
