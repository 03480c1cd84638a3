#include "TestSupport.h"

#include "FaceFixtures.h"
#include "identity/FaceVerifier.h"
#include "identity/ImageConvert.h"
#include "identity/Liveness.h"

#include <algorithm>

using namespace ow::identity;

#define REQUIRE_FACE_MODELS(models)                                                                              \
    auto models = ow::test::faceModels();                                                                        \
    if (!models) {                                                                                               \
        WARN("face models not installed in " << ow::test::faceModelsDir().toStdString()                          \
                                             << ": run packaging/dev.sh build (skipped)");                      \
        return;                                                                                                  \
    }

TEST_CASE("Without models every face function says models not installed")
{
    ow::test::TempDir tmp;
    CHECK(FaceModels::locate(tmp.path()).isEmpty());
    FaceModels none(tmp.path());
    REQUIRE_FALSE(none.detector().ok());
    CHECK(none.detector().error().code == QStringLiteral("face.models"));
    CHECK(none.detector().error().message.contains(QStringLiteral("packaging/dev.sh build")));
    const FaceVerifier verifier(std::make_shared<FaceModels>(tmp.path()));
    const cv::Mat img(126, 102, CV_8UC3, cv::Scalar(128, 128, 128));
    const Verification v = verifier.verify(img, img);
    CHECK(v.decision == Verification::Decision::CannotDecide);
    CHECK(v.reason == Verification::Reason::ModelsMissing);
}

TEST_CASE("QImage and cv::Mat convert both ways without changing pixels")
{
    QImage img(5, 3, QImage::Format_RGB888);
    img.fill(QColor(10, 20, 30));
    img.setPixelColor(4, 2, QColor(200, 100, 50));
    const cv::Mat m = matFromImage(img);
    REQUIRE(m.type() == CV_8UC3);
    CHECK(m.at<cv::Vec3b>(0, 0) == cv::Vec3b(30, 20, 10));  // BGR
    CHECK(m.at<cv::Vec3b>(2, 4) == cv::Vec3b(50, 100, 200));
    const QImage back = imageFromMat(m);
    CHECK(back.pixelColor(4, 2) == QColor(200, 100, 50));
    CHECK(back.size() == img.size());
}

TEST_CASE("The rebuilt descriptor network has the reference shapes")
{
    REQUIRE_FACE_MODELS(models);
    auto desc = models->descriptor();
    REQUIRE(desc.ok());
    auto shapes = desc.value()->stageShapes();
    REQUIRE(shapes.ok());
    const std::vector<std::vector<int>> expected = {{1, 32, 72, 72}, {1, 32, 35, 35}, {1, 64, 17, 17}, {1, 128, 8, 8},
                                                    {1, 256, 4, 4},  {1, 256, 2, 2},  {1, 128}};
    CHECK(shapes.value() == expected);
    // Loaded once: the same objects for every caller.
    CHECK(models->descriptor().value() == desc.value());
    CHECK(FaceModels::shared(ow::test::faceModelsDir()).get() == models.get());
}

TEST_CASE("BlazeFace finds the faces of the test images and none in a landscape")
{
    REQUIRE_FACE_MODELS(models);
    const FaceDetector *det = models->detector().value();
    auto grace = det->detect(ow::test::faceImage("grace_hopper_512x512.jpg"));
    REQUIRE(grace.ok());
    REQUIRE(grace->size() == 1);
    const Face &g = grace->first();
    // Her face is in the middle of the 512 x 512 portrait, eyes level, looking at the camera.
    CHECK(g.box.x > 130);
    CHECK(g.box.x + g.box.width < 400);
    CHECK(std::abs(g.rollDegrees()) < 5);
    CHECK(std::abs(g.noseOffset()) < 0.1);
    CHECK(g.keypoints[Face::NoseTip].y > g.eyeCentre().y);
    CHECK(g.keypoints[Face::Mouth].y > g.keypoints[Face::NoseTip].y);
    auto land = det->detect(ow::test::faceImage("no_face_landscape.jpg"));
    REQUIRE(land.ok());
    CHECK(land->isEmpty());
    int total = 0;
    for (const char *s : {"sample1.jpg", "sample2.jpg", "sample3.jpg", "sample4.jpg", "sample5.jpg", "sample6.jpg"}) {
        auto faces = det->detect(ow::test::faceImage(QString::fromLatin1(s)));
        REQUIRE(faces.ok());
        total += int(faces->size());
    }
    CHECK(total == 22);  // the samples' 22 faces, no more, no less
    // A chip-sized photo (the face fills it) is found too.
    cv::Mat chip;
    cv::resize(ow::test::faceImage("grace_hopper_512x512.jpg")(cv::Rect(120, 60, 300, 370)), chip, cv::Size(102, 126), 0, 0, cv::INTER_AREA);
    auto small = det->detect(chip);
    REQUIRE(small.ok());
    CHECK(small->size() == 1);
}

