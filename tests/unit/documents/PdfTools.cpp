#include "PdfTools.h"

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <QFont>
#include <QHash>
#include <QProcess>
#include <QRawFont>
#include <QStandardPaths>

#include <algorithm>

namespace ow::test {

QString popplerTool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    INFO("The document tests need " << name.toStdString() << " from poppler-utils (apt-get install poppler-utils)");
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

namespace {
QByteArray run(const QString &tool, const QStringList &args)
{
    QProcess proc;
    proc.start(tool, args);
    REQUIRE(proc.waitForFinished(60000));
    INFO(QString::fromUtf8(proc.readAllStandardError()).toStdString());
    REQUIRE(proc.exitStatus() == QProcess::NormalExit);
    REQUIRE(proc.exitCode() == 0);
    return proc.readAllStandardOutput();
}
// Qt's PDF writer gives each glyph the lowest code point the font maps to it, and Noto Sans CJK
// draws many ideographs with the glyph of their radical (民 and ⺠ U+2EA0, 身 and ⾝ U+2F9D): the
// text layer then says ⺠ where the page shows 民. What a reader sees is the glyph, so the tests
// map each radical back to the ideograph with the same glyph.
QString foldRadicals(const QString &text)
{
    static const QHash<QChar, QChar> fold = [] {
        QFont f(QStringLiteral("Noto Sans CJK SC"));
        f.setPixelSize(40);
        const QRawFont raw = QRawFont::fromFont(f);
        QString ideographs;
        for (char16_t c = 0x4E00; c <= 0x9FFF; ++c) ideographs.append(QChar(c));
        const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
        QHash<quint32, QChar> byGlyph;
        for (qsizetype i = 0; i < glyphs.size() && i < ideographs.size(); ++i)
            if (glyphs[i] != 0 && !byGlyph.contains(glyphs[i])) byGlyph.insert(glyphs[i], ideographs[i]);
        QHash<QChar, QChar> out;
        for (char16_t r = 0x2E80; r <= 0x2FDF; ++r) {
            const QList<quint32> g = raw.glyphIndexesForString(QString(QChar(r)));
            if (!g.isEmpty() && g.front() != 0 && byGlyph.contains(g.front()))
                out.insert(QChar(r), byGlyph.value(g.front()));
        }
        return out;
    }();
    QString out = text;
    for (QChar &c : out)
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) c = fold.value(c, c);
    return out;
}

} // namespace

QString pdfText(const QString &pdf, int first, int last)
{
    QStringList args{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0) args << QStringLiteral("-f") << QString::number(first);
    if (last > 0) args << QStringLiteral("-l") << QString::number(last);
    args << pdf << QStringLiteral("-");
    return foldRadicals(QString::fromUtf8(run(popplerTool(QStringLiteral("pdftotext")), args)));
}

int pdfPageCount(const QString &pdf) { return int(pdfText(pdf).count(QLatin1Char('\f'))); }

QImage pdfPage(const QString &pdf, int page, int dpi)
{
    const QString base = pdf + QStringLiteral("-%1").arg(page);
    run(popplerTool(QStringLiteral("pdftoppm")),
        {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), QStringLiteral("-f"),
         QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"), pdf, base});
    QImage img(base + QStringLiteral(".png"));
    REQUIRE_FALSE(img.isNull());
    return img;
}

QByteArray decodeQr(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    const ZXing::Result r = ZXing::ReadBarcode(view, hints);
    if (!r.isValid()) return {};
    const ZXing::ByteArray &bytes = r.bytes();
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

QList<QByteArray> decodeQrs(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::Results found = ZXing::ReadBarcodes(view, hints);
    std::sort(found.begin(), found.end(),
              [](const ZXing::Result &a, const ZXing::Result &b) { return a.position().topLeft().y < b.position().topLeft().y; });
    QList<QByteArray> out;
    for (const ZXing::Result &r : found) {
        if (!r.isValid()) continue;
        const ZXing::ByteArray &bytes = r.bytes();
        out << QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    }
    return out;
}

} // namespace ow::test
