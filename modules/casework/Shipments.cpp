#include "casework/Shipments.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace ow::casework {

namespace {

QChar toHalfWidth(QChar c)
{
    const char16_t u = c.unicode();
    if (u == 0x3000)
        return QLatin1Char(' ');
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(char16_t(u - 0xFEE0));
    return c;
}

QChar simplified(QChar c)
{
    // Only the words that make up an address line; a general converter would touch names.
    static const QHash<char16_t, char16_t> kMap{
        {u'號', u'号'}, {u'樓', u'楼'}, {u'單', u'单'}, {u'棟', u'栋'}, {u'區', u'区'},
        {u'門', u'门'}, {u'層', u'层'}, {u'鎮', u'镇'}, {u'縣', u'县'}, {u'園', u'园'},
    };
    const auto it = kMap.constFind(c.unicode());
    return it == kMap.constEnd() ? c : QChar(*it);
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c.isPunct() || c.isSymbol();
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// -1 for anything but a Chinese numeral; 10 and 100 for 十 and 百.
int numeralValue(QChar c)
{
    switch (c.unicode()) {
    case u'〇': case u'○': case u'零': return 0;
    case u'一': return 1;
    case u'二': case u'两': return 2;
    case u'三': return 3;
    case u'四': return 4;
    case u'五': return 5;
    case u'六': return 6;
    case u'七': return 7;
    case u'八': return 8;
    case u'九': return 9;
    case u'十': return 10;
    case u'百': return 100;
    default: return -1;
    }
}

bool startsWithMarker(const QString &s, qsizetype at)
{
    if (at >= s.size())
        return false;
    static const QString kSingle = QStringLiteral(u"号楼栋幢层室座");
    return kSingle.contains(s.at(at)) || QStringView(s).mid(at).startsWith(u"单元");
}

QString numeralToDigits(QStringView run)
{
    const bool positional = std::any_of(run.begin(), run.end(), [](QChar c) { return numeralValue(c) >= 10; });
    if (!positional) {
        QString out;
        for (QChar c : run)
            out += QChar(char16_t(u'0' + numeralValue(c)));
        return out;
    }
    // 十二 = 12, 二十 = 20, 一百零二 = 102.
    int total = 0;
    int digit = 0;
    bool pending = false;
    for (QChar c : run) {
        const int v = numeralValue(c);
        if (v >= 10) {
            total += (pending ? digit : 1) * v;
            digit = 0;
            pending = false;
        } else {
            digit = v;
            pending = v != 0;
        }
    }
    return QString::number(total + digit);
}

} // namespace

QString normalizeAddress(const QString &address)
{
    // Steps 1, 2, 4 and 5 in one pass.
    QString flat;
    flat.reserve(address.size());
    bool separatorPending = false;
    for (QChar raw : address) {
        QChar c = simplified(toHalfWidth(raw));
        if (isSeparator(c)) {
            separatorPending = true;
            continue;
        }
        if (separatorPending && !flat.isEmpty() && isAsciiDigit(flat.back()) && isAsciiDigit(c))
            flat += QLatin1Char('-');
        separatorPending = false;
        if (c.unicode() < 0x80)
            c = c.toUpper();
        flat += c;
    }

    // Step 3.
    QString out;
    out.reserve(flat.size());
    for (qsizetype i = 0; i < flat.size();) {
        qsizetype end = i;
        while (end < flat.size() && numeralValue(flat.at(end)) >= 0)
            ++end;
        if (end == i) {
            out += flat.at(i++);
            continue;
        }
        const QStringView run = QStringView(flat).mid(i, end - i);
        out += startsWithMarker(flat, end) ? numeralToDigits(run) : run.toString();
        i = end;
    }

    // Step 6.
    if (out.size() >= 2 && out.back() == u'室' && isAsciiDigit(out.at(out.size() - 2)))
        out.chop(1);
    return out;
}

QString normalizePhone(const QString &phone)
{
    QString digits;
    for (QChar raw : phone) {
        const QChar c = toHalfWidth(raw);
        if (isAsciiDigit(c))
            digits += c;
    }
    if (digits.size() == 15 && digits.startsWith(QLatin1String("0086")) && digits.at(4) == QLatin1Char('1'))
        return digits.mid(4);
    if (digits.size() == 13 && digits.startsWith(QLatin1String("86")) && digits.at(2) == QLatin1Char('1'))
        return digits.mid(2);
    return digits;
}

QString normalizeRecipient(const QString &name)
{
    QString out;
    for (QChar c : name) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

MergeResult mergeShipments(const QList<Delivery> &deliveries, MergeWindow window)
{
    // Groups of input indexes with equal keys, in order of first appearance.
    std::vector<std::vector<qsizetype>> groups;
    QHash<QString, size_t> groupOf;
    for (qsizetype i = 0; i < deliveries.size(); ++i) {
        const Delivery &d = deliveries.at(i);
        const QString name = normalizeRecipient(d.recipient);
        const QString phone = normalizePhone(d.phone);
        const QString addr = normalizeAddress(d.address);
        if (name.isEmpty() || phone.isEmpty() || addr.isEmpty() || !d.readyAt.isValid()) {
            groups.push_back({i});
            continue;
        }
        // U+0001 cannot occur in any of the three keys, so the joined key is unambiguous.
        const QString key = name + QChar(1) + phone + QChar(1) + addr;
        const auto it = groupOf.constFind(key);
        if (it == groupOf.constEnd()) {
            groupOf.insert(key, groups.size());
            groups.push_back({i});
        } else {
            groups[*it].push_back(i);
        }
    }

    std::vector<std::vector<qsizetype>> parcels;
    for (std::vector<qsizetype> &g : groups) {
        std::stable_sort(g.begin(), g.end(), [&](qsizetype a, qsizetype b) {
            return deliveries.at(a).readyAt < deliveries.at(b).readyAt;
        });
        std::vector<qsizetype> current;
        QDateTime first;
        for (qsizetype i : g) {
            const QDateTime at = deliveries.at(i).readyAt;
            const bool fits = !current.empty()
                && (window.kind == MergeWindow::Kind::SameDay ? at.date() == first.date()
                                                               : first.secsTo(at) <= window.seconds);
            if (!fits) {
                if (!current.empty())
                    parcels.push_back(std::move(current));
                current = {};
                first = at;
            }
            current.push_back(i);
        }
        if (!current.empty())
            parcels.push_back(std::move(current));
    }
    std::stable_sort(parcels.begin(), parcels.end(), [](const auto &a, const auto &b) {
        return *std::min_element(a.begin(), a.end()) < *std::min_element(b.begin(), b.end());
    });

    MergeResult result;
    for (const std::vector<qsizetype> &p : parcels) {
        Shipment s;
        for (qsizetype i : p) {
            const Delivery &d = deliveries.at(i);
            s.deliveries.append(d);
            s.caseNumbers.append(d.caseNumber);
            if (!s.readyAt.isValid() || d.readyAt > s.readyAt)
                s.readyAt = d.readyAt;
        }
        const Delivery &head = deliveries.at(p.front());
        s.recipient = head.recipient;
        s.phone = head.phone;
        s.address = head.address;
        result.shipments.append(s);
    }
    result.savedParcels = int(deliveries.size() - result.shipments.size());
    return result;
}

} // namespace ow::casework
