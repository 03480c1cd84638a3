#pragma once
// A counter profile with its first admin logged in and a CaseStore, in a throw-away folder, on a
// fixed clock: what every test of stored cases starts from. Header-only: tests that use it link
// ow::storage themselves.

#include "TestSupport.h"

#include "core/Clock.h"
#include "core/Profile.h"
#include "storage/Cases.h"
#include "storage/ProfileStore.h"

#include <memory>

namespace ow::test {

struct CaseStoreRig {
    TempDir tmp;
    core::Profile profile{core::ProfileKind::Counter, tmp.path()};
    core::FixedClock clock{QDateTime(QDate(2026, 11, 21), QTime(9, 0))};
    std::unique_ptr<storage::ProfileStore> store = storage::ProfileStore::open(profile, QStringLiteral("ws-1"), clock).value();
    storage::LoggedIn admin = store->officers()
                                  .createFirstAdmin({"900001", "管理员", {storage::Role::Admin}}, "admin-password",
                                                    storage::KdfCost::Minimal)
                                  .value();
    storage::CaseStore cases{store->db(), admin.vault, store->audit(), QStringLiteral("07"), false, clock};
};

} // namespace ow::test
