#pragma once
// Writes every print job as a PDF file into a folder: the counter's archive copy, the practice
// printer, and what tests read back. Options:
//   outputDir  folder for the PDF files (created owner-only)
//   scenario   out-of-paper: every job fails as a paper printer without paper would (practice)
//   resolution dots per inch of the PDF's coordinate space (default 300)

#include "devicekit/Device.h"

namespace ow::devices {

class PdfPrinter final : public devicekit::Printer {
    Q_OBJECT
public:
    QList<devicekit::DeviceInfo> scan() override;
    core::Status open(const devicekit::DeviceConfig &config) override;
    void close() override {}
    [[nodiscard]] devicekit::PrinterCapabilities capabilities() const override;
    void print(quint64 jobId, const devicekit::PrintDocumentPtr &document) override;

private:
    QString m_dir;
    QString m_scenario;
    int m_resolution = 300;
};

class PdfPrinterPlugin final : public QObject, public devicekit::DevicePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OW_DEVICE_PLUGIN_IID FILE "pdf-printer.json")
    Q_INTERFACES(ow::devicekit::DevicePlugin)
public:
    devicekit::Device *create(devicekit::DeviceKind kind) override;
};

} // namespace ow::devices