TEST_CASE("Genuine synthetic pairs match and different people do not at the shipped threshold")
{
    REQUIRE_FACE_MODELS(models);
    const FaceVerifier verifier(models);
    const double threshold = verifier.settings().maxDistance;
    const auto people = ow::test::people(*models->detector().value());
    REQUIRE(people.size() == 23);
    std::vector<FaceSample> originals;
    for (const auto &p : people) {
        auto s = verifier.sample(p.crop);
        REQUIRE(s.ok());
        INFO(p.name.toStdString());
        REQUIRE(s->problem == Verification::Reason::None);
        originals.push_back(s.value());
    }
    int genuine = 0, rejected = 0, undecided = 0;
    double worst = 0;
    for (size_t i = 0; i < people.size(); ++i) {
        for (const auto &v : ow::test::genuineVariants(people[i].crop)) {
            auto s = verifier.sample(v.image);
            REQUIRE(s.ok());
            if (s->problem != Verification::Reason::None) {
                ++undecided;
                continue;
            }
            const Verification r = verifier.compare(originals[i], s.value());
            ++genuine;
            worst = std::max(worst, r.distance);
            if (r.decision != Verification::Decision::Match) {
                ++rejected;
                UNSCOPED_INFO("rejected " << people[i].name.toStdString() << " " << v.name << " distance " << r.distance);
            }
        }
    }
    // The set is synthetic: every edit must keep the person (FRR 0 on it), and few edits may make
    // a picture unjudgeable.
    CHECK(genuine >= int(people.size()) * 9);
    CHECK(undecided <= int(people.size()));
    CHECK(rejected == 0);
    CHECK(worst < threshold);
    int accepted = 0, realPairs = 0;
    double closest = 10;
    for (size_t i = 0; i < originals.size(); ++i)
        for (size_t j = i + 1; j < originals.size(); ++j) {
            const Verification r = verifier.compare(originals[i], originals[j]);
            if (ow::test::samePerson(people[i].name, people[j].name)) {
                // The one real pair of two different photographs of one person.
                ++realPairs;
                CHECK(r.decision == Verification::Decision::Match);
                continue;
            }
            closest = std::min(closest, r.distance);
            if (r.decision == Verification::Decision::Match) ++accepted;
        }
    CHECK(realPairs == 1);
    CHECK(accepted == 0);
    CHECK(closest > threshold + 0.05);  // a margin, not a coin toss
}

TEST_CASE("Verification cannot decide on a picture without a face or with two faces or too dark")
{
    REQUIRE_FACE_MODELS(models);
    const FaceVerifier verifier(models);
    const cv::Mat grace = ow::test::faceImage("grace_hopper_512x512.jpg");
    Verification v = verifier.verify(grace, ow::test::faceImage("no_face_landscape.jpg"));
    CHECK(v.decision == Verification::Decision::CannotDecide);
    CHECK(v.reason == Verification::Reason::NoFace);
    CHECK(v.picture == 2);
    v = verifier.verify(ow::test::faceImage("sample1.jpg"), grace);
    CHECK(v.reason == Verification::Reason::SeveralFaces);
    CHECK(v.picture == 1);
    cv::Mat dark;
    grace.convertTo(dark, -1, 0.2, 0);
    v = verifier.verify(grace, dark);
    CHECK(v.reason == Verification::Reason::TooDark);
    cv::Mat blurred;
    cv::GaussianBlur(grace, blurred, cv::Size(0, 0), 7);  // still found, but too soft to judge
    v = verifier.verify(blurred, grace);
    CHECK(v.decision == Verification::Decision::CannotDecide);
    CHECK(v.reason == Verification::Reason::TooBlurred);
    cv::Mat tiny;
    cv::resize(grace, tiny, cv::Size(90, 90), 0, 0, cv::INTER_AREA);
    v = verifier.verify(grace, tiny);
    CHECK(v.reason == Verification::Reason::FaceTooSmall);
    CHECK(v.message.contains(QStringLiteral("40")));
    // Through QImage, as the GUI calls it.
    v = verifier.verify(imageFromMat(grace), imageFromMat(grace));
    CHECK(v.decision == Verification::Decision::Match);
    CHECK(v.score == Approx(1.0));
    CHECK(v.threshold == Approx(1.0 - verifier.settings().maxDistance));
}

