#include "documents/TestReceipt.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>

namespace ow::documents {
namespace {

} // namespace

QString TestReceipt::title() const { return QCoreApplication::translate("ow::documents", "Printer test page"); }

QPageLayout TestReceipt::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

core::Status TestReceipt::render(QPagedPaintDevice &device) const
{
    device.setPageLayout(pageLayout());
    QPainter p;
    if (!p.begin(&device))
        return core::makeError(QStringLiteral("document.paint"), QCoreApplication::translate("ow::documents", "The page could not be prepared for printing."),
                               QStringLiteral("QPainter::begin failed"));
    const QRectF page(QPointF(0, 0), QSizeF(device.width(), device.height()));
    const double unit = page.width() / 180.0;  // one millimetre of the printable width

    QFont title(QStringLiteral("Noto Sans CJK SC"));
    title.setPixelSize(int(8 * unit));
    title.setBold(true);
    p.setFont(title);
    p.drawText(QRectF(page.left(), page.top(), page.width(), 14 * unit), Qt::AlignCenter,
               QCoreApplication::translate("ow::documents", "OneWindow printer test page"));

    QFont body(QStringLiteral("Noto Sans CJK SC"));
    body.setPixelSize(int(4.2 * unit));
    p.setFont(body);
    const QStringList lines = {
        QCoreApplication::translate("ow::documents", "Counter: %1").arg(m_ctx.counterName),
        QCoreApplication::translate("ow::documents", "Officer: %1").arg(m_ctx.officerNumber),
        QCoreApplication::translate("ow::documents", "Time: %1").arg(m_ctx.printedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
        QCoreApplication::translate("ow::documents", "If every line and the boxes below are sharp and complete, the printer is ready."),
        QStringLiteral("中文字样：一窗通办 最多跑一次 户政 交管 出入境 治安"),
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789"),
    };
    double y = page.top() + 22 * unit;
    for (const QString &l : lines) {
        p.drawText(QRectF(page.left(), y, page.width(), 7 * unit), Qt::AlignLeft | Qt::AlignVCenter, l);
        y += 8 * unit;
    }
    // A 10 mm grid checks that the page is not scaled or cut by the printer driver.
    p.setPen(QPen(Qt::black, 0.3 * unit));
    const double top = y + 6 * unit;
    for (int row = 0; row < 5; ++row)
        for (int col = 0; col < 18; ++col)
            p.drawRect(QRectF(page.left() + col * 10 * unit, top + row * 10 * unit, 10 * unit, 10 * unit));
    p.drawRect(page.adjusted(0.5 * unit, 0.5 * unit, -0.5 * unit, -0.5 * unit));

    paintFooter(p, page, m_ctx);
    paintPracticeWatermark(p, page, m_ctx);
    p.end();
    return {};
}

} // namespace ow::documents
