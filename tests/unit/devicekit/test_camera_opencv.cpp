// The OpenCV camera driver against sources made here: an MJPG AVI written with cv::VideoWriter,
// an image sequence, a missing file, a file that ends, and a FIFO nobody writes to (opening it
// blocks inside OpenCV, as a GStreamer pipeline naming a missing element can: the open timeout
// must turn the camera Faulted instead of hanging its thread).

#include "TestSupport.h"

#include "devicekit/DeviceManager.h"
#include "devicekit/PluginRegistry.h"

#include <QElapsedTimer>
#include <QFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ow::devicekit;

namespace {

// A clip whose frame i shows a red square at x = 10 + 40 i on black.
void writeClip(const std::string &path, int frames, double fps = 20)
{
    cv::VideoWriter w(path, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), fps, cv::Size(320, 240));
    REQUIRE(w.isOpened());
    for (int i = 0; i < frames; ++i) {
        cv::Mat m(240, 320, CV_8UC3, cv::Scalar(0, 0, 0));
        cv::rectangle(m, cv::Rect(10 + i * 40, 100, 40, 40), cv::Scalar(0, 0, 255), cv::FILLED);
        w.write(m);
    }
}

struct Rig {
    // Before the manager: its destructor still reports a wanted camera as failed into them.
    QList<QImage> frames;
    QList<ow::core::Error> errors;
    PluginRegistry registry{ow::test::pluginDir()};
    DeviceManager manager{registry};

    explicit Rig(const QVariantMap &options)
    {
        registry.discover();
        QObject::connect(&manager, &DeviceManager::frameReady, [this](const QImage &f) { frames.append(f); });
        QObject::connect(&manager, &DeviceManager::cameraFailed, [this](const ow::core::Error &e) { errors.append(e); });
        DeviceConfig c;
        c.kind = DeviceKind::Camera;
        c.pluginId = QStringLiteral("camera-opencv");
        c.options = options;
        manager.start({c});
    }
    DeviceHealth health() const { return manager.health(DeviceKind::Camera); }
};

std::unique_ptr<Camera> directCamera(PluginRegistry &registry)
{
    registry.discover();
    auto d = registry.create(QStringLiteral("camera-opencv"), DeviceKind::Camera);
    REQUIRE(d);
    auto *cam = qobject_cast<Camera *>(d.value());
    REQUIRE(cam);
    return std::unique_ptr<Camera>(cam);
}

} // namespace

TEST_CASE("The OpenCV camera is a real driver found by the registry")
{
    PluginRegistry registry(ow::test::pluginDir());
    registry.discover();
    const auto *p = registry.find(QStringLiteral("camera-opencv"));
    REQUIRE(p);
    CHECK_FALSE(p->simulator);
}

TEST_CASE("The OpenCV camera plays a video file at its own pace and reports its size and rate")
{
    ow::test::TempDir tmp;
    const QString path = tmp.file("clip.avi");
    writeClip(path.toStdString(), 5, 20);

    PluginRegistry registry(ow::test::pluginDir());
    auto cam = directCamera(registry);
    DeviceConfig c;
    c.kind = DeviceKind::Camera;
    c.options = {{"source", path}};
    REQUIRE(cam->open(c));
    CHECK(cam->capabilities().resolutions == QList<QSize>{QSize(320, 240)});
    CHECK(std::abs(cam->capabilities().maxFps - 20) < 0.01);
    cam->close();

    Rig rig({{"source", path}, {"fps", 100}});
    rig.manager.startCamera();
    REQUIRE(ow::test::waitUntil([&] { return rig.frames.size() >= 12; }, 5000));  // more than the clip: it looped
    const QImage f = rig.frames.first();
    CHECK(f.size() == QSize(320, 240));
    CHECK(f.pixelColor(30, 120).red() > 150);  // the first frame's square, red once in RGB
    CHECK(f.pixelColor(30, 120).blue() < 100);
    CHECK(f.pixelColor(70, 120).red() < 60);   // not yet the second frame's square
    CHECK(rig.frames.at(1).pixelColor(70, 120).red() > 150);
    rig.manager.stopCamera();
    ow::test::waitUntil([] { return false; }, 150);
    const auto seen = rig.frames.size();
    ow::test::waitUntil([] { return false; }, 250);
    CHECK(rig.frames.size() == seen);
    CHECK(rig.health().state == DeviceState::Ready);
}

