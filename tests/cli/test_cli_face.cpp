// photo standardize, photo sheet and face verify, run as a script would, on the face models and
// test images that packaging/fetch-models.sh installs into the build tree.

#include "CliRunner.h"

#include "FaceFixtures.h"

#include <QImageReader>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>

using namespace ow::test::cli;

namespace {

bool haveModels()
{
    if (ow::test::faceModels()) return true;
    WARN("face models not installed in " << ow::test::faceModelsDir().toStdString() << ": run packaging/dev.sh build (skipped)");
    return false;
}

QString face(const char *name) { return QDir(ow::test::faceImagesDir()).filePath(QString::fromLatin1(name)); }

// grace_hopper on a plain backdrop (the original has a flag behind her).
QString studioFile(const ow::test::TempDir &tmp)
{
    const cv::Mat grace = ow::test::faceImage(QStringLiteral("grace_hopper_512x512.jpg"));
    auto faces = ow::test::faceModels()->detector().value()->detect(grace);
    REQUIRE(faces.ok());
    REQUIRE(faces->size() == 1);
    const QString path = tmp.file("studio.png");
    REQUIRE(cv::imwrite(path.toStdString(), ow::test::studioPortrait(grace, faces->first())));
    return path;
}

QJsonObject checkById(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &c : report.value("checks").toArray())
        if (c.toObject().value("id").toString() == id) return c.toObject();
    return {};
}

} // namespace

TEST_CASE("cli photo standardize writes a resident ID card photo and reports every check")
{
    if (!haveModels()) return;
    ow::test::TempDir tmp;
    const QString out = tmp.file("photo.jpg");
    const Run r = cli({"--lang", "en", "photo", "standardize", studioFile(tmp), out, "--models", ow::test::faceModelsDir()});
    INFO(r.err.toStdString() << r.out.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json();
    CHECK(o.value("ok").toBool());
    CHECK(o.value("spec").toString() == "id-card");
    CHECK(o.value("checks").toArray().size() >= 12);
    const QJsonObject width = checkById(o, "face.width");
    CHECK(width.value("passed").toBool());
    CHECK(width.value("min").toDouble() == 193);
    CHECK(width.value("max").toDouble() == 221);
    QImageReader reader(out);
    const QImage img = reader.read();
    REQUIRE_FALSE(img.isNull());
    CHECK(img.size() == QSize(358, 441));
    CHECK(qRound(img.dotsPerMeterX() * 0.0254) == 350);

    // The exit-entry spec on the same picture.
    const Run ee = cli({"photo", "standardize", studioFile(tmp), tmp.file("ee.jpg"), "--spec", "exit-entry"});
    REQUIRE(ee.exitCode == 0);
    CHECK(QImage(tmp.file("ee.jpg")).size() == QSize(354, 472));
}

TEST_CASE("cli photo standardize exits 1 with the reasons when the photo cannot meet the spec")
{
    if (!haveModels()) return;
    ow::test::TempDir tmp;
    const Run r = cli({"--lang", "en", "photo", "standardize", face("grace_hopper_512x512.jpg"), tmp.file("p.jpg")});
    REQUIRE(r.exitCode == 1);
    const QJsonObject o = r.json();
    CHECK_FALSE(o.value("ok").toBool());
    const QJsonObject bg = checkById(o, "background.uniform");
    CHECK_FALSE(bg.value("passed").toBool());
    CHECK(r.err.contains("Background not plain"));
    // Several faces: said in words, and no photo written.
    const Run group = cli({"--lang", "en", "photo", "standardize", face("sample2.jpg"), tmp.file("g.jpg")});
    CHECK(group.exitCode == 1);
    CHECK(group.err.contains("3 faces found"));
    CHECK_FALSE(QFile::exists(tmp.file("g.jpg")));
    // Usage errors.
    CHECK(cli({"photo", "standardize", face("sample2.jpg")}).exitCode == 2);
    CHECK(cli({"photo", "standardize", face("sample2.jpg"), tmp.file("x.jpg"), "--spec", "visa"}).exitCode == 2);
    CHECK(cli({"photo", "frame"}).exitCode == 2);
    // A file that is no picture.
    CHECK(cli({"photo", "standardize", tmp.file("missing.jpg"), tmp.file("x.jpg")}).exitCode == 1);
}

TEST_CASE("cli face verify gives score threshold and decision")
{
    if (!haveModels()) return;
    ow::test::TempDir tmp;
    // A chip-sized copy of her face against the original: a match.
    const cv::Mat grace = ow::test::faceImage(QStringLiteral("grace_hopper_512x512.jpg"));
    cv::Mat chip;
    cv::resize(grace(cv::Rect(120, 60, 300, 370)), chip, cv::Size(102, 126), 0, 0, cv::INTER_AREA);
    REQUIRE(cv::imwrite(tmp.file("chip.png").toStdString(), chip));
    const Run match = cli({"face", "verify", face("grace_hopper_512x512.jpg"), tmp.file("chip.png")});
    INFO(match.err.toStdString());
    REQUIRE(match.exitCode == 0);
    const QJsonObject m = match.json();
    CHECK(m.value("decision").toString() == "match");
    CHECK(m.value("score").toDouble() >= m.value("threshold").toDouble());
    CHECK(m.value("threshold").toDouble() == Approx(0.55));

    // Someone else: one face of a sample cut out.
    const auto people = ow::test::people(*ow::test::faceModels()->detector().value());
    REQUIRE(people.size() > 5);
    REQUIRE(cv::imwrite(tmp.file("other.png").toStdString(), people[5].crop));
    const Run other = cli({"face", "verify", tmp.file("chip.png"), tmp.file("other.png")});
    CHECK(other.exitCode == 1);
    CHECK(other.json().value("decision").toString() == "no-match");
    CHECK(other.json().value("score").toDouble() < other.json().value("threshold").toDouble());

    const Run none = cli({"face", "verify", face("grace_hopper_512x512.jpg"), face("no_face_landscape.jpg")});
    CHECK(none.exitCode == 1);
    CHECK(none.json().value("decision").toString() == "cannot-decide");
    CHECK(none.json().value("reason").toString() == "no-face");
    CHECK(none.json().value("picture").toInt() == 2);
    CHECK(none.json().value("score").isNull());

    // Models that are not there: cannot decide, and says how to install them.
    const Run missing = cli({"--lang", "en", "face", "verify", tmp.file("chip.png"), tmp.file("chip.png"), "--models", tmp.path()});
    CHECK(missing.exitCode == 1);
    CHECK(missing.json().value("reason").toString() == "models-missing");
    CHECK(missing.err.contains("packaging/dev.sh build"));
}

TEST_CASE("cli photo sheet writes a one-page 4R PDF")
{
    ow::test::TempDir tmp;
    QImage photo(358, 441, QImage::Format_RGB888);
    photo.fill(QColor(200, 180, 160));
    REQUIRE(photo.save(tmp.file("p.png")));
    const Run r = cli({"photo", "sheet", tmp.file("p.png"), tmp.file("sheet.pdf")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value("photos").toInt() == 10);
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    REQUIRE_FALSE(pdfinfo.isEmpty());
    QProcess p;
    p.start(pdfinfo, {tmp.file("sheet.pdf")});
    REQUIRE(p.waitForFinished(20000));
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    // 152 x 102 mm = 430.9 x 289.1 pt.
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+43[01](\\.\\d+)? x 289(\\.\\d+)? pts"))));
    CHECK(cli({"photo", "sheet", tmp.file("nothing.png"), tmp.file("s.pdf")}).exitCode == 1);
}
