#include "identity/PhotoStandardizer.h"

#include "identity/FaceVerifier.h"
#include "identity/ImageConvert.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImageWriter>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace ow::identity {

namespace {

// Photo quality floors, on the source face (measureFaceQuality's scale). Set on the face-api
// samples and grace_hopper (sharpness 60-900 in focus; a 3 px Gaussian blur brings them under 30).
constexpr double kMinSharpness = 40;
constexpr double kMinExposure = 80, kMaxExposure = 215;
constexpr double kMaxRollDegrees = 8;   // corrected by rotation up to this
constexpr double kMaxYaw = 0.12;        // nose offset in eye distances (about 8 degrees)
constexpr double kMaxMissingFraction = 0.02;
constexpr double kMaxBackgroundSpread = 14;  // standard deviation of the background's grey level
constexpr double kSourceFaceFactor = 0.7;    // the source face must be at least 70 % of the target

// Chin below the eye line, from the eye-to-mouth distance (adult proportions: the mouth lies at
// about 60 % of the way from the eye line to the chin).
constexpr double kChinFactor = 1.65;
// Top of the head above the eye line, in face widths, when the background gives no edge.
constexpr double kHairAboveEyes = 0.95;

PhotoCheck makeCheck(QString id, double measured, double min, double max, QString unit, bool passed, QString message)
{
    return PhotoCheck{std::move(id), passed, measured, min, max, std::move(unit), std::move(message)};
}

double greyMean(const cv::Mat &bgr, const cv::Mat &mask, double *stddev)
{
    cv::Mat grey;
    cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
    cv::Scalar m, s;
    cv::meanStdDev(grey, m, s, mask);
    if (stddev) *stddev = s[0];
    return m[0];
}

QByteArray encodeJpeg(const cv::Mat &bgr, double dpi, int quality)
{
    QImage img = imageFromMat(bgr);
    const int dpm = qRound(dpi / 0.0254);
    img.setDotsPerMeterX(dpm);
    img.setDotsPerMeterY(dpm);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter w(&buffer, "jpeg");
    w.setQuality(quality);
    w.write(img);
    return bytes;
}

} // namespace

PhotoSpec PhotoSpec::idCard()
{
    PhotoSpec s;
    s.id = QStringLiteral("id-card");
    s.name = QCoreApplication::translate("ow::identity", "resident ID card");
    s.width = 358;
    s.height = 441;
    s.dpi = 350;
    s.faceWidthMin = 193;
    s.faceWidthTarget = 207;
    s.faceWidthMax = 221;
    s.hairTopMin = 7;
    s.hairTopMax = 21;
    s.eyeLineMinFromBottom = 207;
    s.backgroundMinLevel = 235;
    s.jpegMinBytes = 0;
    s.jpegMaxBytes = 40 * 1024;
    return s;
}

PhotoSpec PhotoSpec::exitEntry()
{
    // 354 x 472 px for 33 x 48 mm: 10.73 px/mm across, 9.83 px/mm down.
    PhotoSpec s;
    s.id = QStringLiteral("exit-entry");
    s.name = QCoreApplication::translate("ow::identity", "exit-entry document");
    s.width = 354;
    s.height = 472;
    s.dpi = 272;
    s.faceWidthMin = 161;   // 15 mm
    s.faceWidthTarget = 190;
    s.faceWidthMax = 236;   // 22 mm
    s.hairTopMin = 30;      // 3 mm
    s.hairTopMax = 49;      // 5 mm
    s.eyeLineMinFromBottom = 0;
    s.chinMinFromBottom = 69;  // 7 mm
    s.backgroundMinLevel = 180;
    s.jpegMinBytes = 20 * 1024;
    s.jpegMaxBytes = 80 * 1024;
    return s;
}

std::optional<PhotoSpec> PhotoSpec::fromId(const QString &id)
{
    if (id == u"id-card") return idCard();
    if (id == u"exit-entry") return exitEntry();
    return std::nullopt;
}

bool StandardPhoto::ok() const
{
    if (checks.isEmpty() || jpeg.isEmpty()) return false;
    return std::all_of(checks.begin(), checks.end(), [](const PhotoCheck &c) { return c.passed; });
}

