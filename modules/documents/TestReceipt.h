#pragma once
// The printer test page (F9 on the counter screen): proves the printer, the CJK font and the
// page geometry work before a citizen's receipt depends on them.

#include "devicekit/Device.h"
#include "documents/DocumentContext.h"

namespace ow::documents {

class TestReceipt final : public devicekit::PrintDocument {
public:
    explicit TestReceipt(DocumentContext ctx) : m_ctx(std::move(ctx)) {}

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QPageLayout pageLayout() const override;
    core::Status render(QPagedPaintDevice &device) const override;

private:
    DocumentContext m_ctx;
};

} // namespace ow::documents
