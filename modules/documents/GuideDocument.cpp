#include "documents/GuideDocument.h"

#include "core/Money.h"
#include "documents/QrCode.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>
#include <QUrl>

#include <functional>
#include <optional>
#include <vector>

namespace ow::documents {
namespace {

// The layout is computed once in device-independent units, a 1200 dpi reference: kMm units make
// one millimetre of the A4 page's printable width (180 mm with 15 mm margins), and render()
// scales them to whatever the device is. Texts are laid out with QTextLayout and drawn from that
// same layout, so what was measured for the page breaks is exactly what is printed.
constexpr double kMm = 1200.0 / 25.4;
constexpr double kMargin = 15;  // mm, every side
constexpr double kWidth = (210 - 2 * kMargin) * kMm;
constexpr double kA4Height = (297 - 2 * kMargin) * kMm;
constexpr double kFooterReserve = 8.5 * kMm;  // paintFooter's band and a gap above it
constexpr double kPad = 1.3 * kMm;            // inside table cells
constexpr double kQrColumn = 48 * kMm;        // the QR code and its caption, right of the header
constexpr double kQrSide = 31 * kMm;          // the QR code with its quiet zone

const QColor kInk(0, 0, 0);
const QColor kMuted(90, 90, 90);
const QColor kGrid(110, 110, 110);
const QColor kShade(235, 235, 235);

QFont font(double mm, bool bold = false)
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

const QString kBlank = QStringLiteral("________________");

// A wrapped text, laid out once and drawn from the same layout.
class Text {
public:
    Text() = default;
    // Lines after the first are indented by `hang` (a bulleted item wraps under its text).
    Text(const QString &text, const QFont &f, double width, QColor color = kInk, Qt::Alignment align = Qt::AlignLeft,
         double hang = 0)
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
    [[nodiscard]] double height() const { return m_height; }
    [[nodiscard]] double naturalWidth() const
    {
        double w = 0;
        for (int i = 0; m_layout && i < m_layout->lineCount(); ++i)
            w = std::max(w, m_layout->lineAt(i).naturalTextWidth());
        return w;
    }
    void draw(QPainter &p, QPointF topLeft) const
    {
        if (!m_layout) return;
        p.setPen(m_color);
        m_layout->draw(&p, topLeft);
    }

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
    bool pinBottom = false;                     // the tear-off stub: at the bottom of the last page
    std::shared_ptr<const Block> repeatHeader;  // a table row: the table's header row, repeated on a new page
    std::function<void(QPainter &, double y)> paint;
};
using BlockPtr = std::shared_ptr<const Block>;

struct Placed {
    BlockPtr block;
    double y = 0;
};

struct Column {
    double width = 0;
};
using Cell = QList<Text>;

double cellHeight(const Cell &cell)
{
    double h = 0;
    for (const Text &t : cell) h += t.height();
    return h;
}

std::shared_ptr<Block> tableRow(const QList<Column> &columns, const QList<Cell> &cells, bool shaded,
                                double spaceBefore = 0)
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

BlockPtr textBlock(Text text, double indent = 0, double spaceBefore = 0, Text bullet = {})
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

QString dateText(QDate d) { return d.toString(QStringLiteral("yyyy-MM-dd")); }

} // namespace

struct GuideDocument::Layout {
    std::vector<std::vector<Placed>> pages;
    double pageHeight = 0;
    Text runningHeader;
};

GuideDocument::GuideDocument(Kind kind, std::shared_ptr<const catalog::Catalog> catalog, catalog::Checklist checklist,
                             DocumentContext ctx, QString guideUrl, CitizenLine citizen, QSet<QString> received)
    : m_kind(kind), m_catalog(std::move(catalog)), m_checklist(std::move(checklist)), m_ctx(std::move(ctx)),
      m_guideUrl(std::move(guideUrl)), m_citizen(std::move(citizen)), m_received(std::move(received))
{
}

QString GuideDocument::title() const
{
    const QString matter = m_checklist.matter ? m_checklist.matter->name.text() : QString();
    return m_kind == Kind::Checklist
               ? QCoreApplication::translate("ow::documents", "Materials checklist: %1").arg(matter)
               : QCoreApplication::translate("ow::documents", "One-time notice: %1").arg(matter);
}

QPageLayout GuideDocument::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(kMargin, kMargin, kMargin, kMargin),
                       QPageLayout::Millimeter);
}

