#pragma once
// A camera that loops still images from a folder, or a video file / image sequence through
// cv::VideoCapture, at a set frame rate. Options:
//   scenario what the camera shows when no source is given, made at open() from a bundled
//            portrait (frames/portrait.jpg: Grace Hopper, 1984, US Navy photograph, public domain,
//            as Debian's facedetect package ships it, scaled into 640 x 480):
//              face       one citizen looking at the camera, moving a little (the default)
//              no-face    the empty counter: nobody in front of the camera
//              two-faces  two people side by side
//              dark       the portrait in very poor light (a face found, too dark to judge)
//              blurred    the portrait out of focus (a face found, too blurred to judge)
//              head-turn  looks at the camera, turns the head to one side, looks back, again
//                         and again (for the liveness challenge; see makeHeadTurn)
//              drawn      the drawn cartoon frames of the first releases
//   source   folder of images, a video file, or an image sequence pattern such as
//            /x/frame_%03d.jpg (replaces the scenario)
//   fps      frames per second (default 15)

#include "devicekit/Device.h"

#include <QList>

#include <memory>

class QTimer;

namespace cv {
class VideoCapture;
}

namespace ow::devices {

class SimCamera final : public devicekit::Camera {
    Q_OBJECT
public:
    SimCamera();
    ~SimCamera() override;

    QList<devicekit::DeviceInfo> scan() override;
    core::Status open(const devicekit::DeviceConfig &config) override;
    void close() override;
    [[nodiscard]] devicekit::CameraCapabilities capabilities() const override;
    void startCapture() override;
    void stopCapture() override;

private:
    void nextFrame();
    core::Status loadScenario(const QString &scenario);

    QList<QImage> m_stills;
    std::unique_ptr<cv::VideoCapture> m_video;
    QTimer *m_timer = nullptr;
    int m_index = 0;
    double m_fps = 15;
    QSize m_size;
};

// The frames of a scenario (see above), RGB888; empty for an unknown name.
QList<QImage> simCameraScenario(const QString &scenario);

class SimCameraPlugin final : public QObject, public devicekit::DevicePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OW_DEVICE_PLUGIN_IID FILE "sim-camera.json")
    Q_INTERFACES(ow::devicekit::DevicePlugin)
public:
    devicekit::Device *create(devicekit::DeviceKind kind) override;
};

} // namespace ow::devices
