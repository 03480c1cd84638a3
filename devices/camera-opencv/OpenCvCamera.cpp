#include "OpenCvCamera.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <chrono>
#include <condition_variable>
#include <mutex>

Q_LOGGING_CATEGORY(lcOpenCvCamera, "ow.devices.camera.opencv")

namespace ow::devices {

using Clock = std::chrono::steady_clock;

struct OpenCvCamera::Shared {
    std::mutex mutex;
    std::condition_variable finished;
    OpenCvCamera *owner = nullptr;  // null once the capture thread is abandoned
    std::unique_ptr<cv::VideoCapture> capture;
    std::atomic<bool> running{false};
    std::atomic<bool> threadDone{true};
    std::atomic<qint64> lastFrameMs{0};
    bool rewindable = false;  // a file or sequence: loops by seeking to frame 0
    bool loop = true;
    double paceFps = 0;       // files and sequences are played at this rate; 0: as fast as they come
};

namespace {

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now().time_since_epoch()).count();
}

// One open attempt, on a helper thread that may outlive the device (see openTimeoutMs).
struct OpenJob {
    std::mutex mutex;
    bool done = false;
    std::unique_ptr<cv::VideoCapture> capture;
    std::string error;
};

QImage toRgbImage(const cv::Mat &frame)
{
    cv::Mat rgb;
    if (frame.channels() == 1) cv::cvtColor(frame, rgb, cv::COLOR_GRAY2RGB);
    else if (frame.channels() == 4) cv::cvtColor(frame, rgb, cv::COLOR_BGRA2RGB);
    else cv::cvtColor(frame, rgb, cv::COLOR_BGR2RGB);
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

} // namespace

OpenCvCamera::OpenCvCamera() = default;

OpenCvCamera::~OpenCvCamera() { stopThread(); }

OpenCvCamera::SourceKind OpenCvCamera::sourceKind(const QString &source)
{
    static const QRegularExpression index(QStringLiteral("^\\d{1,3}$"));
    if (index.match(source.trimmed()).hasMatch()) return SourceKind::Index;
    if (source.contains(QStringLiteral(" ! "))) return SourceKind::Pipeline;
    if (source.startsWith(QStringLiteral("/dev/video"))) return SourceKind::Device;
    static const QRegularExpression pattern(QStringLiteral("%0?\\d*d"));
    if (pattern.match(QFileInfo(source).fileName()).hasMatch()) return SourceKind::Sequence;
    return SourceKind::File;
}

QList<devicekit::DeviceInfo> OpenCvCamera::scan()
{
    // V4L2 capture devices as the kernel lists them; no device is opened to find them.
    QList<devicekit::DeviceInfo> out;
    const QStringList nodes = QDir(QStringLiteral("/dev")).entryList({QStringLiteral("video*")}, QDir::System, QDir::Name);
    for (const QString &n : nodes) {
        devicekit::DeviceInfo info;
        info.pluginId = QStringLiteral("camera-opencv");
        info.kind = devicekit::DeviceKind::Camera;
        info.id = n.mid(5);  // the index
        QFile nameFile(QStringLiteral("/sys/class/video4linux/%1/name").arg(n));
        info.name = nameFile.open(QIODevice::ReadOnly) ? QString::fromUtf8(nameFile.readAll()).trimmed() : tr("Camera %1").arg(info.id);
        info.detail = QStringLiteral("/dev/") + n;
        out.append(info);
    }
    return out;
}

