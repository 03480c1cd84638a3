#include "documents/Pdf.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>

namespace ow::documents {

core::Result<QByteArray> pdfBytes(const devicekit::PrintDocument &document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return core::makeError(QStringLiteral("document.pdf"),
                               QCoreApplication::translate("ow::documents", "The document could not be kept as PDF."),
                               QStringLiteral("QBuffer::open failed"));
    core::Status rendered;
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(document.title());
        writer.setCreator(QStringLiteral("OneWindow"));
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(document.pageLayout());
        rendered = document.render(writer);
    }  // the writer finishes the PDF here
    buffer.close();
    if (!rendered) return rendered.error();
    if (!bytes.startsWith("%PDF-"))
        return core::makeError(QStringLiteral("document.pdf"),
                               QCoreApplication::translate("ow::documents", "The document could not be kept as PDF."),
                               QStringLiteral("the PDF writer produced %1 bytes without a PDF header").arg(bytes.size()));
    return bytes;
}

} // namespace ow::documents
