#pragma once
// What every printed page carries regardless of the document: who printed it, where, and
// whether it is practice (then PRACTICE / 练习 goes across every page).

#include <QDateTime>
#include <QString>

class QPainter;
class QRectF;

namespace ow::documents {

struct DocumentContext {
    QString counterName;   // 综合窗口 01
    QString officerNumber;
    QDateTime printedAt;
    bool practice = false;
};

// Diagonal PRACTICE / 练习 across `page`; a no-op outside practice.
void paintPracticeWatermark(QPainter &p, const QRectF &page, const DocumentContext &ctx);
// Footer line: counter, officer, time.
void paintFooter(QPainter &p, const QRectF &page, const DocumentContext &ctx);

// A phone number as printed for anyone but its owner: 138****8000 (the first three and last four
// digits of a mobile number; a number of 5 to 7 digits shows only its last two, a shorter one
// nothing). Spaces,
// dashes and a +86/0086 prefix are dropped first. Empty in, empty out.
[[nodiscard]] QString maskPhone(const QString &phone);
// An ID number masked for print (core::IdNumber::mask); empty in, empty out.
[[nodiscard]] QString maskIdNumber(const QString &idNumber);

} // namespace ow::documents
