#include "CaseStoreRig.h"

#include "storage/Outbox.h"
#include "storage/SyntheticCases.h"
#include "sync/SyncEngine.h"
#include "sync/Wire.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace ow;

TEST_CASE("a case snapshot carries every stored field and hashes the same every time")
{
    test::CaseStoreRig rig;
    auto c = rig.cases.create(storage::SyntheticCases(3, rig.clock.now()).next(), "900001");
    REQUIRE(c);
    const QJsonObject snap = sync::caseSnapshot(*c, {"aa", "bb"});
    for (const char *key : {"caseNumber", "status", "matterCode", "catalogVersion", "officer", "createdAt", "updatedAt",
                            "version", "urgent", "deadline", "applicantName", "idNumber", "address", "phone", "payload",
                            "blobs"})
        CHECK(snap.contains(QLatin1String(key)));
    CHECK(snap.value("idNumber").toString() == c->idNumber);
    auto again = rig.cases.findByNumber(c->caseNumber).value();
    const auto bytes = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    CHECK(sync::sha256Hex(bytes(snap)) == sync::sha256Hex(bytes(sync::caseSnapshot(*again, {"aa", "bb"}))));
    CHECK(sync::sha256Hex(bytes(snap)) != sync::sha256Hex(bytes(sync::caseSnapshot(*again, {"aa"}))));
}

TEST_CASE("a sync that cannot reach the service keeps the outbox and records why")
{
    test::CaseStoreRig rig;
    REQUIRE(rig.cases.create(storage::SyntheticCases(4, rig.clock.now()).next(), "900001"));
    sync::SyncSettings s;  // not configured
    sync::SyncEngine engine(rig.store->db(), rig.admin.vault, rig.store->audit(), s, rig.clock);
    const auto r = engine.runUntilDone(3);
    REQUIRE_FALSE(r.ok());
    CHECK(r.passes == 1);  // configuration does not mend by waiting
    CHECK(r.failure->code == "sync.not_configured");
    CHECK(storage::pendingOutboxCount(rig.store->db()).value() == 1);
    auto status = sync::readSyncStatus(rig.store->db(), false);
    REQUIRE(status);
    CHECK(status->pending == 1);
    CHECK(status->failuresInRow == 1);
    CHECK(status->lastFailureCode == "sync.not_configured");
    CHECK_FALSE(status->lastFailure.isEmpty());
    CHECK(status->lastAttempt.isValid());
    CHECK_FALSE(status->lastSuccess.isValid());
    CHECK(status->toJson().value("pending").toInteger() == 1);
}
