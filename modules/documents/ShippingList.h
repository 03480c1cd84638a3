#pragma once
// The shipping list (寄递清单) handed to the courier with the day's parcels: one row per merged
// shipment (casework::mergeShipments) with its recipient, masked phone, address and the case
// numbers it carries, and how many parcels merging saved. A4, footer, PRACTICE / 练习 in practice.

#include "casework/Shipments.h"
#include "devicekit/Device.h"
#include "documents/DocumentContext.h"

#include <QDate>

namespace ow::documents {

class ShippingList final : public devicekit::PrintDocument {
public:
    // `day`: the dispatch date printed in the header (invalid: the printing date).
    ShippingList(casework::MergeResult merged, QDate day, DocumentContext ctx);

    [[nodiscard]] QString title() const override;  // "Shipping list <date>"
    [[nodiscard]] QPageLayout pageLayout() const override;  // A4 portrait
    // Fails before painting with document.content when there is no shipment.
    core::Status render(QPagedPaintDevice &device) const override;

    // The shipments printed, as given (phones in full: masked only on paper).
    [[nodiscard]] const casework::MergeResult &merged() const { return m_merged; }
    // Cases shipped: the case numbers of every shipment together.
    [[nodiscard]] int deliveryCount() const;

private:
    casework::MergeResult m_merged;
    QDate m_day;
    DocumentContext m_ctx;
};

} // namespace ow::documents
