#include "documents/Flow.h"

#include "documents/QrCode.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

#include <optional>

namespace ow::documents::flow {

const QColor kInk(0, 0, 0);
const QColor kMuted(90, 90, 90);
const QColor kGrid(110, 110, 110);
const QColor kShade(235, 235, 235);

QFont font(double mm, bool bold)
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(qRound(mm * kMm));
    f.setBold(bold);
    // No OpenType shaping: Noto Sans CJK substitutes digits after a Latin word and makes
    // ligatures (ﬃ), glyphs the PDF's text layer cannot map back, so copied or searched text
    // would lose them. Latin and Han need no shaping to look right.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QString dateText(QDate d) { return d.toString(QStringLiteral("yyyy-MM-dd")); }

Text::Text(const QString &text, const QFont &f, double width, QColor color, Qt::Alignment align, double hang)
    : m_layout(std::make_shared<QTextLayout>(text, f)), m_color(color)
{
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    double y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        const double indent = line.lineNumber() > 0 ? hang : 0;
        line.setLineWidth(width - indent);
        line.setPosition(QPointF(indent, y));
        y += line.height();
    }
    m_layout->endLayout();
    m_height = y;
}

double Text::naturalWidth() const
{
    double w = 0;
    for (int i = 0; m_layout && i < m_layout->lineCount(); ++i)
        w = std::max(w, m_layout->lineAt(i).naturalTextWidth());
    return w;
}

void Text::draw(QPainter &p, QPointF topLeft) const
{
    if (!m_layout) return;
    p.setPen(m_color);
    m_layout->draw(&p, topLeft);
}

double cellHeight(const Cell &cell)
{
    double h = 0;
    for (const Text &t : cell) h += t.height();
    return h;
}

std::shared_ptr<Block> tableRow(const QList<Column> &columns, const QList<Cell> &cells, bool shaded, double spaceBefore)
{
    double h = 0;
    for (const Cell &c : cells) h = std::max(h, cellHeight(c));
    auto b = std::make_shared<Block>();
    b->height = h + 2 * kPad;
    b->spaceBefore = spaceBefore;
    b->paint = [columns, cells, shaded, rowHeight = b->height](QPainter &p, double y) {
        if (shaded) p.fillRect(QRectF(0, y, kWidth, rowHeight), kShade);
        double x = 0;
        for (int i = 0; i < columns.size(); ++i) {
            double ty = y + kPad;
            for (const Text &t : cells.value(i)) {
                t.draw(p, QPointF(x + kPad, ty));
                ty += t.height();
            }
            x += columns[i].width;
        }
        p.save();
        p.setPen(QPen(kGrid, 0.25 * kMm));
        p.setBrush(Qt::NoBrush);
        x = 0;
        for (const Column &c : columns) {
            p.drawRect(QRectF(x, y, c.width, rowHeight));
            x += c.width;
        }
        p.restore();
    };
    return b;
}

BlockPtr textBlock(Text text, double indent, double spaceBefore, Text bullet)
{
    auto b = std::make_shared<Block>();
    b->height = std::max(text.height(), bullet.height());
    b->spaceBefore = spaceBefore;
    b->paint = [text, bullet, indent](QPainter &p, double y) {
        bullet.draw(p, QPointF(indent - 4 * kMm, y));
        text.draw(p, QPointF(indent, y));
    };
    return b;
}

Cell cell(const QString &text, double width, const QFont &f, QColor color, Qt::Alignment align)
{
    return Cell{Text(text, f, width - 2 * kPad, color, align)};
}

