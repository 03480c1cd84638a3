#pragma once
// The camera as a QR reader: while active, camera frames are decoded (ZXing) on the thread pool,
// one at a time and at most a few per second, dropping the frames that arrive meanwhile, so the
// preview stays smooth. The citizen holds their phone with the appointment code to the camera.

#include <QElapsedTimer>
#include <QImage>
#include <QObject>

namespace ow::devicekit {
class DeviceManager;
}

namespace ow::gui {

class QrFrameScanner final : public QObject {
    Q_OBJECT
public:
    explicit QrFrameScanner(devicekit::DeviceManager &devices, QObject *parent = nullptr);

    void setActive(bool active);
    [[nodiscard]] bool isActive() const { return m_active; }

    // The text of the first QR code in `image`, or empty.
    static QString decode(const QImage &image);

signals:
    void scanned(const QString &text);

private:
    void onFrame(const QImage &frame);

    bool m_active = false;
    bool m_busy = false;
    QString m_last;  // a code still in front of the camera is reported once
    QElapsedTimer m_since;
};

} // namespace ow::gui
