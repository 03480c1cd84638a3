#pragma once
// Decodes the chip photo of a second-generation card (WLT: 1024 bytes, compressed and encrypted)
// through a licensed vendor library loaded at run time; see shared reference id-documents.md §3.
// The project ships no decoder: without one configured the card is shown with
// IdCard::photoUndecodable set and the officer falls back to the register photo.
//
// The library contract (the `libwlt2bmp` family, as documented by vendors that ship it):
//   int unpack(char *src, char *dst, int bmpSave);
//     src      the 1024-byte WLT photo
//     dst      102 x 126 x 3 = 38556 bytes: 24-bit pixels, "BGR with R and B swapped", i.e. in memory
//              each pixel is R, G, B; rows bottom-up as in a BMP (first row written = bottom row),
//              no row padding
//     bmpSave  a vendor-specific code (e.g. 602 = decode into memory, 603 = also write a .bmp
//              file); each vendor issues its own, so it is configuration, not a constant
//     returns  1 on success, 0 when the code is refused, anything else a failure
// Some builds export the name C++-mangled (_Z6unpackPcS_i); both spellings are looked up.

#include "core/Result.h"

#include <QByteArrayView>
#include <QImage>
#include <QString>

#include <memory>

class QLibrary;

namespace ow::identity {

inline constexpr int kWltSize = 1024;
inline constexpr int kChipPhotoWidth = 102;
inline constexpr int kChipPhotoHeight = 126;
inline constexpr int kChipPhotoRawSize = kChipPhotoWidth * kChipPhotoHeight * 3;  // 38556

class WltDecoder {
public:
    WltDecoder();
    ~WltDecoder();
    WltDecoder(const WltDecoder &) = delete;
    WltDecoder &operator=(const WltDecoder &) = delete;

    // Loads the decoder at `path` and remembers the vendor code passed as bmpSave. Errors:
    // "wlt.missing" (no such library, or it cannot be loaded), "wlt.symbol" (no unpack in it).
    core::Status load(const QString &path, int vendorCode = 0);
    // Forgets the library; it stays mapped for the rest of the process (see the .cpp).
    void release();
    [[nodiscard]] bool isLoaded() const { return m_unpack != nullptr; }
    [[nodiscard]] QString libraryPath() const { return m_path; }

    // The chip photo as a 102 x 126 RGB image. Errors: "wlt.input" (not 1024 bytes),
    // "wlt.decode" (the library refused it), "wlt.missing" (nothing loaded).
    [[nodiscard]] core::Result<QImage> decode(QByteArrayView wlt) const;

    // The decoder's raw output (exactly kChipPhotoRawSize bytes, layout above) as an image; a null
    // image for any other size. Public so the layout is tested without a vendor library.
    [[nodiscard]] static QImage imageFromRaw(QByteArrayView raw);

private:
    using UnpackFn = int (*)(char *src, char *dst, int bmpSave);

    std::unique_ptr<QLibrary> m_library;
    UnpackFn m_unpack = nullptr;
    QString m_path;
    int m_vendorCode = 0;
};

} // namespace ow::identity
