#include "TestSupport.h"

#include "PdfTools.h"
#include "documents/PhotoSheet.h"

#include <QPainter>
#include <QPdfWriter>

using namespace ow::documents;

namespace {

// A stand-in ID photo: white backdrop, a dark head, a red stripe marking its top edge.
QImage fakePhoto()
{
    QImage img(358, 441, QImage::Format_RGB888);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setBrush(QColor(60, 40, 30));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(75, 14, 207, 260));
    p.fillRect(QRectF(0, 0, 358, 6), QColor(220, 0, 0));
    return img;
}

QString renderSheet(const ow::test::TempDir &tmp, const QString &name, bool practice)
{
    const QString pdf = tmp.file(name + ".pdf");
    QPdfWriter w(pdf);
    w.setResolution(300);
    const PhotoSheet sheet(fakePhoto(), DocumentContext{QStringLiteral("综合窗口 01"), QStringLiteral("000123"),
                                                       QDateTime(QDate(2026, 11, 21), QTime(9, 30)), practice});
    REQUIRE(sheet.render(w).ok());
    return pdf;
}

bool dark(const QImage &img, double xMm, double yMm, double dpi)
{
    const QColor c = img.pixelColor(int(xMm / 25.4 * dpi), int(yMm / 25.4 * dpi));
    return c.lightness() < 128;
}

// A thin line leaves grey anti-aliased pixels: any ink within a pixel of the point.
bool inked(const QImage &img, double xMm, double yMm, double dpi)
{
    const int cx = int(xMm / 25.4 * dpi), cy = int(yMm / 25.4 * dpi);
    for (int y = cy - 1; y <= cy + 1; ++y)
        for (int x = cx - 1; x <= cx + 1; ++x)
            if (img.pixelColor(x, y).lightness() < 200) return true;
    return false;
}

} // namespace

TEST_CASE("The photo sheet is 4R with ten 1-inch photos that fit with gutters")
{
    const QList<QRectF> rects = PhotoSheet::photoRects();
    REQUIRE(rects.size() == 10);
    const QRectF sheet(0, 0, PhotoSheet::kSheetWidthMm, PhotoSheet::kSheetHeightMm);
    for (int i = 0; i < rects.size(); ++i) {
        CHECK(rects[i].width() == Approx(25));
        CHECK(rects[i].height() == Approx(35));
        CHECK(sheet.contains(rects[i].adjusted(-3, -3, 3, 3)));  // room for the cut marks
        for (int j = i + 1; j < rects.size(); ++j) CHECK_FALSE(rects[i].adjusted(-2, -2, 2, 2).intersects(rects[j]));
    }
    // The printed part is 25:35 and keeps the photo's top.
    const QRect part = PhotoSheet::printedPart(QSize(358, 441));
    CHECK(part.top() == 0);
    CHECK(part.height() == 441);
    CHECK(double(part.width()) / part.height() == Approx(25.0 / 35.0).epsilon(0.01));
    CHECK(part.center().x() == Approx(179).margin(1));
}

TEST_CASE("The photo sheet PDF is 152 x 102 mm with photos where they belong and cut marks")
{
    ow::test::TempDir tmp;
    const QString pdf = renderSheet(tmp, "sheet", false);
    CHECK(ow::test::pdfPageCount(pdf) == 1);
    const int dpi = 100;
    const QImage page = ow::test::pdfPage(pdf, 1, dpi);
    // 152 x 102 mm at 100 dpi: 598 x 402 px.
    CHECK(std::abs(page.width() - 598) <= 2);
    CHECK(std::abs(page.height() - 402) <= 2);
    for (const QRectF &r : PhotoSheet::photoRects()) {
        // The head in the middle of each photo, the red top stripe at its top edge, white at its
        // side edge (the backdrop), and a cut mark just outside its top left corner.
        CHECK(dark(page, r.center().x(), r.center().y(), dpi));
        const QColor top = page.pixelColor(int(r.center().x() / 25.4 * dpi), int((r.top() + 0.2) / 25.4 * dpi));
        CHECK(top.red() > 180);
        CHECK(top.green() < 90);
        CHECK_FALSE(dark(page, r.left() + 1, r.bottom() - 8, dpi));
        CHECK(inked(page, r.left() - 1.2, r.top(), dpi));  // horizontal mark, left of the corner
        CHECK(inked(page, r.left(), r.top() - 1.2, dpi));  // vertical mark, above it
        CHECK_FALSE(inked(page, r.left() - 1.2, r.top() + 3, dpi));  // nothing in the gutter beside the photo
    }
}

TEST_CASE("The photo sheet carries PRACTICE only in practice")
{
    ow::test::TempDir tmp;
    auto reddish = [](const QImage &img) {
        int n = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const QColor c = img.pixelColor(x, y);
                if (c.red() > 200 && c.green() > 120 && c.green() < 215 && c.red() - c.green() > 25) ++n;
            }
        return n;
    };
    const QImage real = ow::test::pdfPage(renderSheet(tmp, "real", false), 1, 40);
    const QImage practice = ow::test::pdfPage(renderSheet(tmp, "practice", true), 1, 40);
    CHECK(reddish(practice) > reddish(real) + 200);
}

TEST_CASE("A photo sheet without a photo is refused")
{
    ow::test::TempDir tmp;
    QPdfWriter w(tmp.file("empty.pdf"));
    const PhotoSheet sheet(QImage(), DocumentContext{});
    const auto s = sheet.render(w);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == QStringLiteral("document.photo"));
}
