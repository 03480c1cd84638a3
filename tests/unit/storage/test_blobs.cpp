#include "CaseStoreRig.h"
#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/Blobs.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

#include <sqlite3.h>

using namespace ow::storage;

namespace {

using Rig = ow::test::CaseStoreRig;

CaseRecord sample(const QString &name)
{
    CaseRecord c;
    c.matterCode = QStringLiteral("HZ-SFZ-HL");
    c.applicantName = name;
    c.idNumber = QStringLiteral("110101198805120178");
    c.phone = QStringLiteral("13800138000");
    return c;
}

// A photo-like JPEG: noise, so that no run of its bytes is likely to occur by chance elsewhere.
QByteArray jpeg(quint32 seed)
{
    QImage img(160, 200, QImage::Format_RGB32);
    QRandomGenerator rng(seed);
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) img.setPixel(x, y, rng.generate() | 0xFF000000u);
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    REQUIRE(img.save(&buf, "JPEG", 90));
    return out;
}

QByteArray pdf()
{
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    {
        QPdfWriter w(&buf);
        QPainter p(&w);
        p.drawText(QPointF(100, 100), QStringLiteral("Acceptance receipt for ZHANG-WEI-SECRET"));
    }
    REQUIRE(out.startsWith("%PDF-"));
    return out;
}

int auditCount(Rig &rig, const char *action)
{
    int n = 0;
    for (const AuditRow &r : AuditLog::recent(rig.store->db(), 1000).value()) n += r.action == QLatin1String(action);
    return n;
}

int blobRows(Rig &rig)
{
    Statement st(rig.store->db(), "SELECT count(*) FROM blob_store");
    REQUIRE(st.step().value());
    return int(st.int64(0));
}

} // namespace

TEST_CASE("A blob is stored once by content and read back checked against its hash")
{
    Rig rig;
    BlobStore blobs(rig.store->db(), rig.admin.vault, rig.store->audit(), rig.clock);
    const QByteArray photo = jpeg(1);
    auto sha = blobs.put(BlobKind::Photo, photo, "900001");
    REQUIRE(sha.ok());
    CHECK(sha.value() == blobHash(photo));
    CHECK(sha.value().size() == 64);
    CHECK(sha.value() == sha.value().toLower());

    auto again = blobs.put(BlobKind::Photo, photo, "900001");
    REQUIRE(again.ok());
    CHECK(again.value() == sha.value());
    CHECK(blobRows(rig) == 1);
    CHECK(auditCount(rig, audit::kBlobStore) == 1);  // the second put wrote nothing

    auto back = blobs.get(sha.value());
    REQUIRE(back.ok());
    CHECK(back.value() == photo);
    CHECK(blobs.get(sha.value().toUpper()).value() == photo);  // hex in either case

    auto info = blobs.info(sha.value());
    REQUIRE(info.value().has_value());
    CHECK(info.value()->kind == BlobKind::Photo);
    CHECK(info.value()->size == photo.size());

    CHECK(blobs.put(BlobKind::Photo, QByteArray(), "900001").error().code == QStringLiteral("storage.blob_empty"));
    CHECK(blobs.put(BlobKind::Scan, photo, "900001").error().code == QStringLiteral("storage.blob_kind_conflict"));
    CHECK(blobs.get(blobHash("not stored")).error().code == QStringLiteral("storage.blob_not_found"));
    CHECK_FALSE(blobs.info(blobHash("not stored")).value().has_value());
}

TEST_CASE("A blob belongs to several cases and each case lists its blobs")
{
    Rig rig;
    BlobStore blobs(rig.store->db(), rig.admin.vault, rig.store->audit(), rig.clock);
    const QString a = rig.cases.create(sample("张伟"), "900001").value().caseNumber;
    const QString b = rig.cases.create(sample("张伟"), "900001").value().caseNumber;
    const QString photo = blobs.put(BlobKind::Photo, jpeg(2), "900001").value();
    const QString signature = blobs.put(BlobKind::Signature, jpeg(3), "900001").value();

    REQUIRE(blobs.attach(photo, a, "900001").ok());
    REQUIRE(blobs.attach(photo, b, "900001").ok());
    REQUIRE(blobs.attach(photo, b, "900001").ok());  // twice: one link, one audit row
    rig.clock.advanceSecs(5);
    REQUIRE(blobs.attach(signature, a, "900001").ok());
    CHECK(auditCount(rig, audit::kBlobAttach) == 3);

    const QList<BlobInfo> ofA = blobs.listForCase(a).value();
    REQUIRE(ofA.size() == 2);
    CHECK(ofA[0].sha256 == photo);
    CHECK(ofA[1].sha256 == signature);
    CHECK(ofA[1].kind == BlobKind::Signature);
    REQUIRE(blobs.listForCase(b).value().size() == 1);
    CHECK(blobs.listForCase("20991231-07-00001").value().isEmpty());
    CHECK(blobs.casesOf(photo).value() == QStringList{a, b});

    CHECK(blobs.attach(photo, "20991231-07-00001", "900001").error().code == QStringLiteral("storage.case_not_found"));
    CHECK(blobs.attach(blobHash("x"), a, "900001").error().code == QStringLiteral("storage.blob_not_found"));

    // putAttached is all or nothing: an unknown case leaves neither the blob nor any link.
    const QByteArray scan = jpeg(4);
    CHECK_FALSE(blobs.putAttached(BlobKind::Scan, scan, {a, "20991231-07-00001"}, "900001").ok());
    CHECK_FALSE(blobs.info(blobHash(scan)).value().has_value());
    auto both = blobs.putAttached(BlobKind::Scan, scan, {a, b}, "900001", "household-register");
    REQUIRE(both.ok());
    CHECK(blobs.casesOf(both.value()).value() == QStringList{a, b});
    CHECK(blobs.info(both.value()).value()->label == QStringLiteral("household-register"));
}

