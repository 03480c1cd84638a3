#include "TestSupport.h"

#include "documents/TestReceipt.h"

#include <QFile>
#include <QImage>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>

using namespace ow::documents;

namespace {

// Renders the document to PDF, rasterises page 1 with pdftoppm (what a person would look at),
// and returns the image.
QImage renderPage(const DocumentContext &ctx, const ow::test::TempDir &tmp, const QString &name)
{
    const QString pdf = tmp.file(name + ".pdf");
    {
        QPdfWriter w(pdf);
        w.setResolution(150);
        TestReceipt doc(ctx);
        REQUIRE(doc.render(w).ok());
    }
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    REQUIRE_FALSE(tool.isEmpty());  // poppler-utils comes with packaging/dev.sh
    REQUIRE(QProcess::execute(tool, {"-r", "40", "-png", "-singlefile", pdf, tmp.file(name)}) == 0);
    QImage img(tmp.file(name + ".png"));
    REQUIRE_FALSE(img.isNull());
    return img;
}

int reddish(const QImage &img)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (c.red() > 200 && c.green() < 200 && c.blue() < 200 && c.red() - c.green() > 25) ++n;
        }
    return n;
}

} // namespace

TEST_CASE("The test page is A4 and carries the PRACTICE watermark only in practice")
{
    ow::test::TempDir tmp;
    DocumentContext ctx{QStringLiteral("综合窗口 01"), QStringLiteral("000123"), QDateTime(QDate(2026, 11, 21), QTime(9, 30)), false};
    TestReceipt doc(ctx);
    CHECK(doc.pageLayout().pageSize().id() == QPageSize::A4);
    const QImage real = renderPage(ctx, tmp, "real");
    // A4 at 40 dpi: about 331 x 468 px.
    CHECK(std::abs(real.width() - 331) <= 2);
    CHECK(std::abs(real.height() - 468) <= 2);
    ctx.practice = true;
    const QImage practice = renderPage(ctx, tmp, "practice");
    CHECK(reddish(real) == 0);
    CHECK(reddish(practice) > 500);
}
