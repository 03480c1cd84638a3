#include "TestSupport.h"

#include "core/Profile.h"
#include "devicekit/DeviceManager.h"
#include "devicekit/DeviceSettings.h"
#include "devicekit/PluginRegistry.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace ow::devicekit;

namespace {

struct CameraRig {
    PluginRegistry registry{ow::test::pluginDir()};
    DeviceManager manager{registry};
    QList<QImage> frames;
    QList<ow::core::Error> errors;

    explicit CameraRig(const QVariantMap &options)
    {
        registry.discover();
        QObject::connect(&manager, &DeviceManager::frameReady, [this](const QImage &f) { frames.append(f); });
        QObject::connect(&manager, &DeviceManager::cameraFailed, [this](const ow::core::Error &e) { errors.append(e); });
        DeviceConfig c;
        c.kind = DeviceKind::Camera;
        c.pluginId = QStringLiteral("sim-camera");
        c.options = options;
        manager.start({c});
    }
};

} // namespace

TEST_CASE("The simulated camera loops its built-in frames and stops when told")
{
    CameraRig rig({{"fps", 50}});
    rig.manager.startCamera();  // asked before it is ready: starts once it is
    REQUIRE(ow::test::waitUntil([&] { return rig.frames.size() >= 10; }, 3000));
    CHECK(rig.frames.first().size() == QSize(640, 480));
    rig.manager.stopCamera();
    ow::test::waitUntil([] { return false; }, 100);
    const auto seen = rig.frames.size();
    ow::test::waitUntil([] { return false; }, 200);
    CHECK(rig.frames.size() == seen);
}

TEST_CASE("The simulated camera plays a video file through OpenCV and loops it")
{
    ow::test::TempDir tmp;
    const std::string path = tmp.file("clip.avi").toStdString();
    {
        cv::VideoWriter w(path, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 25, cv::Size(320, 240));
        REQUIRE(w.isOpened());
        for (int i = 0; i < 5; ++i) {
            cv::Mat m(240, 320, CV_8UC3, cv::Scalar(0, 0, 0));
            cv::rectangle(m, cv::Rect(10 + i * 40, 100, 40, 40), cv::Scalar(0, 0, 255), cv::FILLED);  // red in BGR
            w.write(m);
        }
    }
    CameraRig rig({{"source", QString::fromStdString(path)}, {"fps", 60}});
    rig.manager.startCamera();
    REQUIRE(ow::test::waitUntil([&] { return rig.frames.size() >= 12; }, 3000));  // more than the clip: it looped
    const QImage f = rig.frames.first();
    CHECK(f.size() == QSize(320, 240));
    const QColor c = f.pixelColor(30, 120);  // inside the first square: red once converted to RGB
    CHECK(c.red() > 150);
    CHECK(c.blue() < 100);
}

TEST_CASE("A camera source that does not exist faults with the path")
{
    CameraRig rig({{"source", "/nonexistent/clip.avi"}});
    REQUIRE(ow::test::waitUntil([&] { return rig.manager.health(DeviceKind::Camera).state == DeviceState::Faulted; }));
    CHECK(rig.manager.health(DeviceKind::Camera).reason.contains(QStringLiteral("/nonexistent/clip.avi")));
}

TEST_CASE("Device settings are read per profile, with options and timing")
{
    ow::test::TempDir tmp;
    ow::core::Profile p(ow::core::ProfileKind::Practice, tmp.path());
    REQUIRE(p.ensureDataDir().ok());
    {
        ow::core::ProfileSettings s(p);
        s.setValue("devices/IdCardReader/readDelayMs", 5);
        s.setValue("devices/Camera/plugin", "");  // switched off
        s.setValue("devices/Teleporter/plugin", "x");
        s.setValue("devices/timing/operationTimeoutMs", 1234);
        REQUIRE(s.sync().ok());
    }
    ow::core::ProfileSettings s(p);
    const auto ds = DeviceSettings::read(s);
    REQUIRE(ds.config(DeviceKind::IdCardReader));
    CHECK(ds.config(DeviceKind::IdCardReader)->pluginId == QStringLiteral("sim-idreader"));
    CHECK(ds.config(DeviceKind::IdCardReader)->intOption("readDelayMs", 0) == 5);
    CHECK(ds.config(DeviceKind::IdCardReader)->option("scenario") == QStringLiteral("cycle"));
    CHECK(ds.config(DeviceKind::Camera) == nullptr);
    REQUIRE(ds.config(DeviceKind::Printer));
    CHECK(ds.config(DeviceKind::Printer)->option("outputDir") == p.dataDir() + QStringLiteral("/printed"));
    // Reader, printer, caller display and signature pad: the camera is off, the teleporter unknown.
    CHECK(ds.devices.size() == 4);
    REQUIRE(ds.config(DeviceKind::SignaturePad));
    CHECK(ds.config(DeviceKind::SignaturePad)->pluginId == QStringLiteral("sim-peripherals"));
    CHECK(ds.timing.operationTimeoutMs == 1234);
    CHECK(ds.timing.openTimeoutMs == DeviceManager::Timing{}.openTimeoutMs);
}