TEST_CASE("A sealed blob moved to another row or altered does not open")
{
    Rig rig;
    BlobStore blobs(rig.store->db(), rig.admin.vault, rig.store->audit(), rig.clock);
    const QString one = blobs.put(BlobKind::Photo, jpeg(5), "900001").value();
    const QString two = blobs.put(BlobKind::Photo, jpeg(6), "900001").value();
    // Swap the sealed bytes: each row now holds a value sealed for the other hash.
    Database &db = rig.store->db();
    REQUIRE(db.exec(QStringLiteral("UPDATE blob_store SET data_enc = (SELECT data_enc FROM blob_store b2 WHERE "
                                   "b2.sha256 = '%1') WHERE sha256 = '%2'")
                        .arg(two, one))
                .ok());
    CHECK_FALSE(blobs.get(one).ok());
    CHECK(blobs.get(two).ok());
    // Another kind in the row: the associated data binds the kind too.
    REQUIRE(db.exec(QStringLiteral("UPDATE blob_store SET kind = 'scan' WHERE sha256 = '%1'").arg(two)).ok());
    CHECK_FALSE(blobs.get(two).ok());
}

TEST_CASE("A copied database file reveals no photo or document bytes")
{
    Rig rig;
    const QByteArray photo = jpeg(7);
    const QByteArray document = pdf();
    {
        BlobStore blobs(rig.store->db(), rig.admin.vault, rig.store->audit(), rig.clock);
        const QString number = rig.cases.create(sample("欧阳倩"), "900001").value().caseNumber;
        REQUIRE(blobs.putAttached(BlobKind::Photo, photo, {number}, "900001").ok());
        REQUIRE(blobs.putAttached(BlobKind::Document, document, {number}, "900001").ok());
    }
    rig.store.reset();  // close: the WAL is checkpointed into the file
    QByteArray raw;
    for (const QString &f : {QStringLiteral("onewindow.db"), QStringLiteral("onewindow.db-wal")}) {
        QFile file(QDir(rig.profile.dataDir()).filePath(f));
        if (file.open(QIODevice::ReadOnly)) raw += file.readAll();
    }
    REQUIRE(raw.size() > photo.size());
    CHECK_FALSE(raw.contains("JFIF"));
    CHECK_FALSE(raw.contains("%PDF-"));
    CHECK_FALSE(raw.contains("/Catalog"));
    for (int at = 0; at + 32 < document.size(); at += 499) {
        INFO(at);
        CHECK_FALSE(raw.contains(document.mid(at, 32)));
    }
    // Any 32-byte run of the JPEG's data (past its standard header) would betray it.
    for (int at = 1000; at + 32 < photo.size(); at += 997) {
        INFO(at);
        CHECK_FALSE(raw.contains(photo.mid(at, 32)));
    }
}

TEST_CASE("Migration 6 moves blob links of an existing database into blob_case")
{
    ow::test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("v4.db"));
    {
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
        for (const Migration &m : migrations())
            if (m.version <= 4) REQUIRE(sqlite3_exec(raw, m.sql, nullptr, nullptr, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_exec(raw,
                             "PRAGMA user_version = 4; INSERT INTO case_record(id, case_number, status, officer, "
                             "created_at, updated_at) VALUES (7, '20250101-01-00001', 'accepted', '900001', "
                             "'2025-01-01T01:00:00.000Z', '2025-01-01T01:00:00.000Z'); "
                             "INSERT INTO blob_store(id, case_id, kind, sha256, size, created_at, data_enc) VALUES "
                             "(3, 7, 'photo', 'ab', 1, '2025-01-01T01:00:00.000Z', x'00'), "
                             "(4, NULL, 'scan', 'cd', 1, '2025-01-01T01:00:00.000Z', x'00');",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(db.value().schemaVersion() == Database::currentSchemaVersion());
    Statement links(db.value(), "SELECT blob_id, case_id FROM blob_case");
    REQUIRE(links.step().value());
    CHECK(links.int64(0) == 3);
    CHECK(links.int64(1) == 7);
    CHECK_FALSE(links.step().value());
    Statement left(db.value(), "SELECT count(*) FROM blob_store WHERE case_id IS NOT NULL");
    REQUIRE(left.step().value());
    CHECK(left.int64(0) == 0);
}
