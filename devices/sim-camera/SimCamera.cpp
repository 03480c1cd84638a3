#include "SimCamera.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QLoggingCategory>
#include <QTimer>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

Q_LOGGING_CATEGORY(lcSimCamera, "ow.devices.camera.sim")

namespace ow::devices {
namespace {

const QString kBuiltInFrames = QStringLiteral(":/onewindow/sim/camera");

} // namespace

SimCamera::SimCamera() = default;
SimCamera::~SimCamera() = default;

QList<devicekit::DeviceInfo> SimCamera::scan()
{
    devicekit::DeviceInfo info;
    info.pluginId = QStringLiteral("sim-camera");
    info.kind = devicekit::DeviceKind::Camera;
    info.id = kBuiltInFrames;
    info.name = tr("Simulated camera");
    info.simulated = true;
    info.detail = tr("loops built-in frames");
    return {info};
}

core::Status SimCamera::open(const devicekit::DeviceConfig &config)
{
    const QString source = config.option(QStringLiteral("source"), kBuiltInFrames);
    m_fps = std::clamp(config.options.value(QStringLiteral("fps"), 15).toDouble(), 0.5, 120.0);
    m_stills.clear();
    m_video.reset();
    m_index = 0;

    if (QFileInfo(source).isDir()) {
        const QStringList names = QDir(source).entryList(
            {"*.jpg", "*.jpeg", "*.png", "*.bmp"}, QDir::Files, QDir::Name);
        for (const QString &n : names) {
            QImage img = QImageReader(QDir(source).filePath(n)).read();
            if (!img.isNull()) m_stills.append(img.convertToFormat(QImage::Format_RGB888));
        }
        if (m_stills.isEmpty())
            return core::makeError(QStringLiteral("camera.sim.nosource"),
                                   tr("The simulated camera found no images in %1.").arg(QDir::toNativeSeparators(source)));
        m_size = m_stills.first().size();
    } else {
        // OpenCV throws on some malformed inputs; nothing may escape the plugin.
        try {
            m_video = std::make_unique<cv::VideoCapture>(source.toStdString(), cv::CAP_ANY);
        } catch (const cv::Exception &e) {
            qCWarning(lcSimCamera) << "VideoCapture threw:" << e.what();
            m_video.reset();
        }
        if (!m_video || !m_video->isOpened())
            return core::makeError(QStringLiteral("camera.sim.nosource"),
                                   tr("The simulated camera cannot open the video %1.").arg(QDir::toNativeSeparators(source)));
        m_size = QSize(int(m_video->get(cv::CAP_PROP_FRAME_WIDTH)), int(m_video->get(cv::CAP_PROP_FRAME_HEIGHT)));
    }
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &SimCamera::nextFrame);
    }
    m_timer->setInterval(int(1000.0 / m_fps));
    setState(devicekit::DeviceState::Ready);
    return {};
}

void SimCamera::close()
{
    if (m_timer) m_timer->stop();
    m_video.reset();
    m_stills.clear();
}

devicekit::CameraCapabilities SimCamera::capabilities() const
{
    devicekit::CameraCapabilities c;
    if (m_size.isValid()) c.resolutions = {m_size};
    c.maxFps = m_fps;
    return c;
}

void SimCamera::startCapture()
{
    if (m_timer && !m_timer->isActive()) m_timer->start();
}

void SimCamera::stopCapture()
{
    if (m_timer) m_timer->stop();
}

void SimCamera::nextFrame()
{
    if (!m_stills.isEmpty()) {
        emit frameReady(m_stills.at(m_index++ % m_stills.size()));
        return;
    }
    if (!m_video) return;
    cv::Mat bgr;
    try {
        if (!m_video->read(bgr) || bgr.empty()) {
            m_video->set(cv::CAP_PROP_POS_FRAMES, 0);  // loop
            if (!m_video->read(bgr) || bgr.empty()) {
                m_timer->stop();
                setState(devicekit::DeviceState::Faulted, tr("The simulated camera's video has no readable frames."));
                return;
            }
        }
        cv::Mat rgb;
        if (bgr.channels() == 1) cv::cvtColor(bgr, rgb, cv::COLOR_GRAY2RGB);
        else if (bgr.channels() == 4) cv::cvtColor(bgr, rgb, cv::COLOR_BGRA2RGB);
        else cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
        emit frameReady(QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy());
    } catch (const cv::Exception &e) {
        // Nothing from OpenCV may escape into the event loop.
        m_timer->stop();
        setState(devicekit::DeviceState::Faulted, tr("The simulated camera's video cannot be decoded."));
        qCWarning(lcSimCamera) << "decode failed:" << e.what();
    }
}

devicekit::Device *SimCameraPlugin::create(devicekit::DeviceKind kind)
{
    return kind == devicekit::DeviceKind::Camera ? new SimCamera : nullptr;
}

} // namespace ow::devices
