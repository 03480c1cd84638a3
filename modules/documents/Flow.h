#pragma once
// The page flow shared by the documents (internal to this module): texts laid out once with
// QTextLayout and drawn from that same layout, blocks that a page break never splits (a heading,
// a paragraph, a table row), pagination, and rendering on any paged device with the footer, the
// page numbers and, in practice, the watermark.
//
// Units: the layout is computed once in device-independent units, a 1200 dpi reference: kMm units
// make one millimetre of the A4 page's printable width (180 mm with 15 mm margins), and
// renderPages() scales them to whatever the device is.

#include "core/Result.h"
#include "documents/DocumentContext.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>
#include <QTextLayout>

#include <functional>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace ow::documents {

struct QrCode;

namespace flow {

inline constexpr double kMm = 1200.0 / 25.4;
inline constexpr double kMargin = 15;  // mm, every side
inline constexpr double kWidth = (210 - 2 * kMargin) * kMm;
inline constexpr double kA4Height = (297 - 2 * kMargin) * kMm;
inline constexpr double kFooterReserve = 8.5 * kMm;  // paintFooter's band and a gap above it
inline constexpr double kPad = 1.3 * kMm;            // inside table cells
inline constexpr double kQrColumn = 48 * kMm;        // the QR code and its caption, right of the header
inline constexpr double kQrSide = 31 * kMm;          // the QR code with its quiet zone

extern const QColor kInk;
extern const QColor kMuted;
extern const QColor kGrid;
extern const QColor kShade;

// Noto Sans CJK SC at `mm` millimetres, unshaped (see Flow.cpp).
[[nodiscard]] QFont font(double mm, bool bold = false);
[[nodiscard]] QString dateText(QDate d);  // 2026-03-02
inline const QString kBlank = QStringLiteral("________________");

// A wrapped text, laid out once and drawn from the same layout.
class Text {
public:
    Text() = default;
    // Lines after the first are indented by `hang` (a bulleted item wraps under its text).
    Text(const QString &text, const QFont &f, double width, QColor color = kInk, Qt::Alignment align = Qt::AlignLeft,
         double hang = 0);
    [[nodiscard]] double height() const { return m_height; }
    [[nodiscard]] double naturalWidth() const;
    void draw(QPainter &p, QPointF topLeft) const;

private:
    std::shared_ptr<QTextLayout> m_layout;
    QColor m_color = kInk;
    double m_height = 0;
};

// A piece of the flow that a page break never splits: a heading, a paragraph, a table row.
struct Block {
    double height = 0;
    double spaceBefore = 0;                     // dropped at the top of a page
    bool keepWithNext = false;                  // a heading stays with what follows it
    bool pinBottom = false;                     // a tear-off stub: at the bottom of the last page
    std::shared_ptr<const Block> repeatHeader;  // a table row: the table's header row, repeated on a new page
    std::function<void(QPainter &, double y)> paint;
};
using BlockPtr = std::shared_ptr<const Block>;

struct Column {
    double width = 0;
};
using Cell = QList<Text>;

[[nodiscard]] double cellHeight(const Cell &cell);
[[nodiscard]] std::shared_ptr<Block> tableRow(const QList<Column> &columns, const QList<Cell> &cells, bool shaded,
                                              double spaceBefore = 0);
[[nodiscard]] BlockPtr textBlock(Text text, double indent = 0, double spaceBefore = 0, Text bullet = {});
// One cell of one text, padded for its column.
[[nodiscard]] Cell cell(const QString &text, double width, const QFont &f, QColor color = kInk,
                        Qt::Alignment align = Qt::AlignLeft);

// The usual pieces of a document, appended in reading order.
class Builder {
public:
    std::vector<BlockPtr> blocks;

    void add(BlockPtr b) { blocks.push_back(std::move(b)); }
    // Title, subtitle lines, a small muted note (a code, a category) when given, then meta lines;
    // a QR code with its caption on the right when `qr` is set; a rule underneath.
    void header(const QString &title, const QStringList &subtitles, const QStringList &meta, const QrCode *qr = nullptr,
                const QString &qrCaption = {}, const QString &note = {});
    void section(const QString &text);
    void paragraph(const QString &text, const QFont &f = font(3.5), QColor color = kInk, double spaceBefore = 1.5 * kMm);
    void bullets(const QStringList &items);
    // Label/value pairs in two columns (label muted); one block per pair, the first
    // `spaceBefore` below what precedes it.
    void fields(const QList<std::pair<QString, QString>> &pairs, double spaceBefore = 1 * kMm);
    // A table whose header row repeats on every page the rows flow onto.
    void table(const QList<Column> &columns, const QList<Cell> &header, const QList<QList<Cell>> &rows);
    // A signature line ("Officer's signature: ____") with room to sign above it.
    void signatureLine(const QString &label);
};

struct Placed {
    BlockPtr block;
    double y = 0;
};

struct Pages {
    std::vector<std::vector<Placed>> pages;
    double pageHeight = 0;
    Text runningHeader;  // on every page after the first
};

// Blocks in order; a block that does not fit starts a new page (a table row repeats its table's
// header there); a heading moves with what follows it; a pinned block goes to the bottom of the
// last page. A block taller than a whole page would run into the footer rather than be cut.
[[nodiscard]] Pages paginate(const std::vector<BlockPtr> &blocks, double pageHeight, Text runningHeader);

// A4 portrait with kMargin on every side.
[[nodiscard]] QPageLayout a4Layout();

// Sets the device to `layout`, and paints every page `layOut(pageHeight)` gives with the running
// header, the footer, "Page i of n" and the practice watermark. Fails when the device refuses the
// painter or a new page.
core::Status renderPages(QPagedPaintDevice &device, const QPageLayout &layout, const DocumentContext &ctx,
                         const std::function<Pages(double pageHeight)> &layOut);

} // namespace flow
} // namespace ow::documents