void Builder::header(const QString &title, const QStringList &subtitles, const QStringList &meta, const QrCode *qr,
                     const QString &qrCaption, const QString &note)
{
    const bool withQr = qr != nullptr;
    const double left = withQr ? kWidth - kQrColumn - 3 * kMm : kWidth;
    QList<Text> lines;
    lines << Text(title, font(6.5, true), left);
    for (const QString &s : subtitles) lines << Text(s, font(5.0, true), left);
    if (!note.isEmpty()) lines << Text(note, font(3.0), left, kMuted);
    QList<Text> metaLines;
    for (const QString &m : meta) metaLines << Text(m, font(3.5), left);
    double h = 0;
    for (const Text &t : lines) h += t.height();
    h += 2 * kMm;
    for (const Text &t : metaLines) h += t.height();
    const Text caption(qrCaption, font(3.0), kQrColumn, kInk, Qt::AlignHCenter);
    std::optional<QrCode> code;
    if (withQr) {
        code = *qr;
        h = std::max(h, kQrSide + caption.height());
    }
    auto b = std::make_shared<Block>();
    b->height = h + 3 * kMm;
    b->paint = [lines, metaLines, caption, code, h](QPainter &p, double y) {
        double ty = y;
        for (const Text &t : lines) {
            t.draw(p, QPointF(0, ty));
            ty += t.height();
        }
        ty += 2 * kMm;
        for (const Text &t : metaLines) {
            t.draw(p, QPointF(0, ty));
            ty += t.height();
        }
        if (code) {
            const QRectF box(kWidth - kQrColumn + (kQrColumn - kQrSide) / 2, y, kQrSide, kQrSide);
            paintQrCode(p, box, *code);
            caption.draw(p, QPointF(kWidth - kQrColumn, y + kQrSide));
        }
        p.fillRect(QRectF(0, y + h + 1.5 * kMm, kWidth, 0.5 * kMm), kInk);
    };
    blocks.push_back(b);
}

void Builder::section(const QString &text)
{
    auto b = std::make_shared<Block>();
    const Text t(text, font(4.2, true), kWidth - 2.5 * kMm);
    b->height = t.height() + 1.5 * kMm;
    b->spaceBefore = 4.5 * kMm;
    b->keepWithNext = true;
    b->paint = [t](QPainter &p, double y) {
        p.fillRect(QRectF(0, y + 0.15 * t.height(), 1.2 * kMm, 0.7 * t.height()), kInk);
        t.draw(p, QPointF(2.5 * kMm, y));
    };
    blocks.push_back(b);
}

void Builder::paragraph(const QString &text, const QFont &f, QColor color, double spaceBefore)
{
    blocks.push_back(textBlock(Text(text, f, kWidth, color), 0, spaceBefore));
}

void Builder::bullets(const QStringList &items)
{
    for (const QString &item : items)
        blocks.push_back(textBlock(Text(item, font(3.5), kWidth - 5 * kMm), 5 * kMm, 1 * kMm,
                                   Text(QStringLiteral("•"), font(3.5), 4 * kMm)));
}

void Builder::fields(const QList<std::pair<QString, QString>> &pairs, double spaceBefore)
{
    constexpr double labelWidth = 38 * kMm;
    bool first = true;
    for (const auto &[label, value] : pairs) {
        const Text l(label, font(3.5), labelWidth - 2 * kMm, kMuted);
        const Text v(value, font(3.5, true), kWidth - labelWidth);
        auto b = std::make_shared<Block>();
        b->height = std::max(l.height(), v.height());
        b->spaceBefore = first ? spaceBefore : 1 * kMm;
        first = false;
        b->paint = [l, v](QPainter &p, double y) {
            l.draw(p, QPointF(0, y));
            v.draw(p, QPointF(labelWidth, y));
        };
        blocks.push_back(b);
    }
}

void Builder::table(const QList<Column> &columns, const QList<Cell> &header, const QList<QList<Cell>> &rows)
{
    std::shared_ptr<Block> head = tableRow(columns, header, true, 1.5 * kMm);
    head->keepWithNext = true;
    blocks.push_back(head);
    for (const QList<Cell> &row : rows) {
        std::shared_ptr<Block> r = tableRow(columns, row, false);
        r->repeatHeader = head;
        blocks.push_back(r);
    }
}

