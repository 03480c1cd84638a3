#include "documents/DocumentContext.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>

namespace ow::documents {

void paintPracticeWatermark(QPainter &p, const QRectF &page, const DocumentContext &ctx)
{
    if (!ctx.practice) return;
    p.save();
    p.translate(page.center());
    p.rotate(-35);
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(int(page.width() / 7));
    f.setBold(true);
    p.setFont(f);
    p.setPen(QColor(200, 0, 0, 70));
    // Both scripts, whatever the UI language: a practice printout must never pass as real.
    const QString text = QStringLiteral("练习 PRACTICE");
    const QRectF box(-page.width(), -page.height() / 4, page.width() * 2, page.height() / 2);
    p.drawText(box, Qt::AlignCenter, text);
    p.restore();
}

void paintFooter(QPainter &p, const QRectF &page, const DocumentContext &ctx)
{
    p.save();
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(std::max(8, int(page.height() / 90)));
    // Unshaped: Noto Sans CJK's contextual digits and ligatures have no Unicode in a PDF's text
    // layer, so the printed time would vanish from copied or searched text.
    f.setStyleStrategy(QFont::PreferNoShaping);
    p.setFont(f);
    p.setPen(Qt::darkGray);
    const QString line = QCoreApplication::translate("ow::documents", "%1 · Officer %2 · Printed %3")
                             .arg(ctx.counterName, ctx.officerNumber,
                                  ctx.printedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    const QRectF box(page.left(), page.bottom() - f.pixelSize() * 2.2, page.width(), f.pixelSize() * 2);
    p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, line);
    p.restore();
}

} // namespace ow::documents
