#pragma once
// QR codes for printed documents (libqrencode, error correction M, 8-bit mode): the module
// matrix, and a painter for it with the quiet zone readers need.

#include "core/Result.h"

#include <QByteArray>
#include <QList>

class QPainter;
class QRectF;

namespace ow::documents {

struct QrCode {
    int size = 0;         // modules per side (21 for version 1, 4 more per version)
    QList<bool> modules;  // row by row, size * size; true = dark

    // The smallest symbol that holds `utf8` as bytes; error "document.qr.too_long" when even
    // version 40 cannot, "document.qr.encode" for any other failure of the encoder.
    static core::Result<QrCode> encode(const QByteArray &utf8);
    [[nodiscard]] bool dark(int x, int y) const
    {
        return x >= 0 && y >= 0 && x < size && y < size && modules.at(y * size + x);
    }
};

inline constexpr int kQrQuietZone = 4;  // modules of white around the symbol

// Paints `code` centred in `box` on white, square modules with a 4-module quiet zone. On an
// unscaled painter the module size is rounded down to whole device pixels so that no seam or
// antialiasing grey shows between modules.
void paintQrCode(QPainter &p, const QRectF &box, const QrCode &code);

} // namespace ow::documents