void Builder::signatureLine(const QString &label)
{
    const Text t(label, font(3.8), kWidth);
    auto b = std::make_shared<Block>();
    b->height = 8 * kMm + t.height();
    b->spaceBefore = 4 * kMm;
    b->paint = [t](QPainter &p, double y) { t.draw(p, QPointF(0, y + 8 * kMm)); };
    blocks.push_back(b);
}

Pages paginate(const std::vector<BlockPtr> &blocks, double pageHeight, Text runningHeader)
{
    Pages layout;
    layout.pageHeight = pageHeight;
    layout.runningHeader = std::move(runningHeader);
    const double bottom = pageHeight - kFooterReserve;
    const double continuationTop = layout.runningHeader.height() + 4 * kMm;
    layout.pages.emplace_back();
    double y = 0, top = 0;
    auto newPage = [&] {
        layout.pages.emplace_back();
        y = top = continuationTop;
    };
    for (size_t i = 0; i < blocks.size(); ++i) {
        const BlockPtr &b = blocks[i];
        if (b->pinBottom) {
            if (y + b->spaceBefore > bottom - b->height) newPage();
            layout.pages.back().push_back({b, bottom - b->height});
            y = bottom;
            continue;
        }
        double need = b->height;
        for (size_t j = i; j + 1 < blocks.size() && blocks[j]->keepWithNext; ++j)
            need += blocks[j + 1]->spaceBefore + blocks[j + 1]->height;
        double space = y > top ? b->spaceBefore : 0;
        if (y > top && y + space + need > bottom) {
            newPage();
            space = 0;
            if (b->repeatHeader) {
                layout.pages.back().push_back({b->repeatHeader, y});
                y += b->repeatHeader->height;
            }
        }
        layout.pages.back().push_back({b, y + space});
        y += space + b->height;
    }
    return layout;
}

QPageLayout a4Layout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(kMargin, kMargin, kMargin, kMargin),
                       QPageLayout::Millimeter);
}

core::Status renderPages(QPagedPaintDevice &device, const QPageLayout &pageLayout, const DocumentContext &ctx,
                         const std::function<Pages(double pageHeight)> &layOut)
{
    device.setPageLayout(pageLayout);
    QPainter p;
    if (!p.begin(&device))
        return core::makeError(
            QStringLiteral("document.paint"),
            QCoreApplication::translate("ow::documents", "The page could not be prepared for printing."),
            QStringLiteral("QPainter::begin failed"));
    const double scale = device.width() / kWidth;
    const Pages layout = layOut(device.height() / scale);
    const QRectF page(0, 0, kWidth, layout.pageHeight);
    const int pages = int(layout.pages.size());
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage()) {
            p.end();
            return core::makeError(
                QStringLiteral("document.paint"),
                QCoreApplication::translate("ow::documents", "The printer did not accept a new page."),
                QStringLiteral("QPagedPaintDevice::newPage failed on page %1").arg(i + 1));
        }
        p.save();
        p.scale(scale, scale);
        p.setRenderHint(QPainter::TextAntialiasing, true);
        if (i > 0) {
            layout.runningHeader.draw(p, QPointF(0, 0));
            p.fillRect(QRectF(0, layout.runningHeader.height() + 1 * kMm, kWidth, 0.25 * kMm), kGrid);
        }
        for (const Placed &placed : layout.pages[size_t(i)]) placed.block->paint(p, placed.y);
        paintFooter(p, page, ctx);
        // Page numbers in paintFooter's band, on the right.
        QFont f = font(1);
        f.setPixelSize(std::max(8, int(page.height() / 90)));
        p.setFont(f);
        p.setPen(Qt::darkGray);
        p.drawText(QRectF(page.left(), page.bottom() - f.pixelSize() * 2.2, page.width(), f.pixelSize() * 2),
                   Qt::AlignRight | Qt::AlignVCenter,
                   QCoreApplication::translate("ow::documents", "Page %1 of %2").arg(i + 1).arg(pages));
        paintPracticeWatermark(p, page, ctx);
        p.restore();
    }
    p.end();
    return {};
}

} // namespace ow::documents::flow
