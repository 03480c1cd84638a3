#include "SimCamera.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QLoggingCategory>
#include <QTimer>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <array>
#include <cmath>

Q_LOGGING_CATEGORY(lcSimCamera, "ow.devices.camera.sim")

namespace ow::devices {
namespace {

const QString kBuiltInFrames = QStringLiteral(":/onewindow/sim/camera");
const QString kPortrait = QStringLiteral(":/onewindow/sim/camera/portrait.jpg");

// Where the bundled portrait's face is (BlazeFace on portrait.jpg): the nose tip and the distance
// between the eyes, in pixels of the 640 x 480 frame.
constexpr float kNoseX = 333, kNoseY = 198, kEyeDistance = 81;

cv::Mat matOf(const QImage &rgb)
{
    const QImage img = rgb.convertToFormat(QImage::Format_RGB888);
    return cv::Mat(img.height(), img.width(), CV_8UC3, const_cast<uchar *>(img.constBits()), size_t(img.bytesPerLine())).clone();
}

QImage imageOf(const cv::Mat &rgb)
{
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

cv::Mat shifted(const cv::Mat &m, double dx, double dy)
{
    const cv::Mat t = (cv::Mat_<double>(2, 3) << 1, 0, dx, 0, 1, dy);
    cv::Mat out;
    cv::warpAffine(m, out, t, m.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return out;
}

// The small sway of a person standing at the counter: `n` frames, a few pixels each way.
QList<QImage> sway(const cv::Mat &m, int n)
{
    QList<QImage> out;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * CV_PI * i / n;
        out << imageOf(shifted(m, 3 * std::sin(a), 2 * std::cos(a)));
    }
    return out;
}

// A synthetic head turn to the citizen's left: columns of the head are remapped so that the nose
// moves `shift` pixels sideways, the far eye stays and the near eye follows a little, as a turning
// head foreshortens its far side and widens its near side; the map is identity beyond the head
// and fades out above and below it. A still photograph cannot do this (the nose keeps its place
// between the eyes); BlazeFace reads shift 55 as a nose offset of about 0.25 eye distances (a
// turn of 15-20 degrees; checked by the devicekit tests with the models).
cv::Mat headTurned(const cv::Mat &m, double shift)
{
    if (shift == 0) return m.clone();
    const float s = float(shift), halfEyes = kEyeDistance / 2, head = 150;
    // Knots (output offset from the nose -> source offset), monotonic: no fold, no smear.
    const std::array<std::pair<float, float>, 5> knots = {{{-head, -head},
                                                          {-halfEyes + s * 0.2f, -halfEyes},
                                                          {s, 0},
                                                          {halfEyes, halfEyes},
                                                          {head, head}}};
    cv::Mat mx(m.size(), CV_32F), my(m.size(), CV_32F);
    for (int y = 0; y < m.rows; ++y) {
        const float band = std::exp(-std::pow((y - (kNoseY + 20)) / 150.f, 4.f));
        auto *px = mx.ptr<float>(y);
        auto *py = my.ptr<float>(y);
        for (int x = 0; x < m.cols; ++x) {
            const float u = float(x) - kNoseX;
            float src = u;
            for (size_t i = 0; i + 1 < knots.size(); ++i)
                if (u >= knots[i].first && u <= knots[i + 1].first) {
                    const float t = (u - knots[i].first) / (knots[i + 1].first - knots[i].first);
                    src = knots[i].second + t * (knots[i + 1].second - knots[i].second);
                    break;
                }
            px[x] = kNoseX + u + (src - u) * band;
            py[x] = float(y);
        }
    }
    cv::GaussianBlur(mx, mx, cv::Size(0, 0), 6);  // soft knots
    cv::Mat out;
    cv::remap(m, out, mx, my, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return out;
}

} // namespace

QList<QImage> simCameraScenario(const QString &scenario)
{
    QList<QImage> out;
    if (scenario == u"drawn") {
        const QStringList names = QDir(kBuiltInFrames).entryList({QStringLiteral("frame_*.jpg")}, QDir::Files, QDir::Name);
        for (const QString &n : names) out << QImage(QDir(kBuiltInFrames).filePath(n)).convertToFormat(QImage::Format_RGB888);
        return out;
    }
    const QImage portrait(kPortrait);
    if (portrait.isNull()) return out;
    const cv::Mat p = matOf(portrait);
    if (scenario == u"face") return sway(p, 24);
    if (scenario == u"no-face") {
        // The counter's back wall: the portrait's top rows stretched down, softly lit.
        cv::Mat wall;
        cv::resize(p(cv::Rect(0, 0, p.cols, 8)), wall, p.size(), 0, 0, cv::INTER_LINEAR);
        cv::GaussianBlur(wall, wall, cv::Size(0, 0), 25);
        return sway(wall, 8);
    }
    if (scenario == u"two-faces") {
        // Two people side by side, each half the frame: the portrait and its mirror image.
        cv::Mat two(p.size(), p.type(), cv::Scalar(205, 208, 212)), half, mirrored;
        cv::resize(p, half, cv::Size(p.cols / 2, p.rows / 2), 0, 0, cv::INTER_AREA);
        cv::flip(half, mirrored, 1);
        half.copyTo(two(cv::Rect(0, p.rows / 4, half.cols, half.rows)));
        mirrored.copyTo(two(cv::Rect(p.cols / 2, p.rows / 4, half.cols, half.rows)));
        return sway(two, 8);
    }
    if (scenario == u"dark") {
        cv::Mat dark;
        p.convertTo(dark, -1, 0.15, 0);
        return sway(dark, 8);
    }
    if (scenario == u"blurred") {
        cv::Mat blurred;
        cv::GaussianBlur(p, blurred, cv::Size(0, 0), 7);
        return sway(blurred, 8);
    }
    if (scenario == u"head-turn") {
        // 15 fps: 1.5 s frontal, 0.5 s turning, 0.3 s turned, 0.5 s back (about 2.8 s a cycle).
        QList<double> amounts;
        for (int i = 0; i < 22; ++i) amounts << 0;
        for (int i = 1; i <= 7; ++i) amounts << 55.0 * i / 8;
        for (int i = 0; i < 5; ++i) amounts << 55.0;
        for (int i = 7; i >= 1; --i) amounts << 55.0 * i / 8;
        QHash<int, QImage> made;
        for (double a : amounts) {
            const int key = qRound(a * 100);
            if (!made.contains(key)) made.insert(key, imageOf(headTurned(p, a)));
            out << made.value(key);
        }
        return out;
    }
    return out;
}

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
    info.detail = tr("built-in scenarios: face, no-face, two-faces, dark, blurred, head-turn");
    return {info};
}

core::Status SimCamera::open(const devicekit::DeviceConfig &config)
{
    const QString source = config.option(QStringLiteral("source"));
    m_fps = std::clamp(config.options.value(QStringLiteral("fps"), 15).toDouble(), 0.5, 120.0);
    m_stills.clear();
    m_video.reset();
    m_index = 0;

    if (source.isEmpty()) {
        const QString scenario = config.option(QStringLiteral("scenario"), QStringLiteral("face"));
        m_stills = simCameraScenario(scenario);
        if (m_stills.isEmpty())
            return core::makeError(QStringLiteral("camera.sim.scenario"),
                                   tr("The simulated camera has no scenario \"%1\" (face, no-face, two-faces, dark, "
                                      "blurred, head-turn, drawn).")
                                       .arg(scenario));
        m_size = m_stills.first().size();
    } else if (QFileInfo(source).isDir()) {
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
