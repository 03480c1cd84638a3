#pragma once
// A camera that loops still images from a folder, or a video file / image sequence through
// cv::VideoCapture, at a set frame rate. Options:
//   source   folder of images (default: frames built into the plugin), a video file,
//            or an image sequence pattern such as /x/frame_%03d.jpg
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

    QList<QImage> m_stills;
    std::unique_ptr<cv::VideoCapture> m_video;
    QTimer *m_timer = nullptr;
    int m_index = 0;
    double m_fps = 15;
    QSize m_size;
};

class SimCameraPlugin final : public QObject, public devicekit::DevicePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OW_DEVICE_PLUGIN_IID FILE "sim-camera.json")
    Q_INTERFACES(ow::devicekit::DevicePlugin)
public:
    devicekit::Device *create(devicekit::DeviceKind kind) override;
};

} // namespace ow::devices
