#include "Cli.h"

#include "documents/PhotoSheet.h"
#include "identity/FaceVerifier.h"
#include "identity/ImageConvert.h"
#include "identity/PhotoStandardizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPdfWriter>

namespace ow::cli {
namespace {

int usageError(Context &ctx, const QString &message)
{
    ctx.err << message << "\n"
            << QCoreApplication::translate("ow::cli",
                                           "Usage: onewindow-cli photo standardize IN OUT [--spec id-card|exit-entry] [--models DIR]\n"
                                           "       onewindow-cli photo sheet IN OUT.pdf\n"
                                           "       onewindow-cli face verify A B [--models DIR]")
            << "\n";
    ctx.err.flush();
    return kUsage;
}

std::shared_ptr<identity::FaceModels> models(const Context &ctx)
{
    return identity::FaceModels::shared(ctx.option(QStringLiteral("models")));
}

// Image files through Qt (JPEG, PNG, BMP), honouring EXIF orientation as a camera wrote it.
core::Result<QImage> readImage(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage img = reader.read();
    if (img.isNull())
        return core::makeError(QStringLiteral("photo.read"),
                               QCoreApplication::translate("ow::cli", "Cannot read the picture %1.").arg(path), reader.errorString());
    return img;
}

QJsonObject checkJson(const identity::PhotoCheck &c)
{
    QJsonObject o{{"id", c.id}, {"passed", c.passed}, {"measured", qRound(c.measured * 100) / 100.0},
                  {"min", c.min}, {"message", c.message}};
    if (c.max >= 0) o.insert(QStringLiteral("max"), c.max);
    if (!c.unit.isEmpty()) o.insert(QStringLiteral("unit"), c.unit);
    return o;
}

int standardize(Context &ctx, const QStringList &args)
{
    if (args.size() != 2) return usageError(ctx, QCoreApplication::translate("ow::cli", "photo standardize needs IN and OUT."));
    const QString specId = ctx.isSet(QStringLiteral("spec")) ? ctx.option(QStringLiteral("spec")) : QStringLiteral("id-card");
    const auto spec = identity::PhotoSpec::fromId(specId);
    if (!spec)
        return usageError(ctx, QCoreApplication::translate("ow::cli", "Unknown photo spec \"%1\": use id-card or exit-entry.").arg(specId));
    auto img = readImage(args[0]);
    if (!img) return printFailure(ctx, img.error());
    identity::PhotoStandardizer standardizer(models(ctx), *spec);
    auto result = standardizer.standardize(img.value());
    if (!result) return printFailure(ctx, result.error());
    const identity::StandardPhoto &photo = result.value();
    QJsonArray checks;
    for (const identity::PhotoCheck &c : photo.checks) checks.append(checkJson(c));
    QJsonObject o{{"ok", photo.ok()}, {"spec", spec->id}, {"checks", checks},
                  {"backgroundLightened", photo.backgroundLightened}, {"milliseconds", qRound(photo.milliseconds)}};
    // The best photo that could be made is written even when a check failed, so the officer can
    // see what is wrong; the exit code says whether it meets the spec.
    if (!photo.jpeg.isEmpty()) {
        QFile f(args[1]);
        if (!f.open(QIODevice::WriteOnly) || f.write(photo.jpeg) != photo.jpeg.size())
            return printFailure(ctx, core::makeError(QStringLiteral("photo.write"),
                                                     QCoreApplication::translate("ow::cli", "Cannot write %1.").arg(args[1]), f.errorString()));
        o.insert(QStringLiteral("output"), args[1]);
        o.insert(QStringLiteral("width"), photo.image.cols);
        o.insert(QStringLiteral("height"), photo.image.rows);
        o.insert(QStringLiteral("dpi"), spec->dpi);
        o.insert(QStringLiteral("bytes"), photo.jpeg.size());
        o.insert(QStringLiteral("jpegQuality"), photo.jpegQuality);
    }
    printJson(ctx.out, o);
    if (photo.ok()) return kOk;
    ctx.err << QCoreApplication::translate("ow::cli", "The photo does not meet the %1 specification:").arg(spec->name) << "\n";
    for (const QString &m : photo.failures()) ctx.err << "  " << m << "\n";
    ctx.err.flush();
    return kFailure;
}

int sheet(Context &ctx, const QStringList &args)
{
    if (args.size() != 2) return usageError(ctx, QCoreApplication::translate("ow::cli", "photo sheet needs IN and OUT.pdf."));
    auto img = readImage(args[0]);
    if (!img) return printFailure(ctx, img.error());
    // No counter or officer behind a command line: the footer names the tool instead.
    documents::DocumentContext dc{QStringLiteral("onewindow-cli"), QStringLiteral("-"), QDateTime::currentDateTime(),
                                  ctx.profile.isPractice()};
    documents::PhotoSheet doc(img.value(), dc);
    {
        QPdfWriter w(args[1]);
        w.setResolution(300);
        w.setTitle(doc.title());
        const core::Status s = doc.render(w);
        if (!s) return printFailure(ctx, s.error());
    }
    if (!QFile::exists(args[1]))
        return printFailure(ctx, core::makeError(QStringLiteral("photo.write"),
                                                 QCoreApplication::translate("ow::cli", "Cannot write %1.").arg(args[1])));
    printJson(ctx.out, QJsonObject{{"ok", true}, {"output", args[1]}, {"photos", int(documents::PhotoSheet::photoRects().size())},
                                   {"pageWidthMm", documents::PhotoSheet::kSheetWidthMm},
                                   {"pageHeightMm", documents::PhotoSheet::kSheetHeightMm}});
    return kOk;
}

} // namespace

int runPhoto(Context &ctx, const QStringList &args)
{
    if (args.isEmpty()) return usageError(ctx, QCoreApplication::translate("ow::cli", "photo needs a subcommand."));
    if (args[0] == u"standardize") return standardize(ctx, args.mid(1));
    if (args[0] == u"sheet") return sheet(ctx, args.mid(1));
    return usageError(ctx, QCoreApplication::translate("ow::cli", "Unknown photo subcommand \"%1\".").arg(args[0]));
}

int runFace(Context &ctx, const QStringList &args)
{
    if (args.size() != 3 || args[0] != u"verify")
        return usageError(ctx, QCoreApplication::translate("ow::cli", "face verify needs two pictures."));
    auto a = readImage(args[1]);
    if (!a) return printFailure(ctx, a.error());
    auto b = readImage(args[2]);
    if (!b) return printFailure(ctx, b.error());
    const identity::FaceVerifier verifier(models(ctx));
    const identity::Verification v = verifier.verify(a.value(), b.value());
    using D = identity::Verification::Decision;
    QJsonObject o{{"decision", identity::Verification::decisionKey(v.decision)},
                  {"reason", identity::Verification::reasonKey(v.reason)},
                  {"message", v.message},
                  {"threshold", qRound(v.threshold * 1000) / 1000.0},
                  {"maxDistance", qRound(v.maxDistance * 1000) / 1000.0},
                  {"calibration", verifier.settings().calibration},
                  {"milliseconds", qRound(v.milliseconds)}};
    if (v.picture > 0) o.insert(QStringLiteral("picture"), v.picture);
    if (v.distance >= 0) {
        o.insert(QStringLiteral("score"), qRound(v.score * 1000) / 1000.0);
        o.insert(QStringLiteral("distance"), qRound(v.distance * 1000) / 1000.0);
    } else {
        o.insert(QStringLiteral("score"), QJsonValue::Null);
    }
    printJson(ctx.out, o);
    ctx.err << v.message << "\n";
    if (!v.detail.isEmpty()) ctx.err << v.detail << "\n";
    ctx.err.flush();
    // Like `id check`: exit 0 only for the positive answer, so a script can branch on it.
    return v.decision == D::Match ? kOk : kFailure;
}

} // namespace ow::cli