QList<catalog::ChecklistMaterial> GuideDocument::missingMaterials() const
{
    QList<catalog::ChecklistMaterial> out;
    for (const catalog::ChecklistMaterial &m : m_checklist.materials)
        if (m.material && !m_received.contains(m.material->id)) out << m;
    return out;
}

GuideDocument::Layout GuideDocument::layOut(double pageHeight, const QrCode *qr) const
{
    const bool notice = m_kind == Kind::OneTimeNotice;
    const catalog::Matter *matter = m_checklist.matter;
    const QString matterName = matter ? matter->name.text() : QString();
    const QDate printedOn = m_ctx.printedAt.isValid() ? m_ctx.printedAt.date() : m_checklist.acceptedOn;
    const QString version = !m_checklist.catalogVersion.isEmpty() ? m_checklist.catalogVersion
                            : m_catalog                           ? m_catalog->version()
                                                                  : QString();
    const QString heading = notice ? QCoreApplication::translate("ow::documents", "One-time notice")
                                   : QCoreApplication::translate("ow::documents", "Materials checklist");
    const QFont body = font(3.5), bodyBold = font(3.5, true), small = font(3.0), smallBold = font(3.0, true);

    std::vector<BlockPtr> blocks;

    // --- Header: title, matter, counter, date, catalog version; the QR code on the right.
    {
        const bool withQr = qr != nullptr;
        const double left = withQr ? kWidth - kQrColumn - 3 * kMm : kWidth;
        QList<Text> lines;
        lines << Text(heading, font(6.5, true), left);
        lines << Text(matterName, font(5.0, true), left);
        if (matter)
            lines << Text(QStringLiteral("%1 · %2").arg(matter->code, catalog::categoryName(matter->category)), small,
                          left, kMuted);
        QStringList meta;
        meta << QCoreApplication::translate("ow::documents", "Counter: %1").arg(m_ctx.counterName)
             << QCoreApplication::translate("ow::documents", "Date: %1").arg(dateText(printedOn))
             << QCoreApplication::translate("ow::documents", "Catalog version: %1").arg(version);
        if (notice || !m_citizen.name.isEmpty() || !m_citizen.maskedIdNumber.isEmpty()) {
            meta << QCoreApplication::translate("ow::documents", "Applicant: %1")
                        .arg(m_citizen.name.isEmpty() ? kBlank : m_citizen.name)
                 << QCoreApplication::translate("ow::documents", "ID number: %1")
                        .arg(m_citizen.maskedIdNumber.isEmpty() ? kBlank : m_citizen.maskedIdNumber);
        }
        QList<Text> metaLines;
        for (const QString &m : meta) metaLines << Text(m, body, left);
        double h = 0;
        for (const Text &t : lines) h += t.height();
        h += 2 * kMm;
        for (const Text &t : metaLines) h += t.height();
        const Text caption(QCoreApplication::translate("ow::documents", "Scan to view the service guide"), small,
                           kQrColumn, kInk, Qt::AlignHCenter);
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

    auto sectionHeading = [&](const QString &text) {
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
    };
    auto paragraph = [&](const QString &text, const QFont &f = font(3.5), QColor color = kInk,
                         double spaceBefore = 1.5 * kMm) {
        blocks.push_back(textBlock(Text(text, f, kWidth, color), 0, spaceBefore));
    };
    auto bullets = [&](const QStringList &items) {
        for (const QString &item : items)
            blocks.push_back(textBlock(Text(item, font(3.5), kWidth - 5 * kMm), 5 * kMm, 1 * kMm,
                                       Text(QStringLiteral("•"), font(3.5), 4 * kMm)));
    };
    auto addTable = [&](const QList<Column> &columns, const QList<Cell> &header, const QList<QList<Cell>> &rows) {
        std::shared_ptr<Block> head = tableRow(columns, header, true, 1.5 * kMm);
        head->keepWithNext = true;
        blocks.push_back(head);
        for (const QList<Cell> &row : rows) {
            std::shared_ptr<Block> r = tableRow(columns, row, false);
            r->repeatHeader = head;
            blocks.push_back(r);
        }
    };
    auto cell = [](const QString &text, double width, const QFont &f, QColor color = kInk,
                   Qt::Alignment align = Qt::AlignLeft) { return Cell{Text(text, f, width - 2 * kPad, color, align)}; };

    // --- The situation: every question asked, with its answer.
    sectionHeading(QCoreApplication::translate("ow::documents", "Your situation"));
    if (m_checklist.askedQuestions.isEmpty()) {
        paragraph(QCoreApplication::translate(
            "ow::documents", "This matter asks no questions: the checklist is the same for everyone."));
    } else {
        const QList<Column> cols{{78 * kMm}, {kWidth - 78 * kMm}};
        QList<QList<Cell>> rows;
        for (const catalog::GuideQuestion *q : m_checklist.askedQuestions) {
            const auto answer = m_checklist.answers.constFind(q->id);
            const bool answered = answer != m_checklist.answers.constEnd();
            rows << QList<Cell>{cell(q->text.text(), cols[0].width, font(3.5)),
                                answered ? cell(catalog::Guide::answerText(*q, *answer), cols[1].width, font(3.5))
                                         : cell(QCoreApplication::translate("ow::documents", "Not answered yet"),
                                                cols[1].width, font(3.5), kMuted)};
        }
        addTable(cols,
                 {cell(QCoreApplication::translate("ow::documents", "Question"), cols[0].width, smallBold),
                  cell(QCoreApplication::translate("ow::documents", "Answer"), cols[1].width, smallBold)},
                 rows);
    }

    // --- Materials: the whole checklist, or only what is still missing.
    const QList<Column> matCols{{10 * kMm}, {60 * kMm}, {17 * kMm}, {17 * kMm}, {kWidth - 104 * kMm}};
    auto materialRows = [&](const QList<catalog::ChecklistMaterial> &materials) {
        QList<QList<Cell>> rows;
        int n = 0;
        for (const catalog::ChecklistMaterial &cm : materials) {
            const catalog::Material &m = *cm.material;
            Cell name = cell(m.name.text(), matCols[1].width, body);
            if (!cm.certain)
                name << Text(QCoreApplication::translate("ow::documents", "Possibly needed"), smallBold,
                             matCols[1].width - 2 * kPad, kMuted);
            if (m.counterPhoto)
                name << Text(QCoreApplication::translate("ow::documents", "The photo can be taken at the counter."),
                             small, matCols[1].width - 2 * kPad, kMuted);
            if (!m.note.zh.isEmpty() || !m.note.en.isEmpty())
                name << Text(m.note.text(), small, matCols[1].width - 2 * kPad, kMuted);
            Cell points;
            for (const catalog::LocalText &rp : m.reviewPoints)
                points << Text(QStringLiteral("• ") + rp.text(), small, matCols[4].width - 2 * kPad, kInk,
                               Qt::AlignLeft, QFontMetricsF(small).horizontalAdvance(QStringLiteral("• ")));
            auto count = [&](int c, const Column &col) {
                return cell(c > 0 ? QString::number(c) : QStringLiteral("—"), col.width, body, kInk, Qt::AlignHCenter);
            };
            rows << QList<Cell>{cell(QString::number(++n), matCols[0].width, body, kInk, Qt::AlignHCenter), name,
                                count(m.originals, matCols[2]), count(m.copies, matCols[3]), points};
        }
        return rows;
    };
    const QList<Cell> matHeader{
        cell(QCoreApplication::translate("ow::documents", "No."), matCols[0].width, smallBold, kInk, Qt::AlignHCenter),
        cell(QCoreApplication::translate("ow::documents", "Material"), matCols[1].width, smallBold),
        cell(QCoreApplication::translate("ow::documents", "Originals"), matCols[2].width, smallBold, kInk,
             Qt::AlignHCenter),
        cell(QCoreApplication::translate("ow::documents", "Copies"), matCols[3].width, smallBold, kInk,
             Qt::AlignHCenter),
        cell(QCoreApplication::translate("ow::documents", "Points to check"), matCols[4].width, smallBold)};
    QStringList openQuestions;
    for (const catalog::GuideQuestion *q : m_checklist.openQuestions) openQuestions << q->text.text();
    const QString openNote =
        QCoreApplication::translate("ow::documents",
                                    "Items marked \"possibly needed\" depend on questions not answered yet: %1.")
            .arg(openQuestions.join(QStringLiteral("; ")));

    if (!notice) {
        sectionHeading(QCoreApplication::translate("ow::documents", "Materials to bring"));
        if (m_checklist.materials.isEmpty())
            paragraph(QCoreApplication::translate("ow::documents", "No materials are needed."));
        else
            addTable(matCols, matHeader, materialRows(m_checklist.materials));
        if (!m_checklist.complete()) paragraph(openNote, small, kMuted);

        // --- Fee after exemptions.
        sectionHeading(QCoreApplication::translate("ow::documents", "Fee"));
        if (m_checklist.fees.isEmpty()) {
            paragraph(QCoreApplication::translate("ow::documents", "No fee is charged for this matter."));
        } else {
            const QList<Column> cols{{62 * kMm}, {28 * kMm}, {kWidth - 118 * kMm}, {28 * kMm}};
            QList<QList<Cell>> rows;
            for (const catalog::ChecklistFee &f : m_checklist.fees) {
                Cell name = cell(f.fee->name.text(), cols[0].width, body);
                if (!f.certain)
                    name << Text(QCoreApplication::translate("ow::documents", "Possibly charged"), smallBold,
                                 cols[0].width - 2 * kPad, kMuted);
                rows << QList<Cell>{
                    name, cell(core::Money{f.fee->amountFen}.toString(), cols[1].width, body),
                    cell(f.exemption ? f.exemption->name.text() : QStringLiteral("—"), cols[2].width, body),
                    cell(core::Money{f.chargedFen}.toString(), cols[3].width, body)};
            }
            rows << QList<Cell>{
                cell(QCoreApplication::translate("ow::documents", "Total to pay"), cols[0].width, bodyBold), Cell{},
                Cell{}, cell(core::Money{m_checklist.totalFen()}.toString(), cols[3].width, bodyBold)};
            addTable(cols,
                     {cell(QCoreApplication::translate("ow::documents", "Fee"), cols[0].width, smallBold),
                      cell(QCoreApplication::translate("ow::documents", "Standard"), cols[1].width, smallBold),
                      cell(QCoreApplication::translate("ow::documents", "Exemption applied"), cols[2].width, smallBold),
                      cell(QCoreApplication::translate("ow::documents", "To pay"), cols[3].width, smallBold)},
                     rows);
            if (!m_checklist.feeCertain())
                paragraph(
                    QCoreApplication::translate("ow::documents", "The fee may change with the answers still open."),
                    small, kMuted);
        }

        // --- Time limit.
        sectionHeading(QCoreApplication::translate("ow::documents", "Time limit"));
        if (m_checklist.workingDays == 0)
            paragraph(QCoreApplication::translate(
                "ow::documents", "Done on the spot: the result is handed over at the counter the same day."));
        else
            paragraph(QCoreApplication::translate("ow::documents", "%n working day(s); ready on %1 at the latest.",
                                                  nullptr, m_checklist.workingDays)
                          .arg(dateText(m_checklist.deadline)));
        if (!m_checklist.deadlineCertain)
            paragraph(
                QCoreApplication::translate("ow::documents", "The time limit may change with the answers still open."),
                small, kMuted);

        if (!m_checklist.notes.isEmpty()) {
            sectionHeading(QCoreApplication::translate("ow::documents", "Notes"));
            QStringList items;
            for (const catalog::MatterNote *n : m_checklist.notes) items << n->text.text();
            bullets(items);
        }
        if (matter && !matter->legalBasis.isEmpty()) {
            sectionHeading(QCoreApplication::translate("ow::documents", "Legal basis"));
            QStringList items;
            for (const catalog::LocalText &l : matter->legalBasis) items << l.text();
            bullets(items);
        }
    } else {
        const QList<catalog::ChecklistMaterial> missing = missingMaterials();
        sectionHeading(QCoreApplication::translate("ow::documents", "Materials still missing"));
        if (missing.isEmpty())
            paragraph(
                QCoreApplication::translate("ow::documents", "Every material on the checklist has been received."));
        else
            addTable(matCols, matHeader, materialRows(missing));
        bool uncertain = false;
        for (const catalog::ChecklistMaterial &m : missing) uncertain = uncertain || !m.certain;
        if (uncertain) paragraph(openNote, small, kMuted);

        // The one-time promise, in a frame.
        {
            const Text promise(
                QCoreApplication::translate(
                    "ow::documents",
                    "This notice tells you at one time every material still needed for this matter. Once you "
                    "bring the materials listed above, the matter will be accepted with no further request "
                    "for materials."),
                bodyBold, kWidth - 2 * kPad - 2 * kMm);
            const Text who(QCoreApplication::translate("ow::documents", "Officer: %1    Counter: %2")
                               .arg(m_ctx.officerNumber, m_ctx.counterName),
                           body, kWidth - 2 * kPad - 2 * kMm);
            auto b = std::make_shared<Block>();
            b->height = promise.height() + 1.5 * kMm + who.height() + 2 * kPad + 2 * kMm;
            b->spaceBefore = 6 * kMm;
            b->paint = [promise, who, h = b->height](QPainter &p, double y) {
                p.save();
                p.setPen(QPen(kInk, 0.4 * kMm));
                p.drawRect(QRectF(0, y, kWidth, h));
                p.restore();
                promise.draw(p, QPointF(kPad + kMm, y + kPad + kMm));
                who.draw(p, QPointF(kPad + kMm, y + kPad + kMm + promise.height() + 1.5 * kMm));
            };
            blocks.push_back(b);
        }

        // The tear-off stub the counter keeps, at the bottom of the last page.
        {
            const double half = kWidth / 2;
            const Text cut(QCoreApplication::translate("ow::documents", "Cut along this line"), small, kWidth, kMuted);
            const Text stubTitle(QCoreApplication::translate(
                                     "ow::documents", "Counter stub of the one-time notice (kept by the counter)"),
                                 font(3.8, true), kWidth);
            auto field = [&](const QString &text, double width) { return Text(text, body, width - 2 * kMm); };
            const QList<std::pair<Text, Text>> rows{
                {field(QCoreApplication::translate("ow::documents", "Applicant: %1")
                           .arg(m_citizen.name.isEmpty() ? kBlank : m_citizen.name),
                       half),
                 field(QCoreApplication::translate("ow::documents", "ID number: %1")
                           .arg(m_citizen.maskedIdNumber.isEmpty() ? kBlank : m_citizen.maskedIdNumber),
                       half)},
                {field(QCoreApplication::translate("ow::documents", "Matter: %1").arg(matterName), half),
                 field(QCoreApplication::translate("ow::documents", "Missing items: %n", nullptr, int(missing.size())),
                       half)},
                {field(QCoreApplication::translate("ow::documents", "Date: %1").arg(dateText(printedOn)), half),
                 field(QCoreApplication::translate("ow::documents", "Officer: %1    Counter: %2")
                           .arg(m_ctx.officerNumber, m_ctx.counterName),
                       half)},
            };
            const Text signature(QCoreApplication::translate("ow::documents", "Applicant's signature: %1").arg(kBlank),
                                 font(3.8), kWidth);
            double h = cut.height() + 2 * kMm + stubTitle.height() + 1.5 * kMm;
            for (const auto &r : rows) h += std::max(r.first.height(), r.second.height()) + 0.8 * kMm;
            h += 5 * kMm + signature.height() + 3 * kMm;  // room to sign, and a gap above the footer
            auto b = std::make_shared<Block>();
            b->height = h;
            b->spaceBefore = 5 * kMm;
            b->pinBottom = true;
            b->paint = [cut, stubTitle, rows, signature, half](QPainter &p, double y) {
                const double lineY = y + cut.height() / 2;
                const double labelW = cut.naturalWidth() + 4 * kMm;
                p.save();
                QPen dash(kInk, 0.3 * kMm, Qt::DashLine);
                p.setPen(dash);
                p.drawLine(QPointF(0, lineY), QPointF((kWidth - labelW) / 2, lineY));
                p.drawLine(QPointF((kWidth + labelW) / 2, lineY), QPointF(kWidth, lineY));
                p.restore();
                cut.draw(p, QPointF((kWidth - cut.naturalWidth()) / 2, y));
                double ty = y + cut.height() + 2 * kMm;
                stubTitle.draw(p, QPointF(0, ty));
                ty += stubTitle.height() + 1.5 * kMm;
                for (const auto &r : rows) {
                    r.first.draw(p, QPointF(0, ty));
                    r.second.draw(p, QPointF(half, ty));
                    ty += std::max(r.first.height(), r.second.height()) + 0.8 * kMm;
                }
                signature.draw(p, QPointF(0, ty + 5 * kMm));
            };
            blocks.push_back(b);
        }
    }

    // --- Pages: blocks in order; a block that does not fit starts a new page (a table row
    // repeats its table's header there); a heading moves with what follows it. A block taller
    // than a whole page (a row of some fifty lines, which no catalog has) would run into the
    // footer rather than be cut.
    Layout layout;
    layout.pageHeight = pageHeight;
    layout.runningHeader = Text(QStringLiteral("%1 · %2").arg(heading, matterName), small, kWidth, kMuted);
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

int GuideDocument::pageCount() const
{
    const core::Result<QrCode> qr =
        m_guideUrl.isEmpty() ? core::Result<QrCode>(QrCode{}) : QrCode::encode(m_guideUrl.toUtf8());
    return int(layOut(kA4Height, qr.ok() && qr->size > 0 ? &qr.value() : nullptr).pages.size());
}

core::Status GuideDocument::render(QPagedPaintDevice &device) const
{
    if (!m_checklist.matter)
        return core::makeError(QStringLiteral("document.content"),
                               QCoreApplication::translate("ow::documents", "There is no matter to print."),
                               QStringLiteral("GuideDocument without a matter"));
    std::optional<QrCode> qr;
    if (!m_guideUrl.isEmpty()) {
        core::Result<QrCode> code = QrCode::encode(m_guideUrl.toUtf8());
        if (!code.ok()) return code.error();
        qr = std::move(code).value();
    }
    device.setPageLayout(pageLayout());
    QPainter p;
    if (!p.begin(&device))
        return core::makeError(
            QStringLiteral("document.paint"),
            QCoreApplication::translate("ow::documents", "The page could not be prepared for printing."),
            QStringLiteral("QPainter::begin failed"));
    const double scale = device.width() / kWidth;
    const Layout layout = layOut(device.height() / scale, qr ? &*qr : nullptr);
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
        paintFooter(p, page, m_ctx);
        // Page numbers in paintFooter's band, on the right.
        QFont f = font(1);
        f.setPixelSize(std::max(8, int(page.height() / 90)));
        p.setFont(f);
        p.setPen(Qt::darkGray);
        p.drawText(QRectF(page.left(), page.bottom() - f.pixelSize() * 2.2, page.width(), f.pixelSize() * 2),
                   Qt::AlignRight | Qt::AlignVCenter,
                   QCoreApplication::translate("ow::documents", "Page %1 of %2").arg(i + 1).arg(pages));
        paintPracticeWatermark(p, page, m_ctx);
        p.restore();
    }
    p.end();
    return {};
}

QString guideUrl(const QString &urlTemplate, const QString &matterCode)
{
    if (urlTemplate.isEmpty()) return {};
    QString out = urlTemplate;
    return out.replace(QStringLiteral("{code}"), QString::fromLatin1(QUrl::toPercentEncoding(matterCode)));
}

} // namespace ow::documents
