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

} // namespace ow::documents
