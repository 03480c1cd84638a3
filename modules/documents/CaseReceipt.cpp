#include "documents/CaseReceipt.h"

#include "documents/Flow.h"
#include "documents/QrCode.h"

#include <QCoreApplication>
#include <QPainter>
#include <QUrl>

#include <optional>

namespace ow::documents {

using namespace flow;

namespace {

constexpr double kMatterQrSide = 26 * kMm;  // the tracking code with its quiet zone
constexpr double kMatterQrColumn = 40 * kMm;

QString timeLimitText(const ReceiptMatter &m)
{
    if (m.workingDays <= 0) return QCoreApplication::translate("ow::documents", "Done on the spot");
    return QCoreApplication::translate("ow::documents", "%n working day(s), by %1", nullptr, m.workingDays)
        .arg(dateText(m.deadline));
}

// The matter's key facts on the left, its tracking QR code on the right.
BlockPtr matterBlock(const ReceiptMatter &m, const std::optional<QrCode> &qr)
{
    const double left = qr ? kWidth - kMatterQrColumn - 2 * kMm : kWidth;
    const QList<std::pair<QString, QString>> pairs{
        {QCoreApplication::translate("ow::documents", "Case number"), m.caseNumber},
        {QCoreApplication::translate("ow::documents", "Time limit"), timeLimitText(m)},
        {QCoreApplication::translate("ow::documents", "Fee"), m.fee.toString(true)},
    };
    constexpr double labelWidth = 30 * kMm;
    QList<std::pair<Text, Text>> rows;
    double h = 0;
    for (const auto &[label, value] : pairs) {
        rows << std::pair{Text(label, font(3.5), labelWidth - 2 * kMm, kMuted),
                          Text(value, font(label == pairs.front().first ? 4.2 : 3.5, true), left - labelWidth)};
        h += std::max(rows.back().first.height(), rows.back().second.height()) + 1 * kMm;
    }
    const Text caption(QCoreApplication::translate("ow::documents", "Scan to follow this case"), font(2.8),
                       kMatterQrColumn, kInk, Qt::AlignHCenter);
    if (qr) h = std::max(h, kMatterQrSide + caption.height());
    auto b = std::make_shared<Block>();
    b->height = h;
    b->spaceBefore = 1.5 * kMm;
    b->paint = [rows, caption, qr](QPainter &p, double y) {
        double ty = y;
        for (const auto &[l, v] : rows) {
            l.draw(p, QPointF(0, ty + (v.height() - l.height()) / 2));
            v.draw(p, QPointF(labelWidth, ty));
            ty += std::max(l.height(), v.height()) + 1 * kMm;
        }
        if (qr) {
            const QRectF box(kWidth - kMatterQrColumn + (kMatterQrColumn - kMatterQrSide) / 2, y, kMatterQrSide,
                             kMatterQrSide);
            paintQrCode(p, box, *qr);
            caption.draw(p, QPointF(kWidth - kMatterQrColumn, y + kMatterQrSide));
        }
    };
    return b;
}

} // namespace

CaseReceipt::CaseReceipt(CaseReceiptData data, DocumentContext ctx) : m_data(std::move(data)), m_ctx(std::move(ctx)) {}

QString CaseReceipt::title() const
{
    if (m_data.matters.isEmpty()) return QCoreApplication::translate("ow::documents", "Acceptance receipt");
    const QString first = m_data.matters.first().caseNumber;
    if (m_data.matters.size() == 1) return QCoreApplication::translate("ow::documents", "Acceptance receipt: %1").arg(first);
    const int more = int(m_data.matters.size()) - 1;
    return QCoreApplication::translate("ow::documents", "Acceptance receipt: %1 and %n more", nullptr, more).arg(first);
}

QPageLayout CaseReceipt::pageLayout() const { return a4Layout(); }

bool CaseReceipt::withDeficiencies() const
{
    for (const ReceiptMatter &m : m_data.matters)
        if (!m.missingMaterials.isEmpty()) return true;
    return false;
}

core::Money CaseReceipt::total() const
{
    core::Money sum;
    for (const ReceiptMatter &m : m_data.matters) sum = sum + m.fee;
    return sum;
}

core::Status CaseReceipt::render(QPagedPaintDevice &device) const
{
    if (m_data.matters.isEmpty())
        return core::makeError(QStringLiteral("document.content"),
                               QCoreApplication::translate("ow::documents", "There is no matter to print."),
                               QStringLiteral("CaseReceipt without a matter"));
    QList<std::optional<QrCode>> codes;
    for (const ReceiptMatter &m : m_data.matters) {
        const QString url = trackingUrl(m_data.trackingUrlTemplate, m.caseNumber);
        if (url.isEmpty()) {
            codes << std::nullopt;
            continue;
        }
        core::Result<QrCode> code = QrCode::encode(url.toUtf8());
        if (!code.ok()) return code.error();
        codes << std::move(code).value();
    }

    const bool deficient = withDeficiencies();
    const QString heading = QCoreApplication::translate("ow::documents", "Acceptance receipt");
    Builder b;
    QStringList subtitles;
    if (deficient) subtitles << QCoreApplication::translate("ow::documents", "with a notice of materials to supply");
    const QDateTime accepted = m_data.acceptedAt.isValid() ? m_data.acceptedAt : m_ctx.printedAt;
    b.header(heading, subtitles,
             {QCoreApplication::translate("ow::documents", "Applicant: %1")
                  .arg(m_data.applicantName.isEmpty() ? kBlank : m_data.applicantName),
              QCoreApplication::translate("ow::documents", "ID number: %1")
                  .arg(m_data.idNumber.isEmpty() ? kBlank : maskIdNumber(m_data.idNumber)),
              QCoreApplication::translate("ow::documents", "Accepted at: %1")
                  .arg(accepted.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
              QCoreApplication::translate("ow::documents", "Officer: %1    Counter: %2")
                  .arg(m_ctx.officerNumber, m_ctx.counterName)});

    for (int i = 0; i < m_data.matters.size(); ++i) {
        const ReceiptMatter &m = m_data.matters[i];
        b.section(QStringLiteral("%1. %2").arg(i + 1).arg(m.matterName));
        b.add(matterBlock(m, codes[i]));
        b.paragraph(QCoreApplication::translate("ow::documents", "Materials received"), font(3.5, true), kInk, 2 * kMm);
        if (m.materialsReceived.isEmpty()) b.paragraph(QCoreApplication::translate("ow::documents", "None"), font(3.5), kMuted, 1 * kMm);
        else b.bullets(m.materialsReceived);
        if (!m.missingMaterials.isEmpty()) {
            b.paragraph(m.supplyBy.isValid()
                            ? QCoreApplication::translate(
                                  "ow::documents", "Accepted with deficiencies: bring these materials by %1")
                                  .arg(dateText(m.supplyBy))
                            : QCoreApplication::translate("ow::documents", "Accepted with deficiencies: bring these materials later"),
                        font(3.5, true), kInk, 2 * kMm);
            b.bullets(m.missingMaterials);
        }
    }

    b.section(QCoreApplication::translate("ow::documents", "Delivery of the result"));
    const ReceiptDelivery &d = m_data.delivery;
    if (d.method == ReceiptDelivery::Method::Pickup) {
        b.fields({{QCoreApplication::translate("ow::documents", "Method"), QCoreApplication::translate("ow::documents", "Pickup at the counter")},
                  {QCoreApplication::translate("ow::documents", "Where"), d.pickupPlace.isEmpty() ? m_ctx.counterName : d.pickupPlace}});
        b.paragraph(QCoreApplication::translate("ow::documents", "Bring this receipt and your ID card to collect the result."), font(3.0), kMuted);
    } else {
        b.fields({{QCoreApplication::translate("ow::documents", "Method"), QCoreApplication::translate("ow::documents", "Express mail")},
                  {QCoreApplication::translate("ow::documents", "Recipient"), d.recipient},
                  {QCoreApplication::translate("ow::documents", "Phone"), maskPhone(d.phone)},
                  {QCoreApplication::translate("ow::documents", "Address"), d.address}});
    }

    b.section(QCoreApplication::translate("ow::documents", "Fee"));
    b.fields({{QCoreApplication::translate("ow::documents", "Total to pay"), total().toString(true)}});

    if (deficient)
        b.paragraph(QCoreApplication::translate("ow::documents", "The matters above are accepted. Once the missing materials are brought, they are processed "
                       "with no further request for materials."),
                    font(3.5), kInk, 4 * kMm);
    b.paragraph(QCoreApplication::translate("ow::documents", "Keep this receipt until the matter is closed. Scan a case's code or quote its case number to "
                   "follow its progress."),
                font(3.0), kMuted, 3 * kMm);

    const std::vector<BlockPtr> blocks = std::move(b.blocks);
    const QString running =
        QStringLiteral("%1 · %2").arg(heading, m_data.matters.first().caseNumber);
    return renderPages(device, pageLayout(), m_ctx, [&](double pageHeight) {
        return paginate(blocks, pageHeight, Text(running, font(3.0), kWidth, kMuted));
    });
}

ReceiptMatter receiptMatter(const catalog::Checklist &checklist, const QString &caseNumber,
                            const QSet<QString> &received, QDate supplyBy)
{
    ReceiptMatter m;
    m.caseNumber = caseNumber;
    m.matterName = checklist.matter ? checklist.matter->name.text() : QString();
    for (const catalog::ChecklistMaterial &cm : checklist.materials) {
        if (!cm.material) continue;
        (received.contains(cm.material->id) ? m.materialsReceived : m.missingMaterials) << cm.material->name.text();
    }
    m.workingDays = checklist.workingDays;
    m.deadline = checklist.deadline;
    m.fee = core::Money{checklist.totalFen()};
    if (!m.missingMaterials.isEmpty()) m.supplyBy = supplyBy;
    return m;
}

QString trackingUrl(const QString &urlTemplate, const QString &caseNumber)
{
    if (urlTemplate.isEmpty()) return {};
    QString out = urlTemplate;
    return out.replace(QStringLiteral("{case}"), QString::fromLatin1(QUrl::toPercentEncoding(caseNumber)));
}

} // namespace ow::documents
