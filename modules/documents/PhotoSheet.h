#pragma once
// A sheet of 1-inch ID photos (一寸照, 25 x 35 mm) on 6-inch (4R, 102 x 152 mm) photo paper, for
// the citizen's standard photo printed free (一照通用): 10 upright photos, 5 across and 2 down on
// the landscape sheet, with even gutters and cut marks at every photo corner (in the gutters,
// never on the photo). The photo is cropped to 25:35 about its centre line, keeping its top, so
// the head keeps its place. One page; the counter line is printed small along the bottom edge;
// in practice the PRACTICE / 练习 watermark crosses the whole sheet.

#include "devicekit/Device.h"
#include "documents/DocumentContext.h"

#include <QImage>
#include <QList>
#include <QRectF>

namespace ow::documents {

class PhotoSheet final : public devicekit::PrintDocument {
public:
    static constexpr double kSheetWidthMm = 152;
    static constexpr double kSheetHeightMm = 102;
    static constexpr double kPhotoWidthMm = 25;
    static constexpr double kPhotoHeightMm = 35;
    static constexpr int kColumns = 5;
    static constexpr int kRows = 2;
    static constexpr double kCutMarkMm = 1.5;   // length of each cut mark
    static constexpr double kCutGapMm = 0.5;    // between a mark and the photo corner

    PhotoSheet(QImage photo, DocumentContext ctx);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QPageLayout pageLayout() const override;  // 152 x 102 mm landscape, no margins
    // Fails when the photo is empty or the device refuses the painter.
    core::Status render(QPagedPaintDevice &device) const override;

    // Where each photo goes, in millimetres from the sheet's top left corner.
    [[nodiscard]] static QList<QRectF> photoRects();
    // The part of `photo` printed: 25:35, full height, centred across.
    [[nodiscard]] static QRect printedPart(const QSize &photo);

private:
    QImage m_photo;
    DocumentContext m_ctx;
};

} // namespace ow::documents
