// 刷脸办 online: the register photo and particulars of a citizen from onewindow-central (a child
// process with a throw-away CA) over real mutual TLS, through the very source the counter uses
// (CentralRegisterPhotoSource, ahead of the local folders in a chain): found, not found, the
// server down, a workstation not enrolled, and the fall back to the local folders.

#include "CentralProcess.h"

#include "CentralRegisterPhotoSource.h"  // app/gui: the seam between identity and sync

#include "core/IdNumber.h"
#include "identity/RegisterPhotos.h"
#include "sync/Wire.h"

#include <QDir>
#include <QFile>
#include <QImage>

#include <catch2/catch.hpp>

using namespace ow;
using ow::test::CentralProcess;

namespace {

const QString kZhang = QStringLiteral("110101198805120178");  // in the central register
const QString kWang = QStringLiteral("11010119900307299X");   // in nobody's register
const QString kLi = QStringLiteral("640104195411030240");     // only in the local folder

// A 102 x 126 register photo of one colour, saved as a JPEG file.
QString photoFile(const test::TempDir &tmp, const QString &name, QRgb colour)
{
    QImage img(102, 126, QImage::Format_RGB32);
    img.fill(colour);
    const QString path = tmp.file(name);
    REQUIRE(img.save(path, "JPEG", 90));
    return path;
}

struct Rig {
    test::TempDir srv;
    test::TempDir tmp;
    CentralProcess central{srv.path()};
    QString pki = tmp.file("pki");
    QString local = tmp.file("local-register");

    Rig()
    {
        central.start();
        central.issueClient("ws-07", pki);
        const QJsonObject added = central.admin({"register-photo-add"},
                                                {"--id", kZhang, "--photo", photoFile(tmp, "zhang.jpg", qRgb(200, 180, 160)),
                                                 "--name", "张伟", "--nation", "01", "--address", "北京市东城区东华门大街1号"});
        REQUIRE(added.value("ok").toBool());
        CHECK(added.value("idNumber").toString() == core::IdNumber::mask(kZhang));  // the tool prints it masked
        QDir().mkpath(local);
        REQUIRE(QFile::copy(photoFile(tmp, "li.jpg", qRgb(90, 120, 150)), QDir(local).filePath(kLi + ".jpg")));
    }

    [[nodiscard]] sync::SyncSettings settings() const
    {
        sync::SyncSettings s;
        s.server = central.url();
        s.caFile = QDir(pki).filePath("ca.pem");
        s.certFile = QDir(pki).filePath("client.pem");
        s.keyFile = QDir(pki).filePath("client.key");
        s.connectTimeoutMs = 3000;
        s.timeoutMs = 10000;
        return s;
    }

    [[nodiscard]] identity::ChainRegisterPhotoSource chain(const sync::SyncSettings &s) const
    {
        return identity::ChainRegisterPhotoSource({std::make_shared<gui::CentralRegisterPhotoSource>(s),
                                                   std::make_shared<identity::LocalRegisterPhotoSource>(local)});
    }
};

} // namespace

TEST_CASE("The central register gives the photo and particulars of a number over mutual TLS")
{
    Rig rig;
    // On the server the person is two files named by the number's hash: the folder names nobody.
    const QDir dir(QDir(rig.srv.path()).filePath("register-photos"));
    const QString key = sync::sha256Hex(kZhang.toUtf8());
    CHECK(dir.exists(key + ".jpg"));
    CHECK(dir.exists(key + ".json"));
    for (const QString &f : dir.entryList(QDir::Files)) CHECK_FALSE(f.contains(kZhang.left(12)));

    gui::CentralRegisterPhotoSource central(rig.settings());
    auto card = central.lookup(kZhang);
    INFO((card ? QString() : card.error().describe()).toStdString());
    REQUIRE(card);
    CHECK(card.value().idNumber == kZhang);
    CHECK(card.value().name == QStringLiteral("张伟"));
    CHECK(card.value().nationCode == QStringLiteral("01"));
    CHECK(card.value().address == QStringLiteral("北京市东城区东华门大街1号"));
    CHECK(card.value().birthDate == QDate(1988, 5, 12));
    CHECK(card.value().gender == core::Gender::Male);
    CHECK(card.value().photo.size() == QSize(102, 126));
    CHECK(qAbs(qRed(card.value().photo.pixel(50, 60)) - 200) < 8);  // the photo sent, not another
    CHECK_FALSE(card.value().validTo.isValid());                     // no card, no validity

    // Lower-case check character typed: the same person.
    auto typed = central.lookup(kZhang.toLower());
    REQUIRE(typed);
    CHECK(typed.value().name == QStringLiteral("张伟"));

    // Through the chain the counter uses: one source asked, and it had the person.
    QList<identity::RegisterLookupStep> steps;
    auto viaChain = rig.chain(rig.settings()).lookupTraced(kZhang, &steps);
    REQUIRE(viaChain);
    REQUIRE(steps.size() == 1);
    CHECK(steps[0].source == central.name());
    CHECK(steps[0].code.isEmpty());
}

