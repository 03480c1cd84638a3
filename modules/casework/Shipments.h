#pragma once
// Merged express delivery (并件): cases that become ready for the same citizen at the same place
// in the same window go out as one parcel. Merging is conservative on purpose: two deliveries are
// merged only when name, phone and normalised address agree exactly; a missed merge costs one
// parcel, a wrong merge sends someone's documents to another person.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow::casework {

// Address key for comparison only (never printed on the waybill). In order:
//  1. full-width ASCII (Ａ１－) and the ideographic space become their half-width forms;
//  2. traditional forms of the address words alone become simplified (號→号, 樓→楼, 單→单,
//     棟→栋, 區→区, 門→门, 層→层, 鎮→镇, 縣→县, 園→园); place names are left as written;
//  3. a run of Chinese numerals directly before 号, 楼, 栋, 幢, 单元, 层, 室 or 座 becomes digits
//     (三号楼 → 3号楼, 十二层 → 12层, 一〇二室 → 102室); elsewhere numerals are part of a name
//     (五一路, 三里屯) and stay;
//  4. Latin letters are upper-cased (b座 = B座);
//  5. whitespace and punctuation are dropped, except between two digits where they become one
//     '-' (3-2-501 must not turn into 32501 and meet 3-25-01);
//  6. a 室 after a digit at the very end is dropped (501室 = 501).
[[nodiscard]] QString normalizeAddress(const QString &address);
// Digits only; a leading +86 / 0086 / 86 country code before an 11-digit mobile number dropped.
[[nodiscard]] QString normalizePhone(const QString &phone);
// Whitespace (including the ideographic space) removed.
[[nodiscard]] QString normalizeRecipient(const QString &name);

struct Delivery {
    QString caseNumber;
    QString recipient;
    QString phone;
    QString address;
    QDateTime readyAt;
};

struct Shipment {
    QList<Delivery> deliveries;  // by readyAt, then input order
    QStringList caseNumbers;     // the same order
    // As written on the first delivery: the waybill shows what the citizen wrote.
    QString recipient;
    QString phone;
    QString address;
    QDateTime readyAt;  // the latest readyAt: the parcel leaves when its last case is ready
};

// How far apart the readyAt of one shipment's deliveries may be.
struct MergeWindow {
    enum class Kind { SameDay, Seconds };
    Kind kind = Kind::SameDay;
    qint64 seconds = 0;  // Kind::Seconds: at most this many seconds after the shipment's first

    static MergeWindow sameDay() { return {}; }
    static MergeWindow withinSecs(qint64 s) { return {Kind::Seconds, s}; }
};

struct MergeResult {
    QList<Shipment> shipments;  // in order of their first delivery in the input
    int savedParcels = 0;       // deliveries minus shipments
};

// Deliveries with an empty recipient, phone or address key or an invalid readyAt are never merged.
[[nodiscard]] MergeResult mergeShipments(const QList<Delivery> &deliveries,
                                         MergeWindow window = MergeWindow::sameDay());

} // namespace ow::casework
