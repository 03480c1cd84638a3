#pragma once
// What a person (or a phone) does with a printed document, for the tests: read its text with
// pdftotext, rasterise a page with pdftoppm, scan a QR code with ZXing.

#include "TestSupport.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace ow::test {

// The path of a poppler tool; fails the test clearly when poppler-utils is missing.
QString popplerTool(const QString &name);
// `pdftotext -layout` of pages first..last (0: all); pages end with a form feed. CJK radicals
// that Qt wrote for ideographs sharing their glyph are read back as the ideographs.
QString pdfText(const QString &pdf, int first = 0, int last = 0);
// Page `page` of `pdf` at `dpi`, written next to it as <pdf>-<page>.png and loaded.
QImage pdfPage(const QString &pdf, int page, int dpi = 150);
// The bytes of the one QR code ZXing finds in `image`; empty when none.
QByteArray decodeQr(const QImage &image);
// The bytes of every QR code ZXing finds in `image`, top to bottom.
QList<QByteArray> decodeQrs(const QImage &image);
// Pages of a PDF as pdftotext sees them.
int pdfPageCount(const QString &pdf);

} // namespace ow::test
