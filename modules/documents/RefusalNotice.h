#pragma once
// The refusal notice (不予受理告知书): the citizen is told in writing which matter was not
// accepted, why (a reason from a fixed list, in the officer's words as well), on what legal basis,
// and how to seek redress; the officer, the counter and the date. The ID number is masked.
// A4, footer, PRACTICE / 练习 in practice.

#include "casework/Intake.h"
#include "devicekit/Device.h"
#include "documents/DocumentContext.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::documents {

// The refusal reasons are the intake's (casework/Intake.h): one list for the officer's choice, the
// case and this notice.
using casework::RefusalReason;
using casework::allRefusalReasons;
using casework::refusalReasonKey;
using casework::refusalReasonFromKey;
using casework::refusalReasonText;

struct RefusalData {
    QString applicantName;
    QString idNumber;    // printed masked, never in full
    QString caseNumber;  // may be empty when the refusal came before a case number
    QString matterName;
    RefusalReason reason = RefusalReason::Other;
    QString details;            // the officer's explanation
    QStringList legalBasis;     // one item per law or article
    QDate refusedOn;            // invalid: the printing date
};

class RefusalNotice final : public devicekit::PrintDocument {
public:
    RefusalNotice(RefusalData data, DocumentContext ctx);

    [[nodiscard]] QString title() const override;  // "Refusal notice: <matter>"; no personal data
    [[nodiscard]] QPageLayout pageLayout() const override;  // A4 portrait
    // Fails before painting with document.content when the matter is missing, or when the reason
    // is Other and there are no details (the citizen must be told why).
    core::Status render(QPagedPaintDevice &device) const override;

    // What the notice prints, as given (the ID number in full: masked only on paper).
    [[nodiscard]] const RefusalData &data() const { return m_data; }

private:
    RefusalData m_data;
    DocumentContext m_ctx;
};

} // namespace ow::documents
