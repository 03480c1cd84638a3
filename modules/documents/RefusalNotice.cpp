#include "documents/RefusalNotice.h"

#include "documents/Flow.h"

#include <QCoreApplication>

namespace ow::documents {

using namespace flow;

RefusalNotice::RefusalNotice(RefusalData data, DocumentContext ctx) : m_data(std::move(data)), m_ctx(std::move(ctx)) {}

QString RefusalNotice::title() const
{
    return QCoreApplication::translate("ow::documents", "Refusal notice: %1").arg(m_data.matterName);
}

QPageLayout RefusalNotice::pageLayout() const { return a4Layout(); }

core::Status RefusalNotice::render(QPagedPaintDevice &device) const
{
    if (m_data.matterName.trimmed().isEmpty())
        return core::makeError(QStringLiteral("document.content"),
                               QCoreApplication::translate("ow::documents", "There is no matter to print."),
                               QStringLiteral("RefusalNotice without a matter"));
    if (m_data.reason == RefusalReason::Other && m_data.details.trimmed().isEmpty())
        return core::makeError(QStringLiteral("document.content"),
                               QCoreApplication::translate("ow::documents", "Write down why the matter is refused."),
                               QStringLiteral("RefusalNotice: reason 'other' without details"));
    const QDate on = m_data.refusedOn.isValid() ? m_data.refusedOn : m_ctx.printedAt.date();
    const QString heading = QCoreApplication::translate("ow::documents", "Refusal notice");
    Builder b;
    QStringList meta{QCoreApplication::translate("ow::documents", "Applicant: %1")
                         .arg(m_data.applicantName.isEmpty() ? kBlank : m_data.applicantName),
                     QCoreApplication::translate("ow::documents", "ID number: %1")
                         .arg(m_data.idNumber.isEmpty() ? kBlank : maskIdNumber(m_data.idNumber))};
    if (!m_data.caseNumber.isEmpty())
        meta << QCoreApplication::translate("ow::documents", "Case number: %1").arg(m_data.caseNumber);
    meta << QCoreApplication::translate("ow::documents", "Date: %1").arg(dateText(on));
    b.header(heading, {m_data.matterName}, meta);

    b.paragraph(QCoreApplication::translate("ow::documents",
                                            "After examination, your application for the matter \"%1\" is not "
                                            "accepted, for the following reason.")
                    .arg(m_data.matterName),
                font(3.8), kInk, 3 * kMm);
    b.section(QCoreApplication::translate("ow::documents", "Reason"));
    if (m_data.reason != RefusalReason::Other)
        b.paragraph(refusalReasonText(m_data.reason), font(3.8, true));
    if (!m_data.details.trimmed().isEmpty()) b.paragraph(m_data.details.trimmed(), font(3.8));
    if (!m_data.legalBasis.isEmpty()) {
        b.section(QCoreApplication::translate("ow::documents", "Legal basis"));
        b.bullets(m_data.legalBasis);
    }
    b.section(QCoreApplication::translate("ow::documents", "Your rights"));
    b.paragraph(QCoreApplication::translate(
        "ow::documents",
        "If you disagree with this decision, you may apply for administrative reconsideration within 60 days of "
        "receiving this notice, or bring an administrative lawsuit within 6 months."));
    b.fields({{QCoreApplication::translate("ow::documents", "Officer"), m_ctx.officerNumber},
              {QCoreApplication::translate("ow::documents", "Counter"), m_ctx.counterName}},
             6 * kMm);
    b.signatureLine(QCoreApplication::translate("ow::documents", "Officer's signature: %1    Applicant's signature: %1")
                        .arg(kBlank));
    b.paragraph(QCoreApplication::translate("ow::documents", "(Seal of the office)"), font(3.5), kMuted, 6 * kMm);

    const std::vector<BlockPtr> blocks = std::move(b.blocks);
    const QString running = QStringLiteral("%1 · %2").arg(heading, m_data.matterName);
    return renderPages(device, pageLayout(), m_ctx, [&](double pageHeight) {
        return paginate(blocks, pageHeight, Text(running, font(3.0), kWidth, kMuted));
    });
}

} // namespace ow::documents
