#include "TestSupport.h"

#include "FaceFixtures.h"
#include "identity/FaceVerifier.h"
#include "identity/PhotoStandardizer.h"

#include <QBuffer>
#include <QImageReader>

using namespace ow::identity;

namespace {

std::shared_ptr<FaceModels> modelsOrWarn()
{
    auto m = ow::test::faceModels();
    if (!m) WARN("face models not installed in " << ow::test::faceModelsDir().toStdString() << ": run packaging/dev.sh build (skipped)");
    return m;
}

cv::Mat studioGrace(int *hairTop = nullptr)
{
    auto models = ow::test::faceModels();
    const cv::Mat grace = ow::test::faceImage("grace_hopper_512x512.jpg");
    auto faces = models->detector().value()->detect(grace);
    REQUIRE(faces.ok());
    REQUIRE(faces->size() == 1);
    return ow::test::studioPortrait(grace, faces->first(), hairTop);
}

} // namespace

TEST_CASE("A studio portrait becomes a resident ID card photo whose geometry measures right")
{
    auto models = modelsOrWarn();
    if (!models) return;
    const cv::Mat studio = studioGrace();
    const PhotoStandardizer st(models, PhotoSpec::idCard());
    auto r = st.standardize(studio);
    REQUIRE(r.ok());
    for (const PhotoCheck &c : r->checks) UNSCOPED_INFO(c.id.toStdString() << " " << c.measured << " " << c.message.toStdString());
    CHECK(r->ok());
    CHECK(r->backgroundLightened);
    REQUIRE(r->check(QStringLiteral("face.width")));

    // Independently of the code that made it: decode the JPEG, check size and dpi, find the face
    // again and measure it.
    QBuffer buf(&r.value().jpeg);
    QImageReader reader(&buf, "jpeg");
    const QImage decoded = reader.read();
    REQUIRE_FALSE(decoded.isNull());
    CHECK(decoded.width() == 358);
    CHECK(decoded.height() == 441);
    CHECK(qRound(decoded.dotsPerMeterX() * 0.0254) == 350);
    CHECK(r->jpeg.size() <= 40 * 1024);
    const std::vector<uchar> bytes(r->jpeg.begin(), r->jpeg.end());
    const cv::Mat out = cv::imdecode(bytes, cv::IMREAD_COLOR);
    auto faces = models->detector().value()->detect(out);
    REQUIRE(faces.ok());
    REQUIRE(faces->size() == 1);
    const Face &f = faces->first();
    CHECK(f.faceWidth() >= 193);
    CHECK(f.faceWidth() <= 221);
    CHECK(441 - f.eyeCentre().y >= 207);
    CHECK(std::abs(f.rollDegrees()) < 3);
    CHECK(std::abs(f.eyeCentre().x - 179) < 12);
    // Top of the head: the first row, scanning down the middle, that is not the white backdrop.
    int top = -1;
    for (int y = 0; y < out.rows && top < 0; ++y) {
        int dark = 0;
        for (int x = 100; x < 258; ++x) {
            const cv::Vec3b p = out.at<cv::Vec3b>(y, x);
            if (p[0] + p[1] + p[2] < 3 * 200) ++dark;
        }
        if (dark > 20) top = y;
    }
    CHECK(top >= 7);
    CHECK(top <= 21);
    // The backdrop was lightened to white: the top corners are white.
    const cv::Scalar corner = cv::mean(out(cv::Rect(0, 0, 20, 20)));
    CHECK(corner[0] > 240);
    CHECK(corner[2] > 240);
}

TEST_CASE("The exit-entry spec gives 354 x 472 within its size limits")
{
    auto models = modelsOrWarn();
    if (!models) return;
    const PhotoStandardizer st(models, PhotoSpec::exitEntry());
    auto r = st.standardize(studioGrace());
    REQUIRE(r.ok());
    for (const PhotoCheck &c : r->checks) UNSCOPED_INFO(c.id.toStdString() << " " << c.message.toStdString());
    CHECK(r->ok());
    CHECK(r->image.cols == 354);
    CHECK(r->image.rows == 472);
    CHECK(r->jpeg.size() >= 20 * 1024);
    CHECK(r->jpeg.size() <= 80 * 1024);
    REQUIRE(r->check(QStringLiteral("chin")));
    CHECK(r->check(QStringLiteral("chin"))->passed);
}

