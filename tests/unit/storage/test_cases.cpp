#include "CaseStoreRig.h"
#include "TestSupport.h"

#include "core/Profile.h"
#include "storage/Cases.h"
#include "storage/ProfileStore.h"
#include "storage/Statement.h"

#include <QDir>

#include <QFile>

using namespace ow::storage;

namespace {

CaseRecord sample(const QString &name, const QString &id, const QString &phone)
{
    CaseRecord c;
    c.matterCode = QStringLiteral("HZ-SFZ-HL");
    c.applicantName = name;
    c.idNumber = id;
    c.address = QStringLiteral("北京市东城区南池子大街12号院");
    c.phone = phone;
    c.payload = QJsonObject{{"note", QStringLiteral("换领身份证")}};
    return c;
}

using Rig = ow::test::CaseStoreRig;

} // namespace

TEST_CASE("A case is stored sealed and found by number, ID number, name and phone")
{
    Rig rig;
    auto created = rig.cases.create(sample("张伟", "110101198805120178", "138 0013 8000"), "900001");
    REQUIRE(created.ok());
    CHECK(created.value().caseNumber == QStringLiteral("20261121-07-00001"));
    auto second = rig.cases.create(sample("李秀英", "640104195411030240", "13900139000"), "900001");
    CHECK(second.value().caseNumber == QStringLiteral("20261121-07-00002"));

    auto byNumber = rig.cases.findByNumber("20261121-07-00001");
    REQUIRE(byNumber.ok());
    REQUIRE(byNumber.value().has_value());
    CHECK(byNumber.value()->applicantName == QStringLiteral("张伟"));
    CHECK(byNumber.value()->payload["note"].toString() == QStringLiteral("换领身份证"));

    auto byId = rig.cases.findByIdNumber("110101198805120178");
    REQUIRE(byId.value().size() == 1);
    CHECK(byId.value().first().caseNumber == QStringLiteral("20261121-07-00001"));
    CHECK(rig.cases.findByName(" 李 秀英 ").value().size() == 1);
    CHECK(rig.cases.findByPhone("+86 139-0013-9000").value().size() == 1);
    CHECK(rig.cases.findByIdNumber("110101198805120179").value().isEmpty());
    CHECK(rig.cases.count().value() == 2);
}

TEST_CASE("A practice case number can never pass as a real one")
{
    Rig rig;
    CaseStore practice{rig.store->db(), rig.admin.vault, rig.store->audit(), QStringLiteral("01"), true, rig.clock};
    CHECK(practice.caseNumberFor(QDate(2026, 11, 21), 3) == QStringLiteral("P20261121-01-00003"));
}

TEST_CASE("Each case commits with its outbox and audit rows")
{
    Rig rig;
    REQUIRE(rig.cases.create(sample("张伟", "110101198805120178", "13800138000"), "900001").ok());
    Statement out(rig.store->db(), "SELECT count(*) FROM outbox WHERE entity = 'case'");
    REQUIRE(out.step().value());
    CHECK(out.int64(0) == 1);
    bool audited = false;
    for (const auto &r : AuditLog::recent(rig.store->db(), 10).value())
        if (r.action == QStringLiteral("case.create") && r.subject == QStringLiteral("20261121-07-00001")) {
            audited = true;
            CHECK(r.detail.contains(QStringLiteral("1101**********0178")));
            CHECK_FALSE(r.detail.contains(QStringLiteral("110101198805120178")));
        }
    CHECK(audited);
}

TEST_CASE("A copied database file reveals no name, ID number, phone or address")
{
    Rig rig;
    QList<CaseRecord> batch;
    for (int i = 0; i < 200; ++i) batch << sample("欧阳倩", "310115199912310663", "13912345678");
    REQUIRE(rig.cases.createMany(batch, "900001", "test batch").ok());
    DraftStore drafts(rig.store->db(), rig.admin.vault, rig.clock);
    REQUIRE(drafts.save("visit:900001", "900001", QJsonObject{{"name", QStringLiteral("欧阳倩")}}).ok());
    rig.store.reset();  // close: the WAL is checkpointed into the file
    QByteArray raw;
    for (const QString &f : {QStringLiteral("onewindow.db"), QStringLiteral("onewindow.db-wal")}) {
        QFile file(QDir(rig.profile.dataDir()).filePath(f));
        if (file.open(QIODevice::ReadOnly)) raw += file.readAll();
    }
    REQUIRE(raw.size() > 10000);
    for (const QString &secret : {QStringLiteral("欧阳倩"), QStringLiteral("310115199912310663"),
                                  QStringLiteral("13912345678"), QStringLiteral("南池子大街")}) {
        INFO(secret.toStdString());
        CHECK_FALSE(raw.contains(secret.toUtf8()));
        CHECK_FALSE(raw.contains(QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)));  // UTF-16 too
    }
}

TEST_CASE("Drafts are saved, replaced, restored and removed")
{
    Rig rig;
    DraftStore drafts(rig.store->db(), rig.admin.vault, rig.clock);
    REQUIRE(drafts.save("visit:900001", "900001", QJsonObject{{"step", 1}}).ok());
    REQUIRE(drafts.save("visit:900001", "900001", QJsonObject{{"step", 2}}).ok());
    CHECK(drafts.keysOf("900001").value() == QStringList{"visit:900001"});
    auto loaded = drafts.load("visit:900001");
    REQUIRE(loaded.value().has_value());
    CHECK(loaded.value()->value("step").toInt() == 2);
    REQUIRE(drafts.remove("visit:900001").ok());
    CHECK_FALSE(drafts.load("visit:900001").value().has_value());
}
