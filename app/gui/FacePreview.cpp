#include "FacePreview.h"

#include "devicekit/DeviceManager.h"
#include "identity/FaceModels.h"
#include "identity/ImageConvert.h"

#include <QPainter>
#include <QtConcurrent>

namespace ow::gui {

namespace {
// How many previews want the camera, per manager: the camera stops when the last one goes.
const char *kUsers = "ow.cameraUsers";
} // namespace

FacePreview::FacePreview(devicekit::DeviceManager &devices, std::shared_ptr<identity::FaceModels> models, QWidget *parent)
    : QWidget(parent), m_devices(devices), m_models(std::move(models))
{
    setObjectName(QStringLiteral("facePreview"));
    setMinimumSize(240, 180);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_watcher = new QFutureWatcher<QList<identity::Face>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_faces = m_watcher->future().result();
        m_detectedFrame = m_inFlight;
        m_inFlight = {};
        ++m_detections;
        update();
        emit detected(m_detectedFrame, m_faces);
    });
    connect(&devices, &devicekit::DeviceManager::frameReady, this, &FacePreview::onFrame);
    connect(&devices, &devicekit::DeviceManager::cameraFailed, this, [this](const core::Error &e) {
        m_problem = e.message;
        update();
    });
    connect(&devices, &devicekit::DeviceManager::stateChanged, this,
            [this](devicekit::DeviceKind kind, devicekit::DeviceState state, const QString &reason) {
                if (kind != devicekit::DeviceKind::Camera) return;
                if (state == devicekit::DeviceState::Faulted) m_problem = reason;
                else if (state == devicekit::DeviceState::Ready) m_problem.clear();
                update();
            });
}

FacePreview::~FacePreview() { setCameraWanted(false); }

void FacePreview::setCameraWanted(bool wanted)
{
    if (wanted == m_wantsCamera) return;
    m_wantsCamera = wanted;
    const int users = m_devices.property(kUsers).toInt() + (wanted ? 1 : -1);
    m_devices.setProperty(kUsers, users);
    if (wanted && users == 1) m_devices.startCamera();
    if (!wanted && users == 0) m_devices.stopCamera();
}

void FacePreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setCameraWanted(true);
}

void FacePreview::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    setCameraWanted(false);
}

void FacePreview::onFrame(const QImage &frame)
{
    if (!m_wantsCamera) return;
    m_frame = frame;
    m_problem.clear();
    ++m_framesShown;
    update();
    if (!m_models) return;
    if (m_watcher->isRunning() || !m_inFlight.isNull()) {
        ++m_skipped;  // one detection at a time: this frame is shown, not detected
        return;
    }
    m_inFlight = frame;
    auto models = m_models;
    m_watcher->setFuture(QtConcurrent::run([models, frame]() -> QList<identity::Face> {
        auto detector = models->detector();
        if (!detector) return {};
        auto faces = detector.value()->detect(identity::matFromImage(frame), identity::FaceDetector::Range::Near);
        return faces ? faces.value() : QList<identity::Face>{};
    }));
}

QRect FacePreview::pictureRect() const
{
    if (m_frame.isNull()) return rect();
    QSize s = m_frame.size().scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - s.width()) / 2, (height() - s.height()) / 2), s);
}

void FacePreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0x20, 0x24, 0x2a));
    const QRect pic = pictureRect();
    if (!m_frame.isNull()) p.drawImage(pic, m_frame);
    if (!m_detectedFrame.isNull() && !m_frame.isNull()) {
        const double sx = double(pic.width()) / m_detectedFrame.width();
        const double sy = double(pic.height()) / m_detectedFrame.height();
        // Green for the one face that would be used, amber when there are several: the colour
        // is backed by the words below the picture, never the only signal.
        const QColor colour = m_faces.size() == 1 ? QColor(0x2e, 0xcc, 0x71) : QColor(0xf3, 0x9c, 0x12);
        p.setPen(QPen(colour, 2));
        p.setBrush(Qt::NoBrush);
        for (const identity::Face &f : m_faces)
            p.drawRect(QRectF(pic.x() + f.box.x * sx, pic.y() + f.box.y * sy, f.box.width * sx, f.box.height * sy));
    }
    QString caption;
    if (m_frame.isNull()) caption = m_problem.isEmpty() ? tr("Waiting for the camera…") : tr("No camera picture: %1").arg(m_problem);
    else if (!m_models) caption = tr("Face models not installed: no face boxes");
    else if (m_faces.isEmpty()) caption = tr("No face");
    else if (m_faces.size() == 1) caption = tr("Face found");
    else caption = tr("%n face(s)", nullptr, int(m_faces.size()));
    const QRect band(0, height() - 24, width(), 24);
    p.fillRect(band, QColor(0, 0, 0, 150));
    p.setPen(Qt::white);
    p.drawText(band.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft, caption);
}

} // namespace ow::gui