core::Status OpenCvCamera::open(const devicekit::DeviceConfig &config)
{
    stopThread();
    m_shared.reset();
    m_source = config.option(QStringLiteral("source"), QStringLiteral("0")).trimmed();
    const SourceKind kind = sourceKind(m_source);
    const int width = config.intOption(QStringLiteral("width"), 640);
    const int height = config.intOption(QStringLiteral("height"), 480);
    const double askedFps = config.options.value(QStringLiteral("fps")).toDouble();
    const int timeoutMs = std::clamp(config.intOption(QStringLiteral("openTimeoutMs"), 5000), 100, 120000);
    m_frameTimeoutMs = std::clamp(config.intOption(QStringLiteral("frameTimeoutMs"), 3000), 200, 120000);
    const bool loop = config.options.value(QStringLiteral("loop"), true).toBool();

    if ((kind == SourceKind::File || kind == SourceKind::Device) && !QFileInfo::exists(m_source))
        return core::makeError(QStringLiteral("camera.nosource"),
                               tr("The camera source %1 does not exist.").arg(QDir::toNativeSeparators(m_source)));

    auto job = std::make_shared<OpenJob>();
    const std::string source = m_source.toStdString();
    std::thread([job, source, kind, width, height, askedFps] {
        auto cap = std::make_unique<cv::VideoCapture>();
        std::string error;
        // OpenCV throws on some malformed inputs; nothing may escape the plugin.
        try {
            bool ok = false;
            switch (kind) {
            case SourceKind::Index: ok = cap->open(std::stoi(source), cv::CAP_V4L2); break;
            case SourceKind::Device: ok = cap->open(source, cv::CAP_V4L2); break;
            case SourceKind::Pipeline: ok = cap->open(source, cv::CAP_GSTREAMER); break;
            case SourceKind::Sequence: ok = cap->open(source, cv::CAP_IMAGES); break;
            case SourceKind::File: ok = cap->open(source, cv::CAP_ANY); break;
            }
            if (ok && (kind == SourceKind::Index || kind == SourceKind::Device)) {
                cap->set(cv::CAP_PROP_FRAME_WIDTH, width);
                cap->set(cv::CAP_PROP_FRAME_HEIGHT, height);
                if (askedFps > 0) cap->set(cv::CAP_PROP_FPS, askedFps);
            }
            if (!ok || !cap->isOpened()) error = "VideoCapture::open returned false";
        } catch (const cv::Exception &e) {
            error = e.what();
        } catch (const std::exception &e) {
            error = e.what();
        }
        std::lock_guard lock(job->mutex);
        job->done = true;
        job->error = error;
        if (error.empty()) job->capture = std::move(cap);
    }).detach();

    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        {
            std::lock_guard lock(job->mutex);
            if (job->done) break;
        }
        if (deadline.hasExpired()) {
            qCWarning(lcOpenCvCamera).noquote() << "open did not return within" << timeoutMs << "ms:" << m_source;
            return core::makeError(QStringLiteral("camera.open_timeout"),
                                   tr("The camera %1 did not open within %2 s: check the cable, the device or the "
                                      "pipeline (every GStreamer element installed?).")
                                       .arg(m_source)
                                       .arg(timeoutMs / 1000.0, 0, 'f', 1));
        }
        if (!interruptibleSleep(10))
            return core::makeError(QStringLiteral("camera.open_timeout"), tr("Opening the camera was cancelled."));
    }
    std::unique_lock lock(job->mutex);
    if (!job->error.empty()) {
        qCWarning(lcOpenCvCamera).noquote() << "open failed:" << m_source << QString::fromStdString(job->error);
        return core::makeError(QStringLiteral("camera.open"), tr("The camera %1 could not be opened.").arg(m_source),
                               QString::fromStdString(job->error));
    }
    m_shared = std::make_shared<Shared>();
    m_shared->capture = std::move(job->capture);
    lock.unlock();
    auto &cap = *m_shared->capture;
    m_size = QSize(int(cap.get(cv::CAP_PROP_FRAME_WIDTH)), int(cap.get(cv::CAP_PROP_FRAME_HEIGHT)));
    const double own = cap.get(cv::CAP_PROP_FPS);
    m_shared->rewindable = kind == SourceKind::File || kind == SourceKind::Sequence;
    m_shared->loop = loop;
    if (m_shared->rewindable) {
        // A file is played at the asked pace, else at its own, else at 25 fps.
        m_fps = askedFps > 0 ? askedFps : (own > 0 && own < 1000 ? own : 25);
        m_shared->paceFps = m_fps;
    } else {
        m_fps = own > 0 ? own : askedFps;
    }
    if (!m_watch) {
        m_watch = new QTimer(this);
        m_watch->setInterval(250);
        connect(m_watch, &QTimer::timeout, this, &OpenCvCamera::checkFrames);
    }
    qCInfo(lcOpenCvCamera).noquote() << "opened" << m_source << m_size << m_fps << "fps";
    setState(devicekit::DeviceState::Ready);
    return {};
}

