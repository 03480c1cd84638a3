#include "SdtApi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace ow::devices::sdt {

// Messages use VendorIdReader's tr() context (a literal each time, for lupdate): the reader's
// strings stay together for translators.

SdtApi::SdtApi() = default;

SdtApi::~SdtApi() { release(); }

core::Status SdtApi::load(const QString &path)
{
    release();
    auto lib = std::make_unique<QLibrary>(path);
    if (!lib->load()) {
        // A file that is there but does not load (another architecture, a library it needs is
        // missing) is a different repair from a library that was never installed.
        const bool present = QFileInfo::exists(path);
        const QString shown = QDir::toNativeSeparators(path);
        return core::makeError(
            QStringLiteral("idreader.vendor.missing"),
            present ? QCoreApplication::translate("ow::devices::VendorIdReader",
                                                  "The ID reader's vendor library %1 cannot be loaded: it may be built "
                                                  "for another system or need a library that is missing.")
                          .arg(shown)
                    : QCoreApplication::translate("ow::devices::VendorIdReader",
                                                  "The ID reader's vendor library %1 is not installed.")
                          .arg(shown),
            lib->errorString());
    }
    struct Required {
        const char *name;
        QFunctionPointer *slot;
    };
    QFunctionPointer open = nullptr, close = nullptr, find = nullptr, select = nullptr, read = nullptr;
    const Required required[] = {{"SDT_OpenPort", &open},         {"SDT_ClosePort", &close},
                                 {"SDT_StartFindIDCard", &find},  {"SDT_SelectIDCard", &select},
                                 {"SDT_ReadBaseMsg", &read}};
    QStringList missing;
    for (const Required &r : required) {
        *r.slot = lib->resolve(r.name);
        if (!*r.slot) missing << QString::fromLatin1(r.name);
    }
    if (!missing.isEmpty()) {
        const QString detail = QStringLiteral("%1 lacks %2").arg(path, missing.join(QStringLiteral(", ")));
        return core::makeError(QStringLiteral("idreader.vendor.symbol"),
                               QCoreApplication::translate("ow::devices::VendorIdReader",
                                                           "The vendor library %1 is not a supported ID reader library.")
                                   .arg(QFileInfo(path).fileName()),
                               detail);
    }
    openPort = reinterpret_cast<OpenPortFn>(open);
    closePort = reinterpret_cast<ClosePortFn>(close);
    findCard = reinterpret_cast<FindCardFn>(find);
    selectCard = reinterpret_cast<SelectCardFn>(select);
    readBaseMsg = reinterpret_cast<ReadBaseMsgFn>(read);
    readNewAppMsg = reinterpret_cast<ReadNewAppMsgFn>(lib->resolve("SDT_ReadNewAppMsg"));
    getSamIdToStr = reinterpret_cast<GetSamIdFn>(lib->resolve("SDT_GetSAMIDToStr"));
    resetSam = reinterpret_cast<ResetSamFn>(lib->resolve("SDT_ResetSAM"));
    m_library = std::move(lib);
    return {};
}

void SdtApi::release()
{
    openPort = nullptr;
    closePort = nullptr;
    findCard = nullptr;
    selectCard = nullptr;
    readBaseMsg = nullptr;
    readNewAppMsg = nullptr;
    getSamIdToStr = nullptr;
    resetSam = nullptr;
    // Dropped, never unloaded (QLibrary::unload would dlclose it): a call stuck on a device
    // thread the manager gave up on may still be running inside the library, and vendor SDKs
    // keep threads and state that do not survive being unloaded and loaded again. Qt 6.4 also
    // unloads a library on unload() even while another QLibrary still has it loaded.
    m_library.reset();
}

} // namespace ow::devices::sdt
