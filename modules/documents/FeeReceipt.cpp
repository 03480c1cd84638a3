#include "documents/FeeReceipt.h"

#include "documents/Flow.h"

#include <QCoreApplication>

namespace ow::documents {

using namespace flow;

FeeReceipt::FeeReceipt(FeeReceiptData data, DocumentContext ctx) : m_data(std::move(data)), m_ctx(std::move(ctx)) {}

QString FeeReceipt::title() const
{
    const QString ref = !m_data.receiptNumber.isEmpty() ? m_data.receiptNumber
                        : !m_data.items.isEmpty()       ? m_data.items.first().caseNumber
                                                        : QString();
    return QCoreApplication::translate("ow::documents", "Fee receipt: %1").arg(ref);
}

QPageLayout FeeReceipt::pageLayout() const { return a4Layout(); }

core::Money FeeReceipt::total() const
{
    core::Money sum;
    for (const FeeItem &i : m_data.items) sum = sum + i.charged;
    return sum;
}

core::Money FeeReceipt::exempted() const
{
    core::Money sum;
    for (const FeeItem &i : m_data.items) sum = sum + core::Money{i.standard.fen - i.charged.fen};
    return sum;
}

QStringList FeeReceipt::caseNumbers() const
{
    QStringList out;
    for (const FeeItem &i : m_data.items)
        if (!i.caseNumber.isEmpty() && !out.contains(i.caseNumber)) out << i.caseNumber;
    return out;
}

core::Status FeeReceipt::render(QPagedPaintDevice &device) const
{
    if (m_data.items.isEmpty())
        return core::makeError(QStringLiteral("document.content"),
                               QCoreApplication::translate("ow::documents", "There is no fee to print."),
                               QStringLiteral("FeeReceipt without items"));
    for (const FeeItem &i : m_data.items)
        if (i.charged.fen < 0 || i.charged.fen > i.standard.fen)
            return core::makeError(
                QStringLiteral("document.content"),
                QCoreApplication::translate("ow::documents", "The fee \"%1\" charges more than its standard amount.")
                    .arg(i.name),
                QStringLiteral("charged %1 fen, standard %2 fen").arg(i.charged.fen).arg(i.standard.fen));

    const QString heading = QCoreApplication::translate("ow::documents", "Fee receipt");
    const QDateTime paid = m_data.paidAt.isValid() ? m_data.paidAt : m_ctx.printedAt;
    Builder b;
    QStringList meta;
    if (!m_data.receiptNumber.isEmpty())
        meta << QCoreApplication::translate("ow::documents", "Receipt number: %1").arg(m_data.receiptNumber);
    meta << QCoreApplication::translate("ow::documents", "Payer: %1")
                .arg(m_data.payerName.isEmpty() ? kBlank : m_data.payerName)
         << QCoreApplication::translate("ow::documents", "Case numbers: %1").arg(caseNumbers().join(QStringLiteral(", ")))
         << QCoreApplication::translate("ow::documents", "Paid at: %1").arg(paid.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    b.header(heading, {}, meta);

    const QList<Column> cols{{40 * kMm}, {50 * kMm}, {22 * kMm}, {kWidth - 134 * kMm}, {22 * kMm}};
    const QFont body = font(3.3), head = font(3.0, true);
    QList<QList<Cell>> rows;
    for (const FeeItem &i : m_data.items)
        rows << QList<Cell>{cell(i.caseNumber, cols[0].width, body), cell(i.name, cols[1].width, body),
                            cell(i.standard.toString(), cols[2].width, body, kInk, Qt::AlignRight),
                            cell(i.exemption.isEmpty() ? QStringLiteral("—") : i.exemption, cols[3].width, body),
                            cell(i.charged.toString(), cols[4].width, body, kInk, Qt::AlignRight)};
    rows << QList<Cell>{cell(QCoreApplication::translate("ow::documents", "Total"), cols[0].width, font(3.5, true)),
                        Cell{}, Cell{}, Cell{},
                        cell(total().toString(), cols[4].width, font(3.5, true), kInk, Qt::AlignRight)};
    b.section(QCoreApplication::translate("ow::documents", "Items"));
    b.table(cols,
            {cell(QCoreApplication::translate("ow::documents", "Case number"), cols[0].width, head),
             cell(QCoreApplication::translate("ow::documents", "Fee"), cols[1].width, head),
             cell(QCoreApplication::translate("ow::documents", "Standard"), cols[2].width, head, kInk, Qt::AlignRight),
             cell(QCoreApplication::translate("ow::documents", "Exemption applied"), cols[3].width, head),
             cell(QCoreApplication::translate("ow::documents", "Charged"), cols[4].width, head, kInk, Qt::AlignRight)},
            rows);

    b.section(QCoreApplication::translate("ow::documents", "Payment"));
    QList<std::pair<QString, QString>> pay{
        {QCoreApplication::translate("ow::documents", "Total paid"), total().toString(true)},
        {QCoreApplication::translate("ow::documents", "Payment method"), paymentMethodText(m_data.method)}};
    if (exempted().fen > 0)
        pay << std::pair{QCoreApplication::translate("ow::documents", "Exempted"), exempted().toString()};
    b.fields(pay);
    b.signatureLine(QCoreApplication::translate("ow::documents", "Received by (officer %1): %2")
                        .arg(m_ctx.officerNumber, kBlank));

    const std::vector<BlockPtr> blocks = std::move(b.blocks);
    return renderPages(device, pageLayout(), m_ctx, [&](double pageHeight) {
        return paginate(blocks, pageHeight, Text(title(), font(3.0), kWidth, kMuted));
    });
}

} // namespace ow::documents
