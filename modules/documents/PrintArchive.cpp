#include "documents/PrintArchive.h"

#include "documents/Pdf.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>

#include <algorithm>

namespace ow::documents {

PrintArchive::PrintArchive(storage::BlobStore &blobs, storage::AuditLog &audit) : m_blobs(blobs), m_audit(audit) {}

core::Result<QString> PrintArchive::archive(const devicekit::PrintDocument &document, const QString &label,
                                            const QStringList &caseNumbers, const QString &officer)
{
    if (caseNumbers.isEmpty())
        return core::makeError(QStringLiteral("document.archive_no_case"),
                               QCoreApplication::translate("ow::documents", "A printout is kept only with its case."),
                               QStringLiteral("archive '%1' without a case number").arg(label));
    auto pdf = pdfBytes(document);
    if (!pdf) return pdf.error();
    return m_blobs.putAttached(storage::BlobKind::Document, pdf.value(), caseNumbers, officer, label);
}

core::Result<QList<storage::BlobInfo>> PrintArchive::listForCase(const QString &caseNumber)
{
    auto all = m_blobs.listForCase(caseNumber);
    if (!all) return all.error();
    QList<storage::BlobInfo> out;
    for (const storage::BlobInfo &b : all.value())
        if (b.kind == storage::BlobKind::Document) out << b;
    return out;
}

core::Result<QByteArray> PrintArchive::reopen(const QString &sha256, const QString &caseNumber, const QString &officer)
{
    auto listed = listForCase(caseNumber);
    if (!listed) return listed.error();
    const QString sha = sha256.trimmed().toLower();
    const auto found = std::find_if(listed.value().cbegin(), listed.value().cend(),
                                    [&](const storage::BlobInfo &b) { return b.sha256 == sha; });
    if (found == listed.value().cend())
        return core::makeError(QStringLiteral("document.not_archived"),
                               QCoreApplication::translate("ow::documents", "This printout is not kept with case %1.")
                                   .arg(caseNumber.trimmed().toUpper()),
                               QStringLiteral("blob %1").arg(sha.left(16)));
    auto bytes = m_blobs.get(sha);
    if (!bytes) return bytes.error();
    if (auto st = m_audit.append({officer, storage::audit::kDocumentReopen, caseNumber.trimmed().toUpper(),
                                  QStringLiteral("%1 %2").arg(found->label, sha)});
        !st)
        return st.error();
    return bytes;
}

} // namespace ow::documents