void OpenCvCamera::close()
{
    stopThread();
    m_shared.reset();
}

devicekit::CameraCapabilities OpenCvCamera::capabilities() const
{
    devicekit::CameraCapabilities c;
    if (m_size.isValid() && !m_size.isEmpty()) c.resolutions = {m_size};
    c.maxFps = m_fps;
    return c;
}

void OpenCvCamera::startCapture()
{
    if (!m_shared || !m_shared->capture || m_capture.joinable()) return;
    if (!m_shared->threadDone) return;  // an abandoned thread still holds the capture
    auto sh = m_shared;
    sh->owner = this;
    sh->running = true;
    sh->threadDone = false;
    sh->lastFrameMs = nowMs();
    m_capture = std::thread([sh] {
        const auto period = sh->paceFps > 0 ? std::chrono::microseconds(qint64(1e6 / sh->paceFps)) : std::chrono::microseconds(0);
        auto next = Clock::now();
        QString fault;
        while (sh->running) {
            cv::Mat frame;
            try {
                bool ok = sh->capture->read(frame) && !frame.empty();
                if (!ok && sh->rewindable && sh->loop) {
                    sh->capture->set(cv::CAP_PROP_POS_FRAMES, 0);
                    ok = sh->capture->read(frame) && !frame.empty();
                }
                if (!ok) {
                    fault = sh->rewindable ? OpenCvCamera::tr("The camera's video has no more frames.")
                                           : OpenCvCamera::tr("The camera stopped delivering pictures.");
                    break;
                }
            } catch (const cv::Exception &e) {
                qCWarning(lcOpenCvCamera) << "read failed:" << e.what();
                fault = OpenCvCamera::tr("The camera's pictures cannot be decoded.");
                break;
            }
            const QImage image = toRgbImage(frame);
            sh->lastFrameMs = nowMs();
            {
                std::lock_guard lock(sh->mutex);
                if (sh->owner) emit sh->owner->frameReady(image);
            }
            if (period.count() > 0) {
                next += period;
                const auto now = Clock::now();
                if (next < now) next = now;  // late: drop the lost time instead of racing to catch up
                std::this_thread::sleep_until(next);
            }
        }
        {
            std::lock_guard lock(sh->mutex);
            if (sh->owner && !fault.isEmpty()) sh->owner->setState(devicekit::DeviceState::Faulted, fault);
            sh->running = false;
            sh->threadDone = true;
        }
        sh->finished.notify_all();
    });
    m_watch->start();
}

void OpenCvCamera::stopCapture() { stopThread(); }

void OpenCvCamera::stopThread()
{
    if (m_watch) m_watch->stop();
    if (!m_capture.joinable()) return;
    auto sh = m_shared;
    sh->running = false;
    std::unique_lock lock(sh->mutex);
    // A read that hangs (a wedged driver) must not hang the device thread: wait a moment, then
    // abandon the thread; it holds its own reference to the capture and emits nothing more.
    if (!sh->finished.wait_for(lock, std::chrono::milliseconds(1500), [&] { return sh->threadDone.load(); })) {
        qCWarning(lcOpenCvCamera) << "capture thread did not stop; abandoned";
        sh->owner = nullptr;
        lock.unlock();
        m_capture.detach();
        m_shared.reset();
        return;
    }
    sh->owner = nullptr;
    lock.unlock();
    m_capture.join();
}

void OpenCvCamera::checkFrames()
{
    if (!m_shared || !m_shared->running) return;
    const qint64 silent = nowMs() - m_shared->lastFrameMs;
    if (silent <= m_frameTimeoutMs) return;
    stopThread();
    setState(devicekit::DeviceState::Faulted,
             tr("The camera %1 sent no picture for %2 s.").arg(m_source).arg(silent / 1000.0, 0, 'f', 1));
}

devicekit::Device *OpenCvCameraPlugin::create(devicekit::DeviceKind kind)
{
    return kind == devicekit::DeviceKind::Camera ? new OpenCvCamera : nullptr;
}

} // namespace ow::devices
