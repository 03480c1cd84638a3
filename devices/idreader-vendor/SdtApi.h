#pragma once
// The `sdtapi` family of reader SDKs, loaded at run time: the vendor's shared library is
// configuration, never a build dependency. Reference: shared id-documents.md §1 ("Vendor SDK
// shape"). The C signatures, as the vendors' headers declare them (cdecl on Linux; stdcall in
// the Windows builds):
//
//   int SDT_OpenPort(int iPort);                      port 1..16 serial, 1001..1016 USB
//   int SDT_ClosePort(int iPort);
//   int SDT_StartFindIDCard(int iPort, unsigned char *pucManaInfo, int iIfOpen);  4 bytes out
//   int SDT_SelectIDCard(int iPort, unsigned char *pucManaMsg, int iIfOpen);      8 bytes out
//   int SDT_ReadBaseMsg(int iPort, unsigned char *pucCHMsg, unsigned int *puiCHMsgLen,
//                       unsigned char *pucPHMsg, unsigned int *puiPHMsgLen, int iIfOpen);
//                                                     text 256 bytes, WLT photo 1024 bytes
//   optional:
//   int SDT_ReadNewAppMsg(int iPort, unsigned char *pucAppMsg, unsigned int *puiAppMsgLen, int iIfOpen);
//                                                     appended address(es), 70 bytes each
//   int SDT_GetSAMIDToStr(int iPort, char *pcSAMID, int iIfOpen);   NUL-terminated text
//   int SDT_ResetSAM(int iPort, int iIfOpen);
//
// iIfOpen = 1 makes each call open and close the port itself; we keep the port open between
// calls and always pass 0. Every call returns the reader's SW3 status (0x90 success, 0x9F card
// found, 0x80 no card, ... as in the frame protocol) or one of the SDK's own transport codes
// below. Calls block, sometimes for seconds: they are made on the device thread only.

#include "core/Result.h"

#include <QString>

#include <memory>

class QLibrary;

namespace ow::devices::sdt {

// Status codes only the SDK returns (they never travel in a frame).
enum SdkStatus : int {
    kPortError = 0x01,      // port could not be opened / is not open / illegal port number
    kReceiveTimeout = 0x02, // the reader sent nothing (or too little) in time
    kTransferError = 0x03,  // data damaged on the way
    kUsbNotConfigured = 0x04,
    kSamPortUnusable = 0x05,
    kUsbDisabled = 0x06,
};

using OpenPortFn = int (*)(int);
using ClosePortFn = int (*)(int);
using FindCardFn = int (*)(int, unsigned char *, int);
using SelectCardFn = int (*)(int, unsigned char *, int);
using ReadBaseMsgFn = int (*)(int, unsigned char *, unsigned int *, unsigned char *, unsigned int *, int);
using ReadNewAppMsgFn = int (*)(int, unsigned char *, unsigned int *, int);
using GetSamIdFn = int (*)(int, char *, int);
using ResetSamFn = int (*)(int, int);

// The resolved entry points of one loaded library.
class SdtApi {
public:
    SdtApi();
    ~SdtApi();
    SdtApi(const SdtApi &) = delete;
    SdtApi &operator=(const SdtApi &) = delete;

    // Errors: "idreader.vendor.missing" (not installed or not loadable) and
    // "idreader.vendor.symbol" (a required function is missing; the detail names it).
    core::Status load(const QString &path);
    // Forgets the library; it stays mapped for the rest of the process (see the .cpp).
    void release();

    OpenPortFn openPort = nullptr;
    ClosePortFn closePort = nullptr;
    FindCardFn findCard = nullptr;
    SelectCardFn selectCard = nullptr;
    ReadBaseMsgFn readBaseMsg = nullptr;
    ReadNewAppMsgFn readNewAppMsg = nullptr;  // optional
    GetSamIdFn getSamIdToStr = nullptr;       // optional
    ResetSamFn resetSam = nullptr;            // optional

private:
    std::unique_ptr<QLibrary> m_library;
};

} // namespace ow::devices::sdt
