#pragma once
// Printouts kept as PDF (打印留档): a receipt, notice or list handed to the citizen is also kept,
// rendered to PDF in memory and stored as a `document` blob (storage::BlobStore) linked to its
// cases, so it is encrypted at rest like every other personal data and can be reopened later.
// Nothing is ever written to disk in clear (the PDF printer plugin, which writes plain files for
// practice and "no paper" set-ups, is a printer, not the archive).

#include "core/Result.h"
#include "devicekit/Device.h"
#include "storage/Blobs.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow::storage {
class AuditLog;
}

namespace ow::documents {

// Labels of archived printouts (BlobInfo::label), stable for lists and the central service.
namespace archive {
inline constexpr const char *kCaseReceipt = "case-receipt";
inline constexpr const char *kRefusalNotice = "refusal-notice";
inline constexpr const char *kFeeReceipt = "fee-receipt";
inline constexpr const char *kShippingList = "shipping-list";
inline constexpr const char *kOneTimeNotice = "one-time-notice";
inline constexpr const char *kChecklist = "checklist";
} // namespace archive

class PrintArchive {
public:
    // Both must outlive the archive.
    PrintArchive(storage::BlobStore &blobs, storage::AuditLog &audit);

    // Renders `document` to PDF (pdfBytes) and stores it as a document blob labelled `label`
    // (one of archive::k*; never personal data), linked to every case of `caseNumbers`, in one
    // transaction audited by the blob store (blob.store, blob.attach). Returns the PDF's hash.
    // Errors: the document's render error; storage.case_not_found (nothing is stored);
    // document.archive_no_case when `caseNumbers` is empty (an archived printout always belongs
    // to a case).
    core::Result<QString> archive(const devicekit::PrintDocument &document, const QString &label,
                                  const QStringList &caseNumbers, const QString &officer);
    // The archived printouts of a case (document blobs only), oldest first.
    core::Result<QList<storage::BlobInfo>> listForCase(const QString &caseNumber);
    // The PDF bytes of an archived printout, checked against their hash, and the opening audited
    // (document.reopen, subject the case number, detail label and hash). Errors: the blob store's,
    // or document.not_archived when `sha256` is not a document linked to `caseNumber`.
    core::Result<QByteArray> reopen(const QString &sha256, const QString &caseNumber, const QString &officer);

private:
    storage::BlobStore &m_blobs;
    storage::AuditLog &m_audit;
};

} // namespace ow::documents