TEST_CASE("The OpenCV camera paces a file: 20 fps gives about 20 frames a second")
{
    ow::test::TempDir tmp;
    const QString path = tmp.file("clip.avi");
    writeClip(path.toStdString(), 5, 20);
    Rig rig({{"source", path}});
    REQUIRE(ow::test::waitUntil([&] { return rig.health().state == DeviceState::Ready; }, 5000));
    QElapsedTimer t;
    t.start();
    rig.manager.startCamera();
    ow::test::waitUntil([] { return false; }, 1000);
    const double rate = rig.frames.size() * 1000.0 / double(t.elapsed());
    CHECK(rate > 12);
    CHECK(rate < 28);
}

TEST_CASE("The OpenCV camera reads an image sequence")
{
    ow::test::TempDir tmp;
    for (int i = 0; i < 3; ++i) {
        cv::Mat m(120, 160, CV_8UC3, cv::Scalar(i == 1 ? 255 : 0, i == 2 ? 255 : 0, i == 0 ? 255 : 0));
        REQUIRE(cv::imwrite(tmp.file(QStringLiteral("frame_%1.png").arg(i, 3, 10, QLatin1Char('0'))).toStdString(), m));
    }
    Rig rig({{"source", tmp.file("frame_%03d.png")}, {"fps", 60}});
    rig.manager.startCamera();
    REQUIRE(ow::test::waitUntil([&] { return rig.frames.size() >= 6; }, 5000));
    CHECK(rig.frames.at(0).size() == QSize(160, 120));
    CHECK(rig.frames.at(0).pixelColor(5, 5) == QColor(255, 0, 0));  // BGR (0,0,255) = red
    CHECK(rig.frames.at(1).pixelColor(5, 5) == QColor(0, 0, 255));
    CHECK(rig.frames.at(2).pixelColor(5, 5) == QColor(0, 255, 0));
    CHECK(rig.frames.at(3).pixelColor(5, 5) == QColor(255, 0, 0));  // looped
}

TEST_CASE("The OpenCV camera faults with a reason for a missing file and at the end of a clip without loop")
{
    Rig missing({{"source", "/nonexistent/camera.avi"}});
    REQUIRE(ow::test::waitUntil([&] { return missing.health().state == DeviceState::Faulted; }));
    CHECK(missing.health().reason.contains(QStringLiteral("/nonexistent/camera.avi")));

    ow::test::TempDir tmp;
    const QString path = tmp.file("short.avi");
    writeClip(path.toStdString(), 3);
    Rig once({{"source", path}, {"loop", false}, {"fps", 60}});
    once.manager.startCamera();
    REQUIRE(ow::test::waitUntil([&] { return once.health().state == DeviceState::Faulted; }, 5000));
    CHECK(once.frames.size() == 3);
    CHECK_FALSE(once.health().reason.isEmpty());
}

TEST_CASE("An OpenCV source that never opens times out instead of hanging the device thread")
{
    ow::test::TempDir tmp;
    const QByteArray fifo = tmp.file("camera.fifo").toLocal8Bit();
    REQUIRE(::mkfifo(fifo.constData(), 0600) == 0);

    PluginRegistry registry(ow::test::pluginDir());
    auto cam = directCamera(registry);
    DeviceConfig c;
    c.kind = DeviceKind::Camera;
    c.options = {{"source", QString::fromLocal8Bit(fifo)}, {"openTimeoutMs", 400}};
    QElapsedTimer t;
    t.start();
    const auto st = cam->open(c);
    const qint64 ms = t.elapsed();
    REQUIRE_FALSE(st);
    CHECK(st.error().code == QStringLiteral("camera.open_timeout"));
    CHECK(st.error().message.contains(QStringLiteral("0.4")));
    CHECK(ms >= 380);
    CHECK(ms < 2000);
    // Let the abandoned open finish: a writer appears and leaves, OpenCV reads an empty stream.
    const int fd = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK);
    if (fd >= 0) ::close(fd);
}

TEST_CASE("A GStreamer pipeline that cannot be built faults with the pipeline named")
{
    // No GStreamer plugins are installed here beyond the core: the element is missing either way.
    const QString pipeline = QStringLiteral("ow-no-such-element ! videoconvert ! appsink");
    Rig rig({{"source", pipeline}, {"openTimeoutMs", 2000}});
    REQUIRE(ow::test::waitUntil([&] { return rig.health().state == DeviceState::Faulted; }, 6000));
    CHECK(rig.health().reason.contains(pipeline));
}