TEST_CASE("Photos that cannot meet the spec say why in numbers")
{
    auto models = modelsOrWarn();
    if (!models) return;
    const PhotoStandardizer st(models, PhotoSpec::idCard());
    // The original portrait: a flag behind her, not a plain backdrop.
    auto flag = st.standardize(ow::test::faceImage("grace_hopper_512x512.jpg"));
    REQUIRE(flag.ok());
    CHECK_FALSE(flag->ok());
    REQUIRE(flag->check(QStringLiteral("background.uniform")));
    CHECK_FALSE(flag->check(QStringLiteral("background.uniform"))->passed);
    CHECK_FALSE(flag->backgroundLightened);  // never whiten a background that is not plain
    // A group photo: several faces.
    auto group = st.standardize(ow::test::faceImage("sample3.jpg"));
    REQUIRE(group.ok());
    CHECK_FALSE(group->ok());
    CHECK(group->checks.first().id == QStringLiteral("face.count"));
    CHECK(group->checks.first().measured == 3);
    CHECK(group->jpeg.isEmpty());
    // Too small in the source: the studio portrait shrunk to a quarter.
    cv::Mat small;
    cv::resize(studioGrace(), small, cv::Size(), 0.4, 0.4, cv::INTER_AREA);
    auto tiny = st.standardize(small);
    REQUIRE(tiny.ok());
    const PhotoCheck *res = tiny->check(QStringLiteral("source.resolution"));
    REQUIRE(res);
    CHECK_FALSE(res->passed);
    CHECK(res->message.contains(QString::number(qRound(res->measured))));
    // Blurred.
    cv::Mat blurred;
    cv::GaussianBlur(studioGrace(), blurred, cv::Size(0, 0), 4);
    auto soft = st.standardize(blurred);
    REQUIRE(soft.ok());
    CHECK_FALSE(soft->check(QStringLiteral("sharpness"))->passed);
    // Tilted beyond correction.
    cv::Mat tilted;
    const cv::Mat studio = studioGrace();
    cv::warpAffine(studio, tilted, cv::getRotationMatrix2D(cv::Point2f(studio.cols / 2.f, studio.rows / 2.f), 15, 1.0), studio.size(),
                   cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    auto tilt = st.standardize(tilted);
    REQUIRE(tilt.ok());
    CHECK_FALSE(tilt->check(QStringLiteral("pose.roll"))->passed);
    // Cut too tight around the head: the photo would need picture that is not there.
    const cv::Mat head = ow::test::faceImage("grace_hopper_512x512.jpg")(cv::Rect(130, 60, 260, 330)).clone();
    auto tight = st.standardize(head);
    REQUIRE(tight.ok());
    const PhotoCheck *framing = tight->check(QStringLiteral("framing"));
    REQUIRE(framing);
    CHECK_FALSE(framing->passed);
    CHECK(framing->measured > 2);
    // Dark.
    cv::Mat dark;
    studio.convertTo(dark, -1, 0.35, 0);
    auto under = st.standardize(dark);
    REQUIRE(under.ok());
    CHECK_FALSE(under->check(QStringLiteral("exposure"))->passed);
}

TEST_CASE("Photo specs by name")
{
    CHECK(PhotoSpec::fromId(QStringLiteral("id-card"))->width == 358);
    CHECK(PhotoSpec::fromId(QStringLiteral("exit-entry"))->height == 472);
    CHECK_FALSE(PhotoSpec::fromId(QStringLiteral("visa")).has_value());
    const PhotoSpec s = PhotoSpec::idCard();
    CHECK(s.faceWidthMin == 207 - 14);
    CHECK(s.faceWidthMax == 207 + 14);
    CHECK(s.dpi == 350);
}
