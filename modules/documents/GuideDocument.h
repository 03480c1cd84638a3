#pragma once
// The guide's two printouts (see catalog::Checklist), both A4 and flowing over as many pages as
// they need (a table row or a line of text is never cut by a page break):
//  - Kind::Checklist (收件清单 / 办事指南): the matter, the situation (each asked question and its
//    answer), every material with originals, copies and points to check ("possibly needed" while
//    the checklist is not complete), the fee after exemptions (the exemption named), the time
//    limit (on the spot, or N working days and the date), the notes and the legal basis.
//  - Kind::OneTimeNotice (一次性告知单): the same header and situation, then only the materials
//    still missing (checklist materials whose id is not in `received`), the promise that once
//    they are brought the matter is accepted with no further request (一次性告知), the officer and
//    counter, and at the bottom of the last page a tear-off stub the counter keeps (citizen,
//    matter, number of missing items, date, the applicant's signature).
// Both carry the counter, the date, the catalog version, a QR code of the guide's address with
// its caption, the footer and, in practice, the PRACTICE / 练习 watermark on every page.

#include "catalog/Guide.h"
#include "devicekit/Device.h"
#include "documents/DocumentContext.h"

#include <QSet>
#include <QString>

#include <memory>

namespace ow::documents {

struct QrCode;

// Who the notice is for. Either part may be empty: a blank line is printed to fill in by hand.
struct CitizenLine {
    QString name;
    QString maskedIdNumber;  // already masked (1101**********0011); never printed in full
};

class GuideDocument final : public devicekit::PrintDocument {
public:
    enum class Kind { Checklist, OneTimeNotice };

    // `checklist` points into a matter of `catalog`, which the document keeps alive. An empty
    // `guideUrl` prints no QR code.
    GuideDocument(Kind kind, std::shared_ptr<const catalog::Catalog> catalog, catalog::Checklist checklist,
                  DocumentContext ctx, QString guideUrl, CitizenLine citizen = {}, QSet<QString> received = {});

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QPageLayout pageLayout() const override;
    // Fails (before painting anything) when the guide's address cannot be a QR code, or when the
    // device refuses the painter or a new page.
    core::Status render(QPagedPaintDevice &device) const override;

    // Pages of the document on A4 with pageLayout()'s margins (the layout is computed, no device
    // is needed; render() gives the same count on any A4 device).
    [[nodiscard]] int pageCount() const;

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const catalog::Checklist &checklist() const { return m_checklist; }
    // The checklist's materials whose id is not in `received`, in checklist order.
    [[nodiscard]] QList<catalog::ChecklistMaterial> missingMaterials() const;

private:
    struct Layout;
    [[nodiscard]] Layout layOut(double pageHeight, const QrCode *qr) const;

    Kind m_kind;
    std::shared_ptr<const catalog::Catalog> m_catalog;
    catalog::Checklist m_checklist;
    DocumentContext m_ctx;
    QString m_guideUrl;
    CitizenLine m_citizen;
    QSet<QString> m_received;
};

// The guide's address for a matter: every "{code}" in `urlTemplate` (from the settings) replaced
// by the percent-encoded matter code. Empty when the template is empty.
QString guideUrl(const QString &urlTemplate, const QString &matterCode);

} // namespace ow::documents
