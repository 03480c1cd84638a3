#include "TestSupport.h"

#include "identity/WltDecoder.h"

#include <QColor>

using namespace ow::identity;

namespace {

const QString kFakeWlt = QStringLiteral(OW_FAKE_WLT);
const QString kFakeWltMangled = QStringLiteral(OW_FAKE_WLT_MANGLED);
const QString kNotADecoder = QStringLiteral(OW_FAKE_SDTAPI);

QByteArray somePhoto() { return QByteArray(kWltSize, '\x5A'); }

// The fake decoder's pattern (tests/fixtures/vendor/fake_wlt.c): red on the left half, blue on the
// top half, green = x.
void checkPattern(const QImage &img)
{
    REQUIRE(img.size() == QSize(102, 126));
    CHECK(img.pixelColor(0, 0) == QColor(255, 0, 255));
    CHECK(img.pixelColor(101, 0) == QColor(0, 101, 255));
    CHECK(img.pixelColor(0, 125) == QColor(255, 0, 0));
    CHECK(img.pixelColor(101, 125) == QColor(0, 101, 0));
    CHECK(img.pixelColor(50, 62) == QColor(255, 50, 255));
    CHECK(img.pixelColor(51, 63) == QColor(0, 51, 0));
}

} // namespace

TEST_CASE("The decoder's raw output becomes an upright RGB image: bytes R, G, B, rows bottom-up")
{
    QByteArray raw(kChipPhotoRawSize, '\0');
    // Bottom row (first in the buffer): pure red at x = 0; top row (last in the buffer): blue at x = 101.
    raw[0] = char(255);
    const int top = (kChipPhotoHeight - 1) * kChipPhotoWidth * 3;
    raw[top + 101 * 3 + 2] = char(255);
    const QImage img = WltDecoder::imageFromRaw(raw);
    REQUIRE(img.size() == QSize(102, 126));
    CHECK(img.pixelColor(0, 125) == QColor(255, 0, 0));
    CHECK(img.pixelColor(101, 0) == QColor(0, 0, 255));
    CHECK(img.pixelColor(0, 0) == QColor(0, 0, 0));
    CHECK(WltDecoder::imageFromRaw(raw.left(kChipPhotoRawSize - 1)).isNull());
}

TEST_CASE("A configured decoder library decodes the chip photo to 102 x 126")
{
    WltDecoder d;
    REQUIRE(d.load(kFakeWlt, 602).ok());
    CHECK(d.isLoaded());
    auto img = d.decode(somePhoto());
    REQUIRE(img.ok());
    checkPattern(img.value());
}

TEST_CASE("A decoder exported under its C++ name is found too")
{
    WltDecoder d;
    REQUIRE(d.load(kFakeWltMangled, 602).ok());
    auto img = d.decode(somePhoto());
    REQUIRE(img.ok());
    checkPattern(img.value());
}

TEST_CASE("Decoder failures are errors with a reason")
{
    SECTION("no such library")
    {
        WltDecoder d;
        auto st = d.load(QStringLiteral("/nonexistent/libwlt2bmp.so"), 602);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == QStringLiteral("wlt.missing"));
        CHECK(st.error().message.contains(QStringLiteral("not installed")));
        CHECK_FALSE(d.isLoaded());
    }
    SECTION("a library without unpack")
    {
        WltDecoder d;
        auto st = d.load(kNotADecoder, 602);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == QStringLiteral("wlt.symbol"));
        CHECK(st.error().detail.contains(QStringLiteral("unpack")));
        CHECK_FALSE(d.isLoaded());
    }
    SECTION("nothing loaded")
    {
        WltDecoder d;
        auto img = d.decode(somePhoto());
        REQUIRE_FALSE(img.ok());
        CHECK(img.error().message.contains(QStringLiteral("cannot be decoded on this workstation")));
    }
    SECTION("the vendor code is refused (unpack returns 0)")
    {
        WltDecoder d;
        REQUIRE(d.load(kFakeWlt, 0).ok());
        auto img = d.decode(somePhoto());
        REQUIRE_FALSE(img.ok());
        CHECK(img.error().code == QStringLiteral("wlt.decode"));
        CHECK(img.error().detail.contains(QStringLiteral("wltCode")));
    }
    SECTION("the photo is refused")
    {
        WltDecoder d;
        REQUIRE(d.load(kFakeWlt, 602).ok());
        QByteArray bad = somePhoto();
        bad[0] = char(0xFF);
        auto img = d.decode(bad);
        REQUIRE_FALSE(img.ok());
        CHECK(img.error().code == QStringLiteral("wlt.decode"));
    }
    SECTION("a photo of the wrong size never reaches the library")
    {
        WltDecoder d;
        REQUIRE(d.load(kFakeWlt, 602).ok());
        auto img = d.decode(somePhoto().left(1000));
        REQUIRE_FALSE(img.ok());
        CHECK(img.error().code == QStringLiteral("wlt.input"));
    }
}
