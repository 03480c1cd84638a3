#pragma once
// The acceptance receipt (受理回执) of a visit: one printout for every matter the citizen left
// at the counter. It names the citizen (the ID number masked, never in full), and for each matter
// its case number, the materials received, the time limit (on the spot, or N working days and
// the date), the fee and a QR code to track the case; then how the result is delivered (pickup at
// the counter, or express mail to a recipient whose phone is masked), the officer's number, the
// counter and the time of acceptance. A matter accepted with deficiencies (受理并出具补正告知)
// also lists the materials still to bring and by when. A4, footer, PRACTICE / 练习 in practice.

#include "catalog/Guide.h"
#include "core/Money.h"
#include "devicekit/Device.h"
#include "documents/DocumentContext.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ow::documents {

struct ReceiptMatter {
    QString caseNumber;
    QString matterName;
    QStringList materialsReceived;
    int workingDays = 0;  // 0: done on the spot
    QDate deadline;       // the date of the last working day (when workingDays > 0)
    core::Money fee;      // after exemptions
    // Accepted with deficiencies: the materials to bring later, by `supplyBy` when it is valid.
    QStringList missingMaterials;
    QDate supplyBy;
};

struct ReceiptDelivery {
    enum class Method { Pickup, Express };
    Method method = Method::Pickup;
    QString pickupPlace;  // Pickup: where to collect ("一楼综合窗口")
    QString recipient;    // Express
    QString phone;        // Express: printed masked (maskPhone)
    QString address;      // Express
};

struct CaseReceiptData {
    QString applicantName;
    QString idNumber;  // printed masked (maskIdNumber), never in full
    QList<ReceiptMatter> matters;
    ReceiptDelivery delivery;
    QDateTime acceptedAt;
    // Progress page of a case: every "{case}" replaced by the case number (trackingUrl). Empty:
    // no QR codes.
    QString trackingUrlTemplate;
};

class CaseReceipt final : public devicekit::PrintDocument {
public:
    CaseReceipt(CaseReceiptData data, DocumentContext ctx);

    // "Acceptance receipt: <first case number>" (+ "and N more"); no personal data.
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QPageLayout pageLayout() const override;  // A4 portrait
    // Fails before painting with document.content when there is no matter, with the QR code's
    // error when a tracking address cannot be encoded, or document.paint when the device refuses.
    core::Status render(QPagedPaintDevice &device) const override;

    // What the receipt prints, as given (the ID number and phone still in full: masked only on paper).
    [[nodiscard]] const CaseReceiptData &data() const { return m_data; }
    // True when any matter was accepted with deficiencies (the title then says so).
    [[nodiscard]] bool withDeficiencies() const;
    // The sum of the matters' fees: the "Total to pay" printed.
    [[nodiscard]] core::Money total() const;

private:
    CaseReceiptData m_data;
    DocumentContext m_ctx;
};

// A receipt line from the guide's checklist: the matter's name, the checklist's materials whose id
// is in `received` (received) and the others (missing: then the matter is accepted with
// deficiencies, to be supplied by `supplyBy`), the time limit and the fee after exemptions.
[[nodiscard]] ReceiptMatter receiptMatter(const catalog::Checklist &checklist, const QString &caseNumber,
                                          const QSet<QString> &received, QDate supplyBy = {});

// The tracking address of a case: every "{case}" in `urlTemplate` replaced by the
// percent-encoded case number. Empty when the template is empty.
[[nodiscard]] QString trackingUrl(const QString &urlTemplate, const QString &caseNumber);

} // namespace ow::documents
