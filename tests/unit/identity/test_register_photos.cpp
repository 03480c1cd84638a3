#include "TestSupport.h"

#include "identity/RegisterPhotos.h"

#include <QFile>
#include <QImage>

using ow::identity::LocalRegisterPhotoSource;

TEST_CASE("The local register source gives the photo and particulars of a number")
{
    ow::test::TempDir tmp;
    QImage img(102, 126, QImage::Format_RGB32);
    img.fill(qRgb(200, 180, 160));
    REQUIRE(img.save(tmp.file("110101198805120178.jpg"), "JPEG"));
    QFile json(tmp.file("110101198805120178.json"));
    REQUIRE(json.open(QIODevice::WriteOnly));
    json.write(R"({"name": "张伟", "nationCode": "01", "address": "北京市东城区东华门大街1号"})");
    json.close();

    LocalRegisterPhotoSource source(tmp.path());
    auto card = source.lookup(QStringLiteral("110101198805120178"));
    REQUIRE(card);
    CHECK(card.value().photo.size() == QSize(102, 126));
    CHECK(card.value().name == QStringLiteral("张伟"));
    CHECK(card.value().address.startsWith(QStringLiteral("北京市")));
    CHECK(card.value().birthDate == QDate(1988, 5, 12));
    CHECK(card.value().gender == ow::core::Gender::Male);
    CHECK_FALSE(card.value().validTo.isValid());  // no card, no validity

    auto missing = source.lookup(QStringLiteral("11010119900307299X"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == QStringLiteral("register.not_found"));
    CHECK_FALSE(missing.error().message.contains(QStringLiteral("11010119900307299X")));  // masked

    QFile bad(tmp.file("11010119900307299X.png"));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("not a picture");
    bad.close();
    CHECK(source.lookup(QStringLiteral("11010119900307299X")).error().code == QStringLiteral("register.unreadable"));
}
