#pragma once
// A real camera through cv::VideoCapture: a V4L2 device, a video file, an image sequence or a
// GStreamer pipeline. Options:
//   source         "0" (a V4L2 index), "/dev/video0", a video file, an image sequence such as
//                  /x/frame_%03d.jpg, or a GStreamer pipeline (any text with " ! ", ending in
//                  appsink); default "0"
//   width, height  the size asked of a camera (default 640 x 480; files keep their own)
//   fps            the rate asked of a camera; for files and sequences the playback pace
//                  (default: the file's own rate, else 25)
//   loop           files and sequences start again at their end (default true)
//   openTimeoutMs  how long opening may take (default 5000): a pipeline naming a missing element,
//                  a FIFO without a writer or a wedged driver can block VideoCapture::open for
//                  ever, so it runs on a helper thread and the camera turns Faulted when it does
//                  not answer in time (the helper is abandoned and ends whenever OpenCV returns)
//   frameTimeoutMs a capturing camera that delivers no frame for this long turns Faulted
//                  (default 3000)
// Frames are read on a capture thread of their own and emitted as RGB888 images; the device
// thread stays free for the manager's calls.

#include "devicekit/Device.h"

#include <QSize>

#include <atomic>
#include <memory>
#include <thread>

class QTimer;

namespace ow::devices {

class OpenCvCamera final : public devicekit::Camera {
    Q_OBJECT
public:
    OpenCvCamera();
    ~OpenCvCamera() override;

    QList<devicekit::DeviceInfo> scan() override;
    core::Status open(const devicekit::DeviceConfig &config) override;
    void close() override;
    [[nodiscard]] devicekit::CameraCapabilities capabilities() const override;
    void startCapture() override;
    void stopCapture() override;

    // What kind of source an option value names (exposed for the tests).
    enum class SourceKind { Index, Device, Pipeline, Sequence, File };
    static SourceKind sourceKind(const QString &source);

    struct Shared;  // state shared with the helper threads (they may outlive this object)

private:
    void stopThread();
    void checkFrames();

    std::shared_ptr<Shared> m_shared;
    std::thread m_capture;
    QTimer *m_watch = nullptr;
    QString m_source;
    QSize m_size;
    double m_fps = 0;
    int m_frameTimeoutMs = 3000;
};

class OpenCvCameraPlugin final : public QObject, public devicekit::DevicePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OW_DEVICE_PLUGIN_IID FILE "camera-opencv.json")
    Q_INTERFACES(ow::devicekit::DevicePlugin)
public:
    devicekit::Device *create(devicekit::DeviceKind kind) override;
};

} // namespace ow::devices
