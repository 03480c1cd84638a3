#include "documents/QrCode.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

#include <cerrno>
#include <cmath>
#include <memory>

namespace ow::documents {

core::Result<QrCode> QrCode::encode(const QByteArray &utf8)
{
    if (utf8.isEmpty())
        return core::makeError(QStringLiteral("document.qr.encode"),
                               QCoreApplication::translate("ow::documents", "There is no text for the QR code."),
                               QStringLiteral("empty input"));
    errno = 0;
    const std::unique_ptr<QRcode, void (*)(QRcode *)> qr(
        QRcode_encodeData(int(utf8.size()), reinterpret_cast<const unsigned char *>(utf8.constData()), 0, QR_ECLEVEL_M),
        QRcode_free);
    if (!qr) {
        const int err = errno;
        if (err == ERANGE)
            return core::makeError(QStringLiteral("document.qr.too_long"),
                                   QCoreApplication::translate("ow::documents",
                                                               "The text is too long for a QR code (%n bytes).",
                                                               nullptr, int(utf8.size())),
                                   QStringLiteral("QRcode_encodeData: ERANGE for %1 bytes").arg(utf8.size()));
        return core::makeError(QStringLiteral("document.qr.encode"),
                               QCoreApplication::translate("ow::documents", "The QR code could not be made."),
                               QStringLiteral("QRcode_encodeData failed, errno %1").arg(err));
    }
    QrCode code;
    code.size = qr->width;
    code.modules.resize(qsizetype(code.size) * code.size);
    for (qsizetype i = 0; i < code.modules.size(); ++i) code.modules[i] = (qr->data[i] & 1) != 0;
    return code;
}

void paintQrCode(QPainter &p, const QRectF &box, const QrCode &code)
{
    if (code.size <= 0 || box.isEmpty()) return;
    const int total = code.size + 2 * kQrQuietZone;
    double module = std::min(box.width(), box.height()) / total;
    // Whole device pixels when the painter maps one unit to one pixel: every module edge then
    // falls on a pixel edge.
    const QTransform t = p.worldTransform();
    const bool snap = t.type() <= QTransform::TxTranslate && module >= 1.0;
    if (snap) module = std::floor(module);
    const double side = module * total;
    QPointF origin(box.center().x() - side / 2, box.center().y() - side / 2);
    if (snap) origin = QPointF(std::round(origin.x() + t.dx()) - t.dx(), std::round(origin.y() + t.dy()) - t.dy());

    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(Qt::NoPen);
    p.fillRect(QRectF(origin, QSizeF(side, side)), Qt::white);
    // One path of horizontal runs, filled once: adjacent modules share edges, so nothing shows
    // between them on any device.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < code.size; ++y) {
        int x = 0;
        while (x < code.size) {
            if (!code.dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size && code.dark(x, y)) ++x;
            path.addRect(QRectF(origin.x() + (start + kQrQuietZone) * module, origin.y() + (y + kQrQuietZone) * module,
                                (x - start) * module, module));
        }
    }
    p.fillPath(path, Qt::black);
    p.restore();
}

} // namespace ow::documents
