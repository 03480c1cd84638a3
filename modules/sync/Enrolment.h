#pragma once
// Workstation enrolment (docs/sync-protocol.md, "Enrolment"): a new P-256 key made here and never
// sent, a certificate request with it, and the administrator's one-time code, exchanged at the
// central service's enrolment port for a certificate signed by the deployment CA.

#include "core/Result.h"
#include "sync/SyncSettings.h"

#include <QString>

namespace ow::sync {

struct Enrolled {
    QString workstation;  // the name the central service gave this workstation
    QString certFile;
    QString keyFile;
    QString caFile;
};

// `enrolUrl`: https://HOST:ENROL_PORT; `caFile`: the deployment CA, the only one trusted for the
// enrolment server too. Writes client.key (owner-only), client.pem and ca.pem into `dir`.
// Errors: sync.enrol_code (unknown, used or expired code) and the transport's sync.* errors.
core::Result<Enrolled> enrolWorkstation(const QString &enrolUrl, const QString &caFile, const QString &code,
                                        const QString &dir, const SyncSettings &timeouts = {});

} // namespace ow::sync
