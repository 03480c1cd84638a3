#pragma once
// Any printout as PDF bytes in memory, so that it can be archived (PrintArchive) without ever
// being written to disk in clear.

#include "core/Result.h"
#include "devicekit/Device.h"

#include <QByteArray>

namespace ow::documents {

inline constexpr int kPdfResolution = 300;  // dpi of the archived PDF's coordinate space

// Renders `document` with QPdfWriter into a buffer: its page layout, its title as the PDF title,
// "OneWindow" as creator. Returns the document's render error when it fails, or
// document.pdf when the writer produced no PDF.
core::Result<QByteArray> pdfBytes(const devicekit::PrintDocument &document);

} // namespace ow::documents
