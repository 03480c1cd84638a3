#include "identity/FaceVerifier.h"

#include "identity/ImageConvert.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace ow::identity {

FaceQuality measureFaceQuality(const cv::Mat &image, const Face &face)
{
    FaceQuality q;
    q.width = face.faceWidth();
    const cv::Rect bounds(0, 0, image.cols, image.rows);
    // The inner face (60 % of the box): forehead to chin, without hair and background.
    const cv::Rect2f b = face.box;
    const cv::Rect inner = cv::Rect(cv::Rect2f(b.x + 0.2f * b.width, b.y + 0.2f * b.height, 0.6f * b.width, 0.6f * b.height)) & bounds;
    const cv::Rect whole = cv::Rect(b) & bounds;
    if (inner.area() <= 0 || whole.area() <= 0) return q;
    cv::Mat grey;
    if (image.channels() == 3) cv::cvtColor(image(whole), grey, cv::COLOR_BGR2GRAY);
    else if (image.channels() == 4) cv::cvtColor(image(whole), grey, cv::COLOR_BGRA2GRAY);
    else grey = image(whole);
    const cv::Rect innerLocal(inner.x - whole.x, inner.y - whole.y, inner.width, inner.height);
    q.brightness = cv::mean(grey(innerLocal))[0];
    // Focus on a fixed scale, so a big face and a chip photo are judged alike.
    cv::Mat scaled, lap;
    const double s = 128.0 / std::max(1, whole.width);
    cv::resize(grey, scaled, cv::Size(), s, s, s < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::Laplacian(scaled, lap, CV_64F);
    cv::Scalar mean, stddev;
    cv::meanStdDev(lap, mean, stddev);
    q.sharpness = stddev[0] * stddev[0];
    return q;
}

QList<Face> significantFaces(const QList<Face> &faces)
{
    QList<Face> sorted = faces;
    std::sort(sorted.begin(), sorted.end(), [](const Face &a, const Face &b) { return a.box.width > b.box.width; });
    QList<Face> out;
    for (const Face &f : std::as_const(sorted))
        if (f.box.width >= 0.5f * sorted.first().box.width) out.append(f);
    return out;
}

QString Verification::decisionKey(Decision d)
{
    switch (d) {
    case Decision::Match: return QStringLiteral("match");
    case Decision::NoMatch: return QStringLiteral("no-match");
    case Decision::CannotDecide: break;
    }
    return QStringLiteral("cannot-decide");
}

QString Verification::reasonKey(Reason r)
{
    switch (r) {
    case Reason::None: return QStringLiteral("none");
    case Reason::ModelsMissing: return QStringLiteral("models-missing");
    case Reason::NoFace: return QStringLiteral("no-face");
    case Reason::SeveralFaces: return QStringLiteral("several-faces");
    case Reason::FaceTooSmall: return QStringLiteral("face-too-small");
    case Reason::TooDark: return QStringLiteral("too-dark");
    case Reason::TooBright: return QStringLiteral("too-bright");
    case Reason::TooBlurred: return QStringLiteral("too-blurred");
    case Reason::Failed: break;
    }
    return QStringLiteral("failed");
}

FaceVerifier::FaceVerifier(std::shared_ptr<FaceModels> models, FaceSettings settings)
    : m_models(std::move(models)), m_settings(std::move(settings))
{
}

core::Result<FaceSample> FaceVerifier::sample(const cv::Mat &bgr) const
{
    auto detector = m_models->detector();
    if (!detector) return detector.error();
    auto descriptor = m_models->descriptor();
    if (!descriptor) return descriptor.error();
    auto detected = detector.value()->detect(bgr);
    if (!detected) return detected.error();
    FaceSample s;
    const QList<Face> faces = significantFaces(detected.value());
    using R = Verification::Reason;
    if (faces.isEmpty()) {
        s.problem = R::NoFace;
        s.message = QCoreApplication::translate("ow::identity", "No face found.");
        return s;
    }
    if (faces.size() > 1) {
        s.problem = R::SeveralFaces;
        s.message = QCoreApplication::translate("ow::identity", "%1 faces found: only the citizen may be in the picture.").arg(faces.size());
        return s;
    }
    s.face = faces.first();
    s.quality = measureFaceQuality(bgr, s.face);
    if (s.quality.width < m_settings.minFaceWidth) {
        s.problem = R::FaceTooSmall;
        s.message = QCoreApplication::translate("ow::identity", "Face too small: %1 px, needs at least %2.")
                        .arg(qRound(s.quality.width)).arg(m_settings.minFaceWidth);
        return s;
    }
    if (s.quality.brightness < m_settings.minBrightness) {
        s.problem = R::TooDark;
        s.message = QCoreApplication::translate("ow::identity", "Face too dark: brightness %1, needs at least %2.")
                        .arg(qRound(s.quality.brightness)).arg(qRound(m_settings.minBrightness));
        return s;
    }
    if (s.quality.brightness > m_settings.maxBrightness) {
        s.problem = R::TooBright;
        s.message = QCoreApplication::translate("ow::identity", "Face too bright: brightness %1, needs at most %2.")
                        .arg(qRound(s.quality.brightness)).arg(qRound(m_settings.maxBrightness));
        return s;
    }
    if (s.quality.sharpness < m_settings.minSharpness) {
        s.problem = R::TooBlurred;
        s.message = QCoreApplication::translate("ow::identity", "Face too blurred: sharpness %1, needs at least %2.")
                        .arg(qRound(s.quality.sharpness)).arg(qRound(m_settings.minSharpness));
        return s;
    }
    auto d = descriptor.value()->compute(bgr, s.face);
    if (!d) return d.error();
    s.descriptor = d.value();
    return s;
}

Verification FaceVerifier::compare(const FaceSample &first, const FaceSample &second) const
{
    Verification v;
    v.maxDistance = m_settings.maxDistance;
    v.threshold = 1.0 - m_settings.maxDistance;
    for (int i = 0; i < 2; ++i) {
        const FaceSample &s = i == 0 ? first : second;
        if (s.problem == Verification::Reason::None) continue;
        v.decision = Verification::Decision::CannotDecide;
        v.reason = s.problem;
        v.picture = i + 1;
        v.message = (i == 0 ? QCoreApplication::translate("ow::identity", "First picture: %1")
                            : QCoreApplication::translate("ow::identity", "Second picture: %1"))
                        .arg(s.message);
        return v;
    }
    v.distance = descriptorDistance(first.descriptor, second.descriptor);
    v.score = std::max(0.0, 1.0 - v.distance);  // distances past 1 are all "someone else"
    v.reason = Verification::Reason::None;
    if (v.distance <= m_settings.maxDistance) {
        v.decision = Verification::Decision::Match;
        v.message = QCoreApplication::translate("ow::identity", "Same person: score %1, threshold %2.")
                        .arg(v.score, 0, 'f', 2).arg(v.threshold, 0, 'f', 2);
    } else {
        v.decision = Verification::Decision::NoMatch;
        v.message = QCoreApplication::translate("ow::identity", "Not the same person: score %1, threshold %2.")
                        .arg(v.score, 0, 'f', 2).arg(v.threshold, 0, 'f', 2);
    }
    return v;
}

Verification FaceVerifier::verify(const cv::Mat &first, const cv::Mat &second) const
{
    QElapsedTimer timer;
    timer.start();
    Verification v;
    v.maxDistance = m_settings.maxDistance;
    v.threshold = 1.0 - m_settings.maxDistance;
    auto a = sample(first);
    auto b = a ? sample(second) : core::Result<FaceSample>(a.error());
    if (!a || !b) {
        const core::Error &e = !a ? a.error() : b.error();
        v.decision = Verification::Decision::CannotDecide;
        v.reason = e.is(u"face.models") ? Verification::Reason::ModelsMissing : Verification::Reason::Failed;
        v.message = e.message;
        v.detail = e.detail;
    } else {
        v = compare(a.value(), b.value());
    }
    v.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    return v;
}

Verification FaceVerifier::verify(const QImage &first, const QImage &second) const
{
    return verify(matFromImage(first), matFromImage(second));
}

} // namespace ow::identity