QStringList StandardPhoto::failures() const
{
    QStringList out;
    for (const PhotoCheck &c : checks)
        if (!c.passed) out << c.message;
    return out;
}

const PhotoCheck *StandardPhoto::check(const QString &id) const
{
    for (const PhotoCheck &c : checks)
        if (c.id == id) return &c;
    return nullptr;
}

std::optional<int> findHairTop(const cv::Mat &bgr, int x0, int x1, int corner)
{
    x0 = std::clamp(x0, 0, bgr.cols - 1);
    x1 = std::clamp(x1, x0 + 1, bgr.cols);
    if (bgr.rows < 2 * corner || bgr.cols < 2 * corner) return std::nullopt;
    const cv::Scalar left = cv::mean(bgr(cv::Rect(0, 0, corner, corner)));
    const cv::Scalar right = cv::mean(bgr(cv::Rect(bgr.cols - corner, 0, corner, corner)));
    if (cv::norm(left - right) > 30) return std::nullopt;
    const cv::Vec3d bg((left[0] + right[0]) / 2, (left[1] + right[1]) / 2, (left[2] + right[2]) / 2);
    const int needed = std::max(2, int(0.15 * (x1 - x0)));
    for (int y = 0; y < bgr.rows; ++y) {
        const cv::Vec3b *row = bgr.ptr<cv::Vec3b>(y);
        int differing = 0;
        for (int x = x0; x < x1; ++x) {
            const cv::Vec3d p(row[x][0], row[x][1], row[x][2]);
            if (cv::norm(p - bg) > 40) ++differing;
        }
        if (differing >= needed) return y;
    }
    return std::nullopt;
}

PhotoStandardizer::PhotoStandardizer(std::shared_ptr<FaceModels> models, PhotoSpec spec)
    : m_models(std::move(models)), m_spec(std::move(spec))
{
}

core::Result<StandardPhoto> PhotoStandardizer::standardize(const QImage &image) const
{
    return standardize(matFromImage(image));
}

