#include "identity/WltDecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <algorithm>
#include <vector>

namespace ow::identity {

WltDecoder::WltDecoder() = default;

WltDecoder::~WltDecoder() { release(); }

core::Status WltDecoder::load(const QString &path, int vendorCode)
{
    release();
    // 603 asks the decoder to also write the photo as a .bmp file: a citizen's face in clear on disk.
    if (vendorCode == 603)
        return core::makeError(QStringLiteral("wlt.code"),
                               QCoreApplication::translate("ow::identity",
                                                           "The chip photo decoder code %1 would write photos to disk: "
                                                           "use the in-memory code (for example 602).")
                                   .arg(vendorCode));
    auto lib = std::make_unique<QLibrary>(path);
    if (!lib->load())
        return core::makeError(QStringLiteral("wlt.missing"),
                               QCoreApplication::translate("ow::identity",
                                                           "The chip photo decoder %1 is not installed or cannot be loaded.")
                                   .arg(QDir::toNativeSeparators(path)),
                               lib->errorString());
    // Plain C name first; some vendors build the library as C++ without extern "C".
    auto fn = reinterpret_cast<UnpackFn>(lib->resolve("unpack"));
    if (!fn) fn = reinterpret_cast<UnpackFn>(lib->resolve("_Z6unpackPcS_i"));
    if (!fn) {
        const QString detail = QStringLiteral("%1 exports neither unpack nor _Z6unpackPcS_i").arg(path);
        return core::makeError(QStringLiteral("wlt.symbol"),
                               QCoreApplication::translate("ow::identity", "%1 is not a chip photo decoder library.")
                                   .arg(QFileInfo(path).fileName()),
                               detail);
    }
    m_library = std::move(lib);
    m_unpack = fn;
    m_path = path;
    m_vendorCode = vendorCode;
    return {};
}

void WltDecoder::release()
{
    m_unpack = nullptr;
    // Dropped, never unloaded: another reader instance (or a decode still running on a thread
    // the device manager gave up on) may be using the same library, and Qt 6.4's
    // QLibrary::unload() unmaps it even then.
    m_library.reset();
    m_path.clear();
}

core::Result<QImage> WltDecoder::decode(QByteArrayView wlt) const
{
    if (!m_unpack)
        return core::makeError(QStringLiteral("wlt.missing"),
                               QCoreApplication::translate("ow::identity",
                                                           "The chip photo cannot be decoded on this workstation."),
                               QStringLiteral("no WLT decoder configured"));
    if (wlt.size() != kWltSize)
        return core::makeError(QStringLiteral("wlt.input"),
                               QCoreApplication::translate("ow::identity", "The card's chip photo is incomplete."),
                               QStringLiteral("WLT photo of %1 bytes, expected %2").arg(wlt.size()).arg(kWltSize));
    // The library takes non-const pointers and its bounds are undocumented: give it private
    // copies with slack, so a decoder that writes a little past the image (some do, including
    // the BMP row padding) cannot corrupt anything of ours.
    std::vector<char> src(wlt.begin(), wlt.end());
    src.resize(kWltSize + 1024, '\0');
    std::vector<char> dst(kChipPhotoRawSize + 4096, '\0');
    const int rc = m_unpack(src.data(), dst.data(), m_vendorCode);
    if (rc != 1)
        return core::makeError(QStringLiteral("wlt.decode"),
                               QCoreApplication::translate("ow::identity", "The chip photo could not be decoded."),
                               QStringLiteral("%1: unpack returned %2 (vendor code %3%4)")
                                   .arg(m_path)
                                   .arg(rc)
                                   .arg(m_vendorCode)
                                   .arg(rc == 0 ? QStringLiteral(", refused: check the wltCode option") : QString()));
    return imageFromRaw(QByteArrayView(dst.data(), kChipPhotoRawSize));
}

QImage WltDecoder::imageFromRaw(QByteArrayView raw)
{
    if (raw.size() != kChipPhotoRawSize) return {};
    QImage img(kChipPhotoWidth, kChipPhotoHeight, QImage::Format_RGB888);
    const int rowBytes = kChipPhotoWidth * 3;
    for (int y = 0; y < kChipPhotoHeight; ++y) {
        // Bottom-up: the first row in the buffer is the bottom of the picture.
        const char *src = raw.data() + qsizetype(kChipPhotoHeight - 1 - y) * rowBytes;
        // Format_RGB888 stores R, G, B in memory, which is the decoder's byte order as it is.
        std::copy(src, src + rowBytes, reinterpret_cast<char *>(img.scanLine(y)));
    }
    return img;
}

} // namespace ow::identity
