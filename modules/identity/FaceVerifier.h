#pragma once
// Face verification 1:1 (人证核验): is the person in front of the camera the person of the card's
// chip photo (102 x 126) or of a register photo? Both pictures go through the same pipeline:
// detect exactly one face, check it can be judged (size, light, focus), align, describe, compare.
// Plain functions of immutable inputs: call them from a worker thread (QtConcurrent::run), never
// on the GUI thread (about 60 ms per pair on one core).

#include "identity/FaceModels.h"

#include <QImage>
#include <QString>

#include <opencv2/core.hpp>

#include <memory>
#include <optional>

namespace ow::identity {

// How judgeable one face is; measured on the face region only.
struct FaceQuality {
    double brightness = 0;  // mean grey level of the inner face, 0..255
    double sharpness = 0;   // variance of the Laplacian of the face scaled to 128 px across
    double width = 0;       // face width in px (Face::faceWidth)
};
FaceQuality measureFaceQuality(const cv::Mat &image, const Face &face);

// The faces that count in a picture: those at least half as wide as the widest (a passer-by far
// behind the citizen does not make "two faces"), widest first.
QList<Face> significantFaces(const QList<Face> &faces);

struct Verification {
    enum class Decision { Match, NoMatch, CannotDecide };
    enum class Reason { None, ModelsMissing, NoFace, SeveralFaces, FaceTooSmall, TooDark, TooBright, TooBlurred, Failed };

    Decision decision = Decision::CannotDecide;
    Reason reason = Reason::Failed;
    int picture = 0;            // which picture the reason is about: 1, 2, or 0 for none
    double distance = -1;       // descriptor distance, -1 when not compared
    double score = -1;          // 1 - distance (higher = more alike), -1 when not compared
    double maxDistance = 0;     // the setting used
    double threshold = 0;       // 1 - maxDistance: a score at or above it is a match
    QString message;            // for the officer, translated
    QString detail;             // for the log, never personal data
    double milliseconds = 0;

    [[nodiscard]] static QString decisionKey(Decision d);  // "match", "no-match", "cannot-decide"
    [[nodiscard]] static QString reasonKey(Reason r);      // "none", "no-face", "several-faces", ...
};

// One picture's face, ready to compare (or why not).
struct FaceSample {
    Verification::Reason problem = Verification::Reason::None;
    QString message;
    Face face;
    FaceQuality quality;
    Descriptor descriptor{};
};

class FaceVerifier {
public:
    explicit FaceVerifier(std::shared_ptr<FaceModels> models, FaceSettings settings = {});

    [[nodiscard]] const FaceSettings &settings() const { return m_settings; }
    // Detects, checks and describes the one face of a BGR picture; an error only when the models
    // are missing or OpenCV fails (the problem field covers pictures that cannot be judged).
    [[nodiscard]] core::Result<FaceSample> sample(const cv::Mat &bgr) const;
    [[nodiscard]] Verification verify(const cv::Mat &first, const cv::Mat &second) const;
    [[nodiscard]] Verification verify(const QImage &first, const QImage &second) const;
    // Compares two samples already made (a live frame against a chip photo sampled once).
    [[nodiscard]] Verification compare(const FaceSample &first, const FaceSample &second) const;

private:
    std::shared_ptr<FaceModels> m_models;
    FaceSettings m_settings;
};

} // namespace ow::identity
