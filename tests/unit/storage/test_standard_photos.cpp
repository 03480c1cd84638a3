#include "CaseStoreRig.h"
#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/StandardPhotos.h"
#include "storage/Statement.h"

#include <QBuffer>
#include <QImage>

using namespace ow::storage;

namespace {

QByteArray photo(QRgb colour)
{
    QImage img(358, 441, QImage::Format_RGB32);
    img.fill(colour);
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    REQUIRE(img.save(&buf, "JPEG", 90));
    return out;
}

const QString kId = QStringLiteral("110101198805120178");

} // namespace

TEST_CASE("A standard photo is kept with the person and offered while it is valid")
{
    ow::test::CaseStoreRig rig;
    StandardPhotoStore photos(rig.store->db(), rig.admin.vault, rig.store->audit(), rig.clock);
    CHECK_FALSE(photos.latestValid(kId, 6).value());

    const QByteArray jpeg = photo(qRgb(250, 250, 250));
    auto stored = photos.record(kId, jpeg, QStringLiteral("id-card"), QStringLiteral("900001"));
    REQUIRE(stored);
    CHECK(stored.value().sha256.size() == 64);

    // Found by the number typed with a lower-case x or spaces alike; another person finds nothing.
    auto found = photos.latestValid(QStringLiteral(" 110101198805120178 "), 6);
    REQUIRE(found);
    REQUIRE(found.value());
    CHECK(found.value()->sha256 == stored.value().sha256);
    CHECK(found.value()->spec == QStringLiteral("id-card"));
    CHECK(found.value()->takenAt == rig.clock.now().toUTC());
    CHECK_FALSE(photos.latestValid(QStringLiteral("11010119900307299X"), 6).value());
    CHECK_FALSE(photos.latestValid(kId, 6, QStringLiteral("exit-entry")).value());
    CHECK(photos.jpeg(found.value()->sha256).value() == jpeg);

    // Seven months later it is no longer offered with a six-month validity, still with twelve.
    rig.clock.advanceSecs(qint64(213) * 24 * 3600);
    CHECK_FALSE(photos.latestValid(kId, 6).value());
    CHECK(photos.latestValid(kId, 12).value());

    // A newer photo replaces it in the offer.
    auto newer = photos.record(kId, photo(qRgb(240, 240, 245)), QStringLiteral("id-card"), QStringLiteral("900001"));
    REQUIRE(newer);
    CHECK(photos.latestValid(kId, 6).value()->sha256 == newer.value().sha256);
}

TEST_CASE("A stored standard photo names nobody in clear and its storing is audited")
{
    ow::test::CaseStoreRig rig;
    StandardPhotoStore photos(rig.store->db(), rig.admin.vault, rig.store->audit(), rig.clock);
    REQUIRE(photos.record(kId, photo(qRgb(250, 250, 250)), QStringLiteral("id-card"), QStringLiteral("900001")));
    Statement st(rig.store->db(), "SELECT id_hash, spec FROM standard_photo");
    REQUIRE(st.step().value());
    CHECK(st.blob(0).size() == 16);
    CHECK_FALSE(st.blob(0).contains(kId.toLatin1()));
    auto rows = AuditLog::recent(rig.store->db(), 5).value();
    REQUIRE_FALSE(rows.isEmpty());
    CHECK(rows.first().action == QString::fromLatin1(audit::kPhotoStore));
    CHECK(rows.first().subject == QStringLiteral("1101**********0178"));
    CHECK_FALSE(photos.record(QString(), photo(qRgb(1, 2, 3)), QStringLiteral("id-card"), QStringLiteral("900001")));
}
