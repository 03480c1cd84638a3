// The simulated camera's scenarios, judged by the real face pipeline (the models installed by
// packaging/fetch-models.sh): each must give the officer the answer it is named after.

#include "TestSupport.h"

#include "devicekit/DeviceManager.h"
#include "devicekit/PluginRegistry.h"
#include "identity/FaceVerifier.h"
#include "identity/ImageConvert.h"
#include "identity/Liveness.h"

using namespace ow::devicekit;
using ow::identity::Verification;

namespace {

QList<QImage> framesOf(const QString &scenario, int count)
{
    QList<QImage> frames;  // outlives the manager, which may still report into it
    PluginRegistry registry(ow::test::pluginDir());
    registry.discover();
    DeviceManager manager(registry);
    QObject::connect(&manager, &DeviceManager::frameReady, [&](const QImage &f) { frames.append(f); });
    DeviceConfig c;
    c.kind = DeviceKind::Camera;
    c.pluginId = QStringLiteral("sim-camera");
    c.options = {{"scenario", scenario}, {"fps", 120}};
    manager.start({c});
    manager.startCamera();
    REQUIRE(ow::test::waitUntil([&] { return frames.size() >= count; }, 10000));
    manager.stopCamera();
    return frames.mid(0, count);
}

std::shared_ptr<ow::identity::FaceModels> models()
{
    const QString dir = QStringLiteral(OW_TEST_MODELS_DIR);
    if (ow::identity::FaceModels::locate(dir).isEmpty()) return nullptr;
    return ow::identity::FaceModels::shared(dir);
}

#define NEED_MODELS(m)                                                                                  \
    auto m = models();                                                                                  \
    if (!m) {                                                                                           \
        WARN("face models not installed (packaging/fetch-models.sh): skipped");                        \
        return;                                                                                         \
    }

} // namespace

TEST_CASE("Each simulated camera scenario gives the verdict it is named after")
{
    NEED_MODELS(m);
    ow::identity::FaceVerifier verifier(m);
    const QList<QPair<QString, Verification::Reason>> cases = {
        {"face", Verification::Reason::None},          {"no-face", Verification::Reason::NoFace},
        {"two-faces", Verification::Reason::SeveralFaces}, {"dark", Verification::Reason::TooDark},
        {"blurred", Verification::Reason::TooBlurred},
    };
    for (const auto &[scenario, expected] : cases) {
        CAPTURE(scenario);
        for (const QImage &frame : framesOf(scenario, 3)) {
            CHECK(frame.size() == QSize(640, 480));
            auto s = verifier.sample(ow::identity::matFromImage(frame));
            REQUIRE(s);
            CHECK(int(s.value().problem) == int(expected));
        }
    }
}

TEST_CASE("The simulated head turn passes the liveness challenge and the still face does not")
{
    NEED_MODELS(m);
    const auto *detector = m->detector().value();
    auto run = [&](const QString &scenario) {
        ow::identity::HeadTurnChallenge challenge;
        for (const QImage &f : framesOf(scenario, 70)) {
            auto faces = detector->detect(ow::identity::matFromImage(f), ow::identity::FaceDetector::Range::Near);
            REQUIRE(faces);
            challenge.addFrame(faces.value());
        }
        return challenge.state();
    };
    CHECK(run(QStringLiteral("head-turn")) == ow::identity::HeadTurnChallenge::State::Passed);
    CHECK(run(QStringLiteral("face")) == ow::identity::HeadTurnChallenge::State::WaitingTurn);
}

TEST_CASE("An unknown simulated camera scenario faults with its name")
{
    PluginRegistry registry(ow::test::pluginDir());
    registry.discover();
    DeviceManager manager(registry);
    DeviceConfig c;
    c.kind = DeviceKind::Camera;
    c.pluginId = QStringLiteral("sim-camera");
    c.options = {{"scenario", "juggling"}};
    manager.start({c});
    REQUIRE(ow::test::waitUntil([&] { return manager.health(DeviceKind::Camera).state == DeviceState::Faulted; }));
    CHECK(manager.health(DeviceKind::Camera).reason.contains(QStringLiteral("juggling")));
}