TEST_CASE("A number the central register does not know is register.not_found without the number in clear")
{
    Rig rig;
    gui::CentralRegisterPhotoSource central(rig.settings());
    auto missing = central.lookup(kWang);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == QStringLiteral("register.not_found"));
    CHECK(missing.error().message.contains(core::IdNumber::mask(kWang)));
    CHECK_FALSE(missing.error().message.contains(kWang));
    CHECK_FALSE(missing.error().detail.contains(kWang));

    // Not in the local folder either: the chain says so for both, still not_found.
    QList<identity::RegisterLookupStep> steps;
    auto none = rig.chain(rig.settings()).lookupTraced(kWang, &steps);
    REQUIRE_FALSE(none);
    CHECK(none.error().code == QStringLiteral("register.not_found"));
    CHECK(steps.size() == 2);
    CHECK_FALSE(none.error().message.contains(kWang));
}

TEST_CASE("With the central service down the lookup says so and the local folder still answers")
{
    Rig rig;
    rig.central.stop();
    gui::CentralRegisterPhotoSource central(rig.settings());
    auto down = central.lookup(kZhang);
    REQUIRE_FALSE(down);
    CHECK(down.error().code == QStringLiteral("sync.refused"));
    CHECK(down.error().message.contains(QStringLiteral("cannot be reached")));

    // A house call without network: the photo fetched beforehand is in the local folder.
    QList<identity::RegisterLookupStep> steps;
    auto fallback = rig.chain(rig.settings()).lookupTraced(kLi, &steps);
    REQUIRE(fallback);
    CHECK(fallback.value().idNumber == kLi);
    CHECK(fallback.value().birthDate == QDate(1954, 11, 3));
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].code == QStringLiteral("sync.refused"));
    CHECK(steps[0].message == down.error().message);
    CHECK(steps[1].code.isEmpty());

    // Nobody has the person: the officer reads why the central register did not help, not only
    // that the local folder has no photo.
    auto neither = rig.chain(rig.settings()).lookup(kZhang);
    REQUIRE_FALSE(neither);
    CHECK(neither.error().code == QStringLiteral("sync.refused"));
    CHECK(neither.error().message.contains(QStringLiteral("cannot be reached")));
    CHECK(neither.error().message.contains(QStringLiteral("no photo")));

    // Up again: the central register answers first.
    rig.central.start();
    steps.clear();
    auto back = rig.chain(rig.settings()).lookupTraced(kZhang, &steps);
    REQUIRE(back);
    CHECK(steps.size() == 1);
}

TEST_CASE("The admin tool refuses a bad number or a photo that is not a JPEG and a broken photo is never shown")
{
    Rig rig;
    const QString jpeg = photoFile(rig.tmp, "w.jpg", qRgb(10, 20, 30));
    CHECK_FALSE(rig.central.admin({"register-photo-add"}, {"--id", "110101198805120179", "--photo", jpeg}).value("ok").toBool());
    QFile png(rig.tmp.file("w.png"));
    REQUIRE(png.open(QIODevice::WriteOnly));
    png.write("\x89PNG\r\n\x1a\n not a jpeg");
    png.close();
    CHECK_FALSE(rig.central.admin({"register-photo-add"}, {"--id", kWang, "--photo", png.fileName()}).value("ok").toBool());
    CHECK_FALSE(QDir(QDir(rig.srv.path()).filePath("register-photos")).exists(sync::sha256Hex(kWang.toUtf8()) + ".jpg"));

    // A photo file damaged on the server: the counter says it cannot be read, it shows nothing.
    REQUIRE(rig.central.admin({"register-photo-add"}, {"--id", kWang, "--photo", jpeg}).value("ok").toBool());
    QFile broken(QDir(QDir(rig.srv.path()).filePath("register-photos")).filePath(sync::sha256Hex(kWang.toUtf8()) + ".jpg"));
    REQUIRE(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("\xFF\xD8\xFF cut short");
    broken.close();
    auto r = gui::CentralRegisterPhotoSource(rig.settings()).lookup(kWang);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == QStringLiteral("register.unreadable"));
}

TEST_CASE("A workstation that is not enrolled is told so before anything is sent")
{
    Rig rig;
    sync::SyncSettings s = rig.settings();
    s.certFile = rig.tmp.file("missing/client.pem");
    gui::CentralRegisterPhotoSource central(s);
    auto r = central.lookup(kZhang);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == QStringLiteral("sync.not_enrolled"));
    // The local folder still answers for the photos it holds.
    CHECK(rig.chain(s).lookup(kLi));
}
