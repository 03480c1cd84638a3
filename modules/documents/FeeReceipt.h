#pragma once
// The fee receipt (收费票据): what was charged for which cases, the exemptions applied, the total
// in yuan and how it was paid. A4, footer, PRACTICE / 练习 in practice. The payer's name is
// printed, no ID number.

#include "casework/Intake.h"
#include "core/Money.h"
#include "devicekit/Device.h"
#include "documents/DocumentContext.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::documents {

// How the fee was paid: the intake's choice (casework/Intake.h).
using casework::PaymentMethod;
using casework::paymentMethodKey;
using casework::paymentMethodFromKey;
inline QString paymentMethodText(PaymentMethod m) { return casework::paymentMethodDisplayName(m); }

struct FeeItem {
    QString caseNumber;
    QString name;          // the fee ("居民身份证工本费")
    core::Money standard;  // before exemption
    QString exemption;     // the exemption applied, empty for none
    core::Money charged;   // what is paid
};

struct FeeReceiptData {
    QString receiptNumber;  // may be empty
    QString payerName;
    QList<FeeItem> items;
    PaymentMethod method = PaymentMethod::Cash;
    QDateTime paidAt;
};

class FeeReceipt final : public devicekit::PrintDocument {
public:
    FeeReceipt(FeeReceiptData data, DocumentContext ctx);

    [[nodiscard]] QString title() const override;  // "Fee receipt: <number or first case>"
    [[nodiscard]] QPageLayout pageLayout() const override;  // A4 portrait
    // Fails before painting with document.content when there is no item, or when an item charges
    // more than its standard amount or a negative amount.
    core::Status render(QPagedPaintDevice &device) const override;

    // What the receipt prints, as given.
    [[nodiscard]] const FeeReceiptData &data() const { return m_data; }
    [[nodiscard]] core::Money total() const;         // the sum of what is charged
    [[nodiscard]] core::Money exempted() const;      // the sum of standard minus charged
    [[nodiscard]] QStringList caseNumbers() const;   // distinct, in item order

private:
    FeeReceiptData m_data;
    DocumentContext m_ctx;
};

} // namespace ow::documents
