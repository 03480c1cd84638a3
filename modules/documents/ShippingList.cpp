#include "documents/ShippingList.h"

#include "documents/Flow.h"

#include <QCoreApplication>

namespace ow::documents {

using namespace flow;

ShippingList::ShippingList(casework::MergeResult merged, QDate day, DocumentContext ctx)
    : m_merged(std::move(merged)), m_day(day), m_ctx(std::move(ctx))
{
}

QString ShippingList::title() const
{
    const QDate day = m_day.isValid() ? m_day : m_ctx.printedAt.date();
    return QCoreApplication::translate("ow::documents", "Shipping list %1").arg(dateText(day));
}

QPageLayout ShippingList::pageLayout() const { return a4Layout(); }

int ShippingList::deliveryCount() const
{
    int n = 0;
    for (const casework::Shipment &s : m_merged.shipments) n += int(s.caseNumbers.size());
    return n;
}

core::Status ShippingList::render(QPagedPaintDevice &device) const
{
    if (m_merged.shipments.isEmpty())
        return core::makeError(QStringLiteral("document.content"),
                               QCoreApplication::translate("ow::documents", "There is no parcel to list."),
                               QStringLiteral("ShippingList without shipments"));
    const QDate day = m_day.isValid() ? m_day : m_ctx.printedAt.date();
    const QString heading = QCoreApplication::translate("ow::documents", "Shipping list");
    Builder b;
    b.header(heading, {},
             {QCoreApplication::translate("ow::documents", "Date: %1").arg(dateText(day)),
              QCoreApplication::translate("ow::documents", "Officer: %1    Counter: %2")
                  .arg(m_ctx.officerNumber, m_ctx.counterName),
              QCoreApplication::translate("ow::documents", "Cases: %1    Parcels: %2    Parcels saved by merging: %3")
                  .arg(deliveryCount())
                  .arg(m_merged.shipments.size())
                  .arg(m_merged.savedParcels)});

    const QList<Column> cols{{10 * kMm}, {24 * kMm}, {24 * kMm}, {kWidth - 120 * kMm}, {34 * kMm}, {28 * kMm}};
    const QFont body = font(3.2), head = font(3.0, true);
    QList<QList<Cell>> rows;
    int n = 0;
    for (const casework::Shipment &s : m_merged.shipments) {
        Cell cases;
        for (const QString &c : s.caseNumbers) cases << Text(c, body, cols[4].width - 2 * kPad);
        rows << QList<Cell>{cell(QString::number(++n), cols[0].width, body, kInk, Qt::AlignHCenter),
                            cell(s.recipient, cols[1].width, body), cell(maskPhone(s.phone), cols[2].width, body),
                            cell(s.address, cols[3].width, body), cases,
                            cell(QString(), cols[5].width, body)};
    }
    b.table(cols,
            {cell(QCoreApplication::translate("ow::documents", "No."), cols[0].width, head, kInk, Qt::AlignHCenter),
             cell(QCoreApplication::translate("ow::documents", "Recipient"), cols[1].width, head),
             cell(QCoreApplication::translate("ow::documents", "Phone"), cols[2].width, head),
             cell(QCoreApplication::translate("ow::documents", "Address"), cols[3].width, head),
             cell(QCoreApplication::translate("ow::documents", "Case numbers"), cols[4].width, head),
             cell(QCoreApplication::translate("ow::documents", "Waybill number"), cols[5].width, head)},
            rows);
    b.signatureLine(QCoreApplication::translate("ow::documents", "Handed over by: %1    Courier: %1    Time: %1")
                        .arg(kBlank));

    const std::vector<BlockPtr> blocks = std::move(b.blocks);
    return renderPages(device, pageLayout(), m_ctx, [&](double pageHeight) {
        return paginate(blocks, pageHeight, Text(title(), font(3.0), kWidth, kMuted));
    });
}

} // namespace ow::documents
