#pragma once
// The live camera picture with a box round every face found. Frames are painted as they come (the
// camera's full rate); face detection (BlazeFace, Range::Near: the front model only, a few ms)
// runs on the thread pool with at most one detection in flight: frames that arrive meanwhile are
// painted but not detected (dropped, never queued), so a slow machine shows boxes less often
// instead of falling behind. The camera runs while at least one preview is on screen.

#include "identity/FaceDetector.h"

#include <QFutureWatcher>
#include <QImage>
#include <QList>
#include <QWidget>

#include <memory>

namespace ow::devicekit {
class DeviceManager;
}
namespace ow::identity {
class FaceModels;
}

namespace ow::gui {

class FacePreview final : public QWidget {
    Q_OBJECT
public:
    // `models` may be null (not installed): the picture is shown without boxes, saying so.
    FacePreview(devicekit::DeviceManager &devices, std::shared_ptr<identity::FaceModels> models,
                QWidget *parent = nullptr);
    ~FacePreview() override;

    [[nodiscard]] QImage lastFrame() const { return m_frame; }
    // The frame the boxes belong to, and its faces (in that frame's pixels).
    [[nodiscard]] QImage detectedFrame() const { return m_detectedFrame; }
    [[nodiscard]] const QList<identity::Face> &faces() const { return m_faces; }
    [[nodiscard]] int framesShown() const { return m_framesShown; }
    [[nodiscard]] int detectionsRun() const { return m_detections; }
    [[nodiscard]] int framesNotDetected() const { return m_skipped; }
    [[nodiscard]] bool detecting() const { return m_models != nullptr; }
    QSize sizeHint() const override { return {320, 240}; }

signals:
    // After each detection, on the GUI thread.
    void detected(const QImage &frame, const QList<ow::identity::Face> &faces);

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onFrame(const QImage &frame);
    void setCameraWanted(bool wanted);
    [[nodiscard]] QRect pictureRect() const;

    devicekit::DeviceManager &m_devices;
    std::shared_ptr<identity::FaceModels> m_models;
    QFutureWatcher<QList<identity::Face>> *m_watcher = nullptr;
    QImage m_frame;
    QImage m_inFlight;
    QImage m_detectedFrame;
    QList<identity::Face> m_faces;
    QString m_problem;  // why there is no picture, for the officer
    bool m_wantsCamera = false;
    int m_framesShown = 0;
    int m_detections = 0;
    int m_skipped = 0;
};

} // namespace ow::gui