namespace {

Face syntheticFace(float noseOffset, float x = 200)
{
    Face f;
    f.box = cv::Rect2f(x, 100, 100, 100);
    f.score = 0.9f;
    f.keypoints[Face::RightEye] = {x + 30, 130};
    f.keypoints[Face::LeftEye] = {x + 70, 130};
    f.keypoints[Face::NoseTip] = {x + 50 + noseOffset * 40, 150};
    f.keypoints[Face::Mouth] = {x + 50, 170};
    f.keypoints[Face::RightEar] = {x + 5, 140};
    f.keypoints[Face::LeftEar] = {x + 95, 140};
    return f;
}

} // namespace

TEST_CASE("The head-turn challenge passes a turn and back and fails a still face or a jump")
{
    HeadTurnChallenge c;
    using S = HeadTurnChallenge::State;
    CHECK(c.addFrame({syntheticFace(0.3f)}) == S::WaitingFrontal);  // turned before looking
    CHECK(c.addFrame({syntheticFace(0.0f)}) == S::WaitingTurn);
    CHECK(c.addFrame({syntheticFace(0.1f)}) == S::WaitingTurn);
    CHECK(c.addFrame({syntheticFace(-0.3f)}) == S::WaitingReturn);
    CHECK(c.addFrame({syntheticFace(0.02f)}) == S::Passed);
    CHECK(c.largestTurn() == Approx(0.3).epsilon(0.01));

    // A photo held still never turns.
    HeadTurnChallenge still(LivenessSettings{0.08, 0.22, 30, 15});
    for (int i = 0; i < 40; ++i) still.addFrame({syntheticFace(0.0f)});
    CHECK(still.state() == S::Failed);
    CHECK_FALSE(still.failureReason().isEmpty());

    // Another face swapped in mid-challenge.
    HeadTurnChallenge jump;
    jump.addFrame({syntheticFace(0.0f, 200)});
    CHECK(jump.addFrame({syntheticFace(0.0f, 600)}) == S::Failed);

    // Two faces for longer than the tolerance.
    HeadTurnChallenge two;
    two.addFrame({syntheticFace(0.0f)});
    for (int i = 0; i < 20; ++i) two.addFrame({syntheticFace(0.0f), syntheticFace(0.0f, 500)});
    CHECK(two.state() == S::Failed);
}

TEST_CASE("A printed photo swung in front of the camera does not pass the head-turn challenge")
{
    REQUIRE_FACE_MODELS(models);
    const FaceDetector *det = models->detector().value();
    const cv::Mat grace = ow::test::faceImage("grace_hopper_512x512.jpg");
    // The photo turned about its vertical axis, away and back: its right edge recedes (shorter,
    // nearer the middle), as a camera sees a card being swung.
    HeadTurnChallenge c;
    for (double t : {0.0, 0.15, 0.3, 0.45, 0.6, 0.45, 0.3, 0.15, 0.0, 0.15, 0.3, 0.45, 0.6, 0.3, 0.0}) {
        const float side = 512.f, w = side * float(1 - t * 0.5), dy = side * float(t * 0.25);
        const std::vector<cv::Point2f> from = {{0, 0}, {side, 0}, {side, side}, {0, side}};
        const std::vector<cv::Point2f> to = {{0, 0}, {w, dy}, {w, side - dy}, {0, side}};
        cv::Mat frame;
        cv::warpPerspective(grace, frame, cv::getPerspectiveTransform(from, to), grace.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        auto faces = det->detect(frame);
        REQUIRE(faces.ok());
        REQUIRE(faces->size() == 1);
        CHECK(c.addFrame(faces.value()) != HeadTurnChallenge::State::Passed);
    }
    CHECK(c.state() == HeadTurnChallenge::State::WaitingTurn);  // looked frontal, never turned
    CHECK(c.largestTurn() < LivenessSettings().turnMin);
}
