#include "PdfTools.h"

#include "documents/GuideDocument.h"
#include "documents/QrCode.h"

#include <QPainter>

using namespace ow::documents;

TEST_CASE("A QR code painted by paintQrCode reads back as the text encoded")
{
    const QByteArray text = QStringLiteral("https://zwfw.example.gov.cn/guide/HZ-SFZ-SL?lang=zh 一窗通办").toUtf8();
    const ow::core::Result<QrCode> code = QrCode::encode(text);
    REQUIRE(code.ok());
    CHECK(code->size >= 21);
    CHECK((code->size - 17) % 4 == 0);
    CHECK(code->modules.size() == code->size * code->size);
    // Finder pattern: dark top-left corner, outside the symbol is light.
    CHECK(code->dark(0, 0));
    CHECK_FALSE(code->dark(-1, 0));
    CHECK_FALSE(code->dark(code->size, 0));

    QImage img(400, 300, QImage::Format_RGB32);
    img.fill(QColor(200, 220, 255));
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing, true);
        paintQrCode(p, QRectF(20.5, 10.25, 300, 280), *code);
    }
    CHECK(ow::test::decodeQr(img) == text);

    // Whole-pixel modules on an unscaled painter: the symbol is pure black and white, no grey
    // seams; the quiet zone is white.
    int grey = 0, black = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QRgb c = img.pixel(x, y);
            if (c == qRgb(0, 0, 0))
                ++black;
            else if (c != qRgb(255, 255, 255) && c != qRgb(200, 220, 255))
                ++grey;
        }
    CHECK(grey == 0);
    CHECK(black > 1000);
    const int module = 280 / (code->size + 2 * kQrQuietZone);
    CHECK(module >= 1);
}

TEST_CASE("A QR code survives a scaled painter too")
{
    const QByteArray text("https://example.org/g/JG-JSZ-HZ");
    const auto code = QrCode::encode(text);
    REQUIRE(code.ok());
    QImage img(600, 600, QImage::Format_Grayscale8);
    img.fill(255);
    {
        QPainter p(&img);
        p.scale(2.37, 2.37);
        paintQrCode(p, QRectF(10, 10, 200, 200), *code);
    }
    CHECK(ow::test::decodeQr(img) == text);
}

TEST_CASE("Text too long for any QR code is an error the officer can read")
{
    const auto tooLong = QrCode::encode(QByteArray(4000, 'x'));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().code == u"document.qr.too_long");
    CHECK(tooLong.error().message.contains(u"4000"));
    const auto empty = QrCode::encode({});
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == u"document.qr.encode");
    // The largest byte-mode symbol at level M holds 2331 bytes.
    CHECK(QrCode::encode(QByteArray(2331, 'x')).ok());
    CHECK_FALSE(QrCode::encode(QByteArray(2332, 'x')).ok());
}

TEST_CASE("The guide address puts the percent-encoded matter code in the template")
{
    CHECK(guideUrl(QStringLiteral("https://zwfw.example.gov.cn/guide/{code}?from=counter"),
                   QStringLiteral("HZ-SFZ-SL")) == u"https://zwfw.example.gov.cn/guide/HZ-SFZ-SL?from=counter");
    CHECK(guideUrl(QStringLiteral("https://x/g?m={code}&again={code}"), QStringLiteral("A B/户")) ==
          u"https://x/g?m=A%20B%2F%E6%88%B7&again=A%20B%2F%E6%88%B7");
    CHECK(guideUrl(QString(), QStringLiteral("HZ")).isEmpty());
    CHECK(guideUrl(QStringLiteral("https://x/guide"), QStringLiteral("HZ")) == u"https://x/guide");
}
