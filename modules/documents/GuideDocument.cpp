#include "documents/GuideDocument.h"

#include "core/Money.h"
#include "documents/Flow.h"
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

using namespace flow;

struct GuideDocument::Layout : flow::Pages {};

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

QPageLayout GuideDocument::pageLayout() const { return a4Layout(); }

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

    // The shared pieces (Flow.h): header, sections, paragraphs, bullets, tables.
    Builder doc;
    std::vector<BlockPtr> &blocks = doc.blocks;

    // --- Header: title, matter, counter, date, catalog version; the QR code on the right.
    {
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
        doc.header(heading, {matterName}, meta, qr,
                   QCoreApplication::translate("ow::documents", "Scan to view the service guide"),
                   matter ? QStringLiteral("%1 · %2").arg(matter->code, catalog::categoryName(matter->category)) : QString());
    }


    // --- The situation: every question asked, with its answer.
    doc.section(QCoreApplication::translate("ow::documents", "Your situation"));
    if (m_checklist.askedQuestions.isEmpty()) {
        doc.paragraph(QCoreApplication::translate(
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
        doc.table(cols,
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
        doc.section(QCoreApplication::translate("ow::documents", "Materials to bring"));
        if (m_checklist.materials.isEmpty())
            doc.paragraph(QCoreApplication::translate("ow::documents", "No materials are needed."));
        else
            doc.table(matCols, matHeader, materialRows(m_checklist.materials));
        if (!m_checklist.complete()) doc.paragraph(openNote, small, kMuted);

        // --- Fee after exemptions.
        doc.section(QCoreApplication::translate("ow::documents", "Fee"));
        if (m_checklist.fees.isEmpty()) {
            doc.paragraph(QCoreApplication::translate("ow::documents", "No fee is charged for this matter."));
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
            doc.table(cols,
                     {cell(QCoreApplication::translate("ow::documents", "Fee"), cols[0].width, smallBold),
                      cell(QCoreApplication::translate("ow::documents", "Standard"), cols[1].width, smallBold),
                      cell(QCoreApplication::translate("ow::documents", "Exemption applied"), cols[2].width, smallBold),
                      cell(QCoreApplication::translate("ow::documents", "To pay"), cols[3].width, smallBold)},
                     rows);
            if (!m_checklist.feeCertain())
                doc.paragraph(
                    QCoreApplication::translate("ow::documents", "The fee may change with the answers still open."),
                    small, kMuted);
        }

        // --- Time limit.
        doc.section(QCoreApplication::translate("ow::documents", "Time limit"));
        if (m_checklist.workingDays == 0)
            doc.paragraph(QCoreApplication::translate(
                "ow::documents", "Done on the spot: the result is handed over at the counter the same day."));
        else
            doc.paragraph(QCoreApplication::translate("ow::documents", "%n working day(s); ready on %1 at the latest.",
                                                  nullptr, m_checklist.workingDays)
                          .arg(dateText(m_checklist.deadline)));
        if (!m_checklist.deadlineCertain)
            doc.paragraph(
                QCoreApplication::translate("ow::documents", "The time limit may change with the answers still open."),
                small, kMuted);

        if (!m_checklist.notes.isEmpty()) {
            doc.section(QCoreApplication::translate("ow::documents", "Notes"));
            QStringList items;
            for (const catalog::MatterNote *n : m_checklist.notes) items << n->text.text();
            doc.bullets(items);
        }
        if (matter && !matter->legalBasis.isEmpty()) {
            doc.section(QCoreApplication::translate("ow::documents", "Legal basis"));
            QStringList items;
            for (const catalog::LocalText &l : matter->legalBasis) items << l.text();
            doc.bullets(items);
        }
    } else {
        const QList<catalog::ChecklistMaterial> missing = missingMaterials();
        doc.section(QCoreApplication::translate("ow::documents", "Materials still missing"));
        if (missing.isEmpty())
            doc.paragraph(
                QCoreApplication::translate("ow::documents", "Every material on the checklist has been received."));
        else
            doc.table(matCols, matHeader, materialRows(missing));
        bool uncertain = false;
        for (const catalog::ChecklistMaterial &m : missing) uncertain = uncertain || !m.certain;
        if (uncertain) doc.paragraph(openNote, small, kMuted);

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

    Layout layout;
    static_cast<flow::Pages &>(layout) =
        paginate(blocks, pageHeight, Text(QStringLiteral("%1 · %2").arg(heading, matterName), small, kWidth, kMuted));
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
    return renderPages(device, pageLayout(), m_ctx,
                       [&](double pageHeight) -> Pages { return layOut(pageHeight, qr ? &*qr : nullptr); });
}

QString guideUrl(const QString &urlTemplate, const QString &matterCode)
{
    if (urlTemplate.isEmpty()) return {};
    QString out = urlTemplate;
    return out.replace(QStringLiteral("{code}"), QString::fromLatin1(QUrl::toPercentEncoding(matterCode)));
}

} // namespace ow::documents
