#pragma once
// The register behind the central service, for 刷脸办 (docs/sync-protocol.md, "Register photo"):
// the person of an ID number as the register knows them, with their register photo, fetched
// over the workstation's mutual-TLS connection. The ID number goes in the request body, never in
// a URL, and is logged only masked. The app wraps this in an identity::RegisterPhotoSource (sync
// does not depend on identity; both speak core::IdCard).

#include "core/IdCard.h"
#include "core/Result.h"
#include "sync/SyncSettings.h"

#include <QString>

namespace ow::sync {

class CentralRegister {
public:
    explicit CentralRegister(SyncSettings settings) : m_settings(std::move(settings)) {}

    // The person of `idNumber` (an already validated 18-character number): idNumber, name,
    // gender and birth date (from the number), nationCode, address and the photo; no card
    // validity. Errors: register.not_found (the register has nobody of that number),
    // register.unreadable (the answer or its photo cannot be read), or the sync.* errors of
    // Transport (not configured, not enrolled, no network, server down, ...). Blocking: call it
    // from a worker thread. Safe to call from several threads at once (one connection each).
    [[nodiscard]] core::Result<core::IdCard> lookup(const QString &idNumber) const;

    // For the officer: where the photo came from.
    [[nodiscard]] static QString sourceName();
    [[nodiscard]] const SyncSettings &settings() const { return m_settings; }

private:
    SyncSettings m_settings;
};

} // namespace ow::sync