core::Result<StandardPhoto> PhotoStandardizer::standardize(const cv::Mat &input) const
{
    QElapsedTimer timer;
    timer.start();
    auto detector = m_models->detector();
    if (!detector) return detector.error();
    if (input.empty() || input.type() != CV_8UC3)
        return core::makeError(QStringLiteral("face.input"), QCoreApplication::translate("ow::identity", "The picture is empty or in an unsupported format."),
                               QStringLiteral("standardize needs an 8-bit BGR image"));
    auto detected = detector.value()->detect(input);
    if (!detected) return detected.error();
    const PhotoSpec &spec = m_spec;
    StandardPhoto out;
    const QList<Face> faces = significantFaces(detected.value());
    {
        const bool one = faces.size() == 1;
        const QString msg = faces.isEmpty() ? QCoreApplication::translate("ow::identity", "No face found.")
                            : one           ? QCoreApplication::translate("ow::identity", "One face found.")
                                            : QCoreApplication::translate("ow::identity", "%1 faces found: only the citizen may be in the photo.").arg(faces.size());
        out.checks << makeCheck(QStringLiteral("face.count"), faces.size(), 1, 1, QString(), one, msg);
    }
    if (faces.size() != 1) {
        out.milliseconds = double(timer.nsecsElapsed()) / 1e6;
        return out;
    }
    try {
        const Face f = faces.first();
        const FaceQuality q = measureFaceQuality(input, f);
        const double srcWidth = f.faceWidth();
        const double minSource = kSourceFaceFactor * spec.faceWidthTarget;
        out.checks << makeCheck(QStringLiteral("source.resolution"), srcWidth, minSource, -1, QStringLiteral("px"), srcWidth >= minSource,
                                srcWidth >= minSource
                                    ? QCoreApplication::translate("ow::identity", "Face in the picture: %1 px across, enough.").arg(qRound(srcWidth))
                                    : QCoreApplication::translate("ow::identity", "Face too small in the picture: %1 px, needs at least %2: move the camera closer.")
                                          .arg(qRound(srcWidth)).arg(qRound(minSource)));
        const double roll = f.rollDegrees();
        const bool rollOk = std::abs(roll) <= kMaxRollDegrees;
        out.checks << makeCheck(QStringLiteral("pose.roll"), roll, -kMaxRollDegrees, kMaxRollDegrees, QStringLiteral("deg"), rollOk,
                                rollOk ? QCoreApplication::translate("ow::identity", "Eyes level (tilt %1°, corrected).").arg(roll, 0, 'f', 1)
                                       : QCoreApplication::translate("ow::identity", "Head tilted: %1°, needs within ±%2°.").arg(roll, 0, 'f', 1).arg(kMaxRollDegrees));
        const double yaw = f.noseOffset();
        const bool yawOk = std::abs(yaw) <= kMaxYaw;
        out.checks << makeCheck(QStringLiteral("pose.yaw"), yaw, -kMaxYaw, kMaxYaw, QString(), yawOk,
                                yawOk ? QCoreApplication::translate("ow::identity", "Facing the camera.")
                                      : QCoreApplication::translate("ow::identity", "Head turned sideways: %1, needs within ±%2: look straight at the camera.")
                                            .arg(yaw, 0, 'f', 2).arg(kMaxYaw, 0, 'f', 2));
        const bool sharp = q.sharpness >= kMinSharpness;
        out.checks << makeCheck(QStringLiteral("sharpness"), q.sharpness, kMinSharpness, -1, QString(), sharp,
                                sharp ? QCoreApplication::translate("ow::identity", "Sharp: %1.").arg(qRound(q.sharpness))
                                      : QCoreApplication::translate("ow::identity", "Photo blurred: sharpness %1, needs at least %2.").arg(qRound(q.sharpness)).arg(qRound(kMinSharpness)));
        const bool exposed = q.brightness >= kMinExposure && q.brightness <= kMaxExposure;
        out.checks << makeCheck(QStringLiteral("exposure"), q.brightness, kMinExposure, kMaxExposure, QString(), exposed,
                                exposed ? QCoreApplication::translate("ow::identity", "Exposure good: %1.").arg(qRound(q.brightness))
                                : q.brightness < kMinExposure
                                    ? QCoreApplication::translate("ow::identity", "Face too dark: %1, needs %2-%3.").arg(qRound(q.brightness)).arg(qRound(kMinExposure)).arg(qRound(kMaxExposure))
                                    : QCoreApplication::translate("ow::identity", "Face too bright: %1, needs %2-%3.").arg(qRound(q.brightness)).arg(qRound(kMinExposure)).arg(qRound(kMaxExposure)));

        // Similarity: rotate about the eye centre to level the eyes, scale to the target face
        // width, eye centre to (width / 2, eyeY). eyeY is first provisional, on a canvas tall
        // enough to see above the head, then set from where the hair top lands.
        const double scale = spec.faceWidthTarget / srcWidth;
        const double angle = rollOk ? roll : 0.0;
        const cv::Point2f eye = f.eyeCentre();
        auto transform = [&](double eyeX, double eyeY) {
            cv::Mat m = cv::getRotationMatrix2D(eye, angle, scale);
            m.at<double>(0, 2) += eyeX - eye.x;
            m.at<double>(1, 2) += eyeY - eye.y;
            return m;
        };
        auto mapPoint = [](const cv::Mat &m, cv::Point2f p) {
            return cv::Point2f(float(m.at<double>(0, 0) * p.x + m.at<double>(0, 1) * p.y + m.at<double>(0, 2)),
                               float(m.at<double>(1, 0) * p.x + m.at<double>(1, 1) * p.y + m.at<double>(1, 2)));
        };
        // A big source shrunk by a warp skips pixels: smooth it first in proportion.
        cv::Mat source = input;
        if (scale < 0.5) cv::GaussianBlur(input, source, cv::Size(0, 0), 0.3 / scale);

        const double halfWidth = spec.faceWidthTarget / 2.0;
        const int cx = spec.width / 2;
        const int margin = spec.height;
        const double provisionalEye = margin + spec.height * 0.45;
        cv::Mat probe;
        const cv::Mat mProbe = transform(cx, provisionalEye);
        cv::warpAffine(source, probe, mProbe, cv::Size(spec.width, spec.height + 2 * margin), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        // The hair top as the background shows it, searched only above the eyes.
        std::optional<int> hair = findHairTop(probe(cv::Rect(0, 0, spec.width, int(provisionalEye))), int(cx - halfWidth),
                                              int(cx + halfWidth));
        const bool hairMeasured = hair.has_value() && *hair > 0;
        const double hairProbe = hairMeasured ? *hair : provisionalEye - kHairAboveEyes * spec.faceWidthTarget;
        const double eyeAboveHair = provisionalEye - hairProbe;
        const double mouthBelowEye = mapPoint(mProbe, f.keypoints[Face::Mouth]).y - provisionalEye;
        const double chinBelowEye = kChinFactor * mouthBelowEye;
        // Hair in the middle of its band, then pulled up if the eye line or the chin would sit
        // too low (the hair check then reports the conflict: the head is too tall for the spec).
        double eyeY = (spec.hairTopMin + spec.hairTopMax) / 2.0 + eyeAboveHair;
        if (spec.eyeLineMinFromBottom > 0) eyeY = std::min(eyeY, double(spec.height - spec.eyeLineMinFromBottom));
        if (spec.chinMinFromBottom > 0) eyeY = std::min(eyeY, spec.height - spec.chinMinFromBottom - chinBelowEye);

        const cv::Mat m = transform(cx, eyeY);
        cv::Mat photo;
        cv::warpAffine(source, photo, m, cv::Size(spec.width, spec.height), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        // How much of the photo lies outside the source picture (filled by repeating its edge).
        cv::Mat coverage;
        cv::warpAffine(cv::Mat(input.size(), CV_8U, cv::Scalar(255)), coverage, m, photo.size(), cv::INTER_NEAREST,
                       cv::BORDER_CONSTANT, cv::Scalar(0));
        const double missing = 1.0 - double(cv::countNonZero(coverage)) / double(coverage.total());
        const bool framed = missing <= kMaxMissingFraction;
        out.checks << makeCheck(QStringLiteral("framing"), missing * 100, 0, kMaxMissingFraction * 100, QStringLiteral("%"), framed,
                                framed ? QCoreApplication::translate("ow::identity", "The picture covers the whole photo.")
                                       : QCoreApplication::translate("ow::identity", "The picture does not reach far enough around the head: %1 % of the photo missing, "
                                            "at most %2 %: step back or centre the camera.")
                                             .arg(missing * 100, 0, 'f', 1).arg(kMaxMissingFraction * 100, 0, 'f', 0));

        // Background: the region above the hair and beside the head down to the eye line.
        cv::Mat bgMask(photo.size(), CV_8U, cv::Scalar(0));
        const int hairOut = int(std::lround(eyeY - eyeAboveHair));
        const int sideTop = 0, sideBottom = std::clamp(int(eyeY), 1, spec.height);
        const int headHalf = int(halfWidth * 1.25);
        if (hairOut - 3 > 0) bgMask(cv::Rect(0, 0, spec.width, std::min(spec.height, hairOut - 3))).setTo(255);
        if (cx - headHalf > 0) bgMask(cv::Rect(0, sideTop, cx - headHalf, sideBottom - sideTop)).setTo(255);
        if (cx + headHalf < spec.width) bgMask(cv::Rect(cx + headHalf, sideTop, spec.width - cx - headHalf, sideBottom - sideTop)).setTo(255);
        cv::Mat bgValid;
        cv::bitwise_and(bgMask, coverage, bgValid);
        if (cv::countNonZero(bgValid) > 200) bgMask = bgValid;
        double spread = 0;
        const double level = greyMean(photo, bgMask, &spread);
        const bool uniform = spread <= kMaxBackgroundSpread;
        out.checks << makeCheck(QStringLiteral("background.uniform"), spread, 0, kMaxBackgroundSpread, QString(), uniform,
                                uniform ? QCoreApplication::translate("ow::identity", "Background plain.")
                                        : QCoreApplication::translate("ow::identity", "Background not plain: variation %1, needs at most %2: use the backdrop.")
                                              .arg(qRound(spread)).arg(qRound(kMaxBackgroundSpread)));

        // Lighten the background to white only when it is safe: plain, already light, nearly
        // grey, and only the pixels of the background colour connected to the photo's top and
        // sides, never inside the face.
        double finalLevel = level;
        if (uniform && level >= 150) {
            const cv::Scalar bgColour = cv::mean(photo, bgMask);
            const double chroma = std::max({bgColour[0], bgColour[1], bgColour[2]}) - std::min({bgColour[0], bgColour[1], bgColour[2]});
            if (chroma <= 40) {
                cv::Mat diff;
                cv::absdiff(photo, bgColour, diff);
                cv::Mat near;
                cv::Mat channels[3];
                cv::split(diff, channels);
                cv::Mat maxDiff = cv::max(channels[0], cv::max(channels[1], channels[2]));
                cv::threshold(maxDiff, near, 28, 255, cv::THRESH_BINARY_INV);
                // Keep what is connected to the top row and the upper sides.
                cv::Mat connected(photo.rows + 2, photo.cols + 2, CV_8U, cv::Scalar(0));
                cv::Mat nearCopy = near.clone();
                auto seed = [&](int x, int y) {
                    if (nearCopy.at<uchar>(y, x) == 255)
                        cv::floodFill(nearCopy, connected, cv::Point(x, y), cv::Scalar(128), nullptr, cv::Scalar(0), cv::Scalar(0),
                                      4 | cv::FLOODFILL_MASK_ONLY | (255 << 8));
                };
                for (int x = 0; x < photo.cols; x += 4) seed(x, 0);
                for (int y = 0; y < sideBottom; y += 4) {
                    seed(0, y);
                    seed(photo.cols - 1, y);
                }
                cv::Mat region = connected(cv::Rect(1, 1, photo.cols, photo.rows)).clone();
                // Never inside the face (an ellipse around the face, eyes to chin).
                const cv::Point2f e = mapPoint(m, f.eyeCentre());
                cv::ellipse(region, cv::Point(int(e.x), int(e.y + chinBelowEye * 0.3)),
                            cv::Size(int(halfWidth * 0.95), int(chinBelowEye * 1.1 + eyeAboveHair * 0.2)), 0, 0, 360, cv::Scalar(0), cv::FILLED);
                const double share = double(cv::countNonZero(region)) / double(region.total());
                if (share > 0.05 && share < 0.75) {
                    cv::Mat alpha;
                    region.convertTo(alpha, CV_32F, 1.0 / 255);
                    cv::GaussianBlur(alpha, alpha, cv::Size(0, 0), 1.5);
                    cv::Mat photoF;
                    photo.convertTo(photoF, CV_32FC3);
                    cv::Mat alpha3;
                    cv::merge(std::vector<cv::Mat>{alpha, alpha, alpha}, alpha3);
                    cv::Mat white(photo.size(), CV_32FC3, cv::Scalar(255, 255, 255));
                    cv::Mat blended = photoF.mul(cv::Scalar(1, 1, 1) - alpha3) + white.mul(alpha3);
                    blended.convertTo(photo, CV_8UC3);
                    out.backgroundLightened = true;
                    finalLevel = greyMean(photo, bgMask, nullptr);
                }
            }
        }
        const bool light = finalLevel >= spec.backgroundMinLevel;
        out.checks << makeCheck(QStringLiteral("background.light"), finalLevel, spec.backgroundMinLevel, 255, QString(), light,
                                light ? QCoreApplication::translate("ow::identity", "Background light enough: %1.").arg(qRound(finalLevel))
                                      : QCoreApplication::translate("ow::identity", "Background too dark: %1, needs at least %2.").arg(qRound(finalLevel)).arg(spec.backgroundMinLevel));

        // Geometry as it ended up in the photo.
        // The transform scales every distance alike.
        const double faceWidth = srcWidth * scale;
        const bool widthOk = faceWidth >= spec.faceWidthMin && faceWidth <= spec.faceWidthMax;
        out.checks << makeCheck(QStringLiteral("face.width"), faceWidth, spec.faceWidthMin, spec.faceWidthMax, QStringLiteral("px"), widthOk,
                                widthOk ? QCoreApplication::translate("ow::identity", "Face width %1 px (%2-%3).").arg(qRound(faceWidth)).arg(spec.faceWidthMin).arg(spec.faceWidthMax)
                                : faceWidth < spec.faceWidthMin
                                    ? QCoreApplication::translate("ow::identity", "Face too small: %1 px, needs %2-%3.").arg(qRound(faceWidth)).arg(spec.faceWidthMin).arg(spec.faceWidthMax)
                                    : QCoreApplication::translate("ow::identity", "Face too large: %1 px, needs %2-%3.").arg(qRound(faceWidth)).arg(spec.faceWidthMin).arg(spec.faceWidthMax));
        std::optional<int> hairFinal = hairMeasured ? findHairTop(photo, int(cx - halfWidth), int(cx + halfWidth)) : std::nullopt;
        const double hairTop = hairFinal ? *hairFinal : eyeY - eyeAboveHair;
        const bool hairOk = hairTop >= spec.hairTopMin && hairTop <= spec.hairTopMax;
        out.checks << makeCheck(QStringLiteral("hair.top"), hairTop, spec.hairTopMin, spec.hairTopMax, QStringLiteral("px"), hairOk,
                                hairOk ? QCoreApplication::translate("ow::identity", "Top of the head %1 px from the top edge (%2-%3).").arg(qRound(hairTop)).arg(spec.hairTopMin).arg(spec.hairTopMax)
                                       : QCoreApplication::translate("ow::identity", "Top of the head %1 px from the top edge, needs %2-%3.").arg(qRound(hairTop)).arg(spec.hairTopMin).arg(spec.hairTopMax));
        if (spec.eyeLineMinFromBottom > 0) {
            const double fromBottom = spec.height - eyeY;
            const bool ok = fromBottom >= spec.eyeLineMinFromBottom;
            out.checks << makeCheck(QStringLiteral("eye.line"), fromBottom, spec.eyeLineMinFromBottom, -1, QStringLiteral("px"), ok,
                                    ok ? QCoreApplication::translate("ow::identity", "Eye line %1 px above the bottom edge.").arg(qRound(fromBottom))
                                       : QCoreApplication::translate("ow::identity", "Eye line too low: %1 px above the bottom edge, needs at least %2.")
                                             .arg(qRound(fromBottom)).arg(spec.eyeLineMinFromBottom));
        }
        if (spec.chinMinFromBottom > 0) {
            const double fromBottom = spec.height - (eyeY + chinBelowEye);
            const bool ok = fromBottom >= spec.chinMinFromBottom - 0.5;
            out.checks << makeCheck(QStringLiteral("chin"), fromBottom, spec.chinMinFromBottom, -1, QStringLiteral("px"), ok,
                                    ok ? QCoreApplication::translate("ow::identity", "Chin %1 px above the bottom edge.").arg(qRound(fromBottom))
                                       : QCoreApplication::translate("ow::identity", "Chin too low: %1 px above the bottom edge, needs at least %2.")
                                             .arg(qRound(fromBottom)).arg(spec.chinMinFromBottom));
        }

        // JPEG: the best quality that fits the size limit (and, when there is a floor, reaches it).
        int quality = 90;
        QByteArray jpeg = encodeJpeg(photo, spec.dpi, quality);
        while (jpeg.size() > spec.jpegMaxBytes && quality > 40) {
            quality -= 5;
            jpeg = encodeJpeg(photo, spec.dpi, quality);
        }
        while (jpeg.size() < spec.jpegMinBytes && quality < 100) {
            quality += 5;
            jpeg = encodeJpeg(photo, spec.dpi, quality);
        }
        const double kb = jpeg.size() / 1024.0;
        const bool sizeOk = jpeg.size() >= spec.jpegMinBytes && jpeg.size() <= spec.jpegMaxBytes;
        out.checks << makeCheck(QStringLiteral("file.size"), kb, spec.jpegMinBytes / 1024.0, spec.jpegMaxBytes / 1024.0, QStringLiteral("KB"),
                                sizeOk,
                                sizeOk ? QCoreApplication::translate("ow::identity", "File %1 KB (quality %2).").arg(kb, 0, 'f', 1).arg(quality)
                                       : QCoreApplication::translate("ow::identity", "File %1 KB, needs %2-%3 KB.").arg(kb, 0, 'f', 1).arg(spec.jpegMinBytes / 1024).arg(spec.jpegMaxBytes / 1024));
        out.image = photo;
        out.jpeg = jpeg;
        out.jpegQuality = quality;
    } catch (const cv::Exception &e) {
        return core::makeError(QStringLiteral("face.engine"), QCoreApplication::translate("ow::identity", "The photo could not be processed."), QString::fromStdString(e.what()));
    }
    out.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    return out;
}

} // namespace ow::identity
