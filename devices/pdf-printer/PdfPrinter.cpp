#include "PdfPrinter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStorageInfo>

namespace ow::devices {
namespace {

// Titles name the document kind and case number, never a citizen: still, keep file names safe.
QString safeFileName(QString title)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\s]+"));
    title.replace(unsafe, QStringLiteral("_"));
    return title.left(60);
}

} // namespace

QList<devicekit::DeviceInfo> PdfPrinter::scan()
{
    devicekit::DeviceInfo info;
    info.pluginId = QStringLiteral("pdf-printer");
    info.kind = devicekit::DeviceKind::Printer;
    info.id = QStringLiteral("pdf");
    info.name = tr("PDF printer");
    info.detail = tr("writes each job as a PDF file into a folder");
    return {info};
}

core::Status PdfPrinter::open(const devicekit::DeviceConfig &config)
{
    m_dir = config.option(QStringLiteral("outputDir"));
    m_scenario = config.option(QStringLiteral("scenario"));
    m_resolution = std::clamp(config.intOption(QStringLiteral("resolution"), 300), 72, 1200);
    if (m_dir.isEmpty())
        return core::makeError(QStringLiteral("printer.pdf.nodir"),
                               tr("The PDF printer has no output folder set (option outputDir)."));
    if (!QDir().mkpath(m_dir))
        return core::makeError(QStringLiteral("printer.pdf.dir"),
                               tr("The PDF printer cannot create its folder %1.").arg(QDir::toNativeSeparators(m_dir)));
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!QFileInfo(m_dir).isWritable())
        return core::makeError(QStringLiteral("printer.pdf.dir"),
                               tr("The PDF printer cannot write into %1.").arg(QDir::toNativeSeparators(m_dir)));
    setState(devicekit::DeviceState::Ready);
    return {};
}

devicekit::PrinterCapabilities PdfPrinter::capabilities() const
{
    devicekit::PrinterCapabilities c;
    c.pageSizes = {QPageSize::A4, QPageSize::A5};
    c.color = true;
    c.writesFiles = true;
    return c;
}

void PdfPrinter::print(quint64 jobId, const devicekit::PrintDocumentPtr &document)
{
    if (!document) {
        emit printFailed(jobId, core::makeError(QStringLiteral("printer.nodoc"), tr("Nothing to print.")));
        return;
    }
    if (m_scenario == u"out-of-paper") {
        emit printFailed(jobId, core::makeError(QStringLiteral("printer.paper"),
                                                tr("The printer is out of paper: load paper, then print again.")));
        return;
    }
    setState(devicekit::DeviceState::Busy);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString name = QStringLiteral("%1-%2-%3.pdf").arg(stamp).arg(jobId).arg(safeFileName(document->title()));
    const QString final = QDir(m_dir).filePath(name);
    const QString partial = QDir(m_dir).filePath(QStringLiteral(".%1.part").arg(name));

    core::Status rendered;
    {
        QPdfWriter writer(partial);
        writer.setTitle(document->title());
        writer.setCreator(QStringLiteral("OneWindow"));
        writer.setResolution(m_resolution);
        writer.setPageLayout(document->pageLayout());
        rendered = document->render(writer);
    }  // the writer finishes the file here
    // Only a complete file appears under its final name: a crash mid-job leaves a .part file.
    if (rendered && (QFileInfo(partial).size() == 0 || !QFile::rename(partial, final))) {
        const bool full = QStorageInfo(m_dir).bytesAvailable() < 1024 * 1024;
        rendered = core::makeError(QStringLiteral("printer.pdf.write"),
                                   full ? tr("The disk is full: the PDF could not be saved.")
                                        : tr("The PDF could not be saved in %1.").arg(QDir::toNativeSeparators(m_dir)));
    }
    QFile::remove(partial);
    setState(devicekit::DeviceState::Ready);
    if (!rendered) {
        emit printFailed(jobId, rendered.error());
        return;
    }
    emit printed(jobId, final);
}

devicekit::Device *PdfPrinterPlugin::create(devicekit::DeviceKind kind)
{
    return kind == devicekit::DeviceKind::Printer ? new PdfPrinter : nullptr;
}

} // namespace ow::devices
