#include "QrFrameScanner.h"

#include "devicekit/DeviceManager.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

#include <ZXing/ReadBarcode.h>

namespace ow::gui {
namespace {
constexpr int kMinIntervalMs = 250;  // a phone held up is still there a quarter second later
}

QrFrameScanner::QrFrameScanner(devicekit::DeviceManager &devices, QObject *parent) : QObject(parent)
{
    connect(&devices, &devicekit::DeviceManager::frameReady, this, &QrFrameScanner::onFrame);
}

void QrFrameScanner::setActive(bool active)
{
    if (active == m_active) return;
    m_active = active;
    m_last.clear();
}

QString QrFrameScanner::decode(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    const ZXing::Result r = ZXing::ReadBarcode(view, hints);
    if (!r.isValid()) return {};
    const ZXing::ByteArray &bytes = r.bytes();
    return QString::fromUtf8(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

void QrFrameScanner::onFrame(const QImage &frame)
{
    if (!m_active || m_busy || frame.isNull()) return;
    if (m_since.isValid() && m_since.elapsed() < kMinIntervalMs) return;
    m_busy = true;
    m_since.restart();
    QPointer<QrFrameScanner> self(this);
    QtConcurrent::run([frame] { return decode(frame); }).then(this, [self](const QString &text) {
        if (!self) return;
        self->m_busy = false;
        if (!self->m_active || text.isEmpty() || text == self->m_last) return;
        self->m_last = text;
        emit self->scanned(text);
    });
}

} // namespace ow::gui
