#include "documents/PhotoSheet.h"

#include <QCoreApplication>
#include <QPainter>

namespace ow::documents {

PhotoSheet::PhotoSheet(QImage photo, DocumentContext ctx) : m_photo(std::move(photo)), m_ctx(std::move(ctx)) {}

QString PhotoSheet::title() const { return QCoreApplication::translate("ow::documents", "ID photo sheet"); }

QPageLayout PhotoSheet::pageLayout() const
{
    // Defined portrait (102 x 152) and turned, so a printer feeding 4R paper short edge first
    // gets the page size it knows.
    return QPageLayout(QPageSize(QSizeF(kSheetHeightMm, kSheetWidthMm), QPageSize::Millimeter, QStringLiteral("4R")),
                       QPageLayout::Landscape, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

QList<QRectF> PhotoSheet::photoRects()
{
    // Even gutters: as much space between photos as around them.
    const double gx = (kSheetWidthMm - kColumns * kPhotoWidthMm) / (kColumns + 1);
    const double gy = (kSheetHeightMm - kRows * kPhotoHeightMm) / (kRows + 1);
    QList<QRectF> out;
    for (int r = 0; r < kRows; ++r)
        for (int c = 0; c < kColumns; ++c)
            out << QRectF(gx + c * (kPhotoWidthMm + gx), gy + r * (kPhotoHeightMm + gy), kPhotoWidthMm, kPhotoHeightMm);
    return out;
}

QRect PhotoSheet::printedPart(const QSize &photo)
{
    const double aspect = kPhotoWidthMm / kPhotoHeightMm;
    if (photo.width() > photo.height() * aspect) {
        const int w = qRound(photo.height() * aspect);
        return QRect((photo.width() - w) / 2, 0, w, photo.height());
    }
    const int h = qRound(photo.width() / aspect);
    return QRect(0, 0, photo.width(), h);  // too narrow: keep the top, where the head is
}

core::Status PhotoSheet::render(QPagedPaintDevice &device) const
{
    if (m_photo.isNull())
        return core::makeError(QStringLiteral("document.photo"),
                               QCoreApplication::translate("ow::documents", "There is no photo to print."));
    device.setPageLayout(pageLayout());
    QPainter p;
    if (!p.begin(&device))
        return core::makeError(QStringLiteral("document.paint"),
                               QCoreApplication::translate("ow::documents", "The page could not be prepared for printing."),
                               QStringLiteral("QPainter::begin failed"));
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF page(QPointF(0, 0), QSizeF(device.width(), device.height()));
    const double mm = page.width() / kSheetWidthMm;
    const QRect part = printedPart(m_photo.size());
    p.setPen(QPen(Qt::black, 0.15 * mm));
    for (const QRectF &r : photoRects()) {
        const QRectF target(r.x() * mm, r.y() * mm, r.width() * mm, r.height() * mm);
        p.drawImage(target, m_photo, part);
        // Cut marks: at each corner, one horizontal and one vertical line pointing away from the
        // photo, starting just off it.
        const double gap = kCutGapMm * mm, len = kCutMarkMm * mm;
        const QPointF corners[4] = {target.topLeft(), target.topRight(), target.bottomLeft(), target.bottomRight()};
        for (const QPointF &c : corners) {
            const double sx = c.x() < target.center().x() ? -1 : 1, sy = c.y() < target.center().y() ? -1 : 1;
            p.drawLine(QPointF(c.x() + sx * gap, c.y()), QPointF(c.x() + sx * (gap + len), c.y()));
            p.drawLine(QPointF(c.x(), c.y() + sy * gap), QPointF(c.x(), c.y() + sy * (gap + len)));
        }
    }
    paintFooter(p, page, m_ctx);
    paintPracticeWatermark(p, page, m_ctx);
    p.end();
    return {};
}

} // namespace ow::documents
