#pragma once
// Standard ID photos (一照通用): from a camera frame or an image file, a photo cropped and scaled to
// a document's specification (shared reference id-documents.md §5), with every check reported in
// words for the officer. Plain functions of their inputs, no widgets: run them on a worker thread.
//
// Geometry: the face width is measured across the ears (BlazeFace's tragion keypoints), the eye
// line is the mean height of the eyes, the top of the hair is the first row, above the face, that
// differs from the background colour sampled at the top corners (estimated from the eye line and
// face width when the background is not uniform). The photo is rotated to level the eyes, scaled
// so the face has the target width, centred, and placed so the top of the hair falls in the middle
// of its allowed band while keeping the eye line (and chin) far enough above the bottom edge.

#include "core/Result.h"
#include "identity/FaceModels.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

#include <opencv2/core.hpp>

#include <memory>
#include <optional>

namespace ow::identity {

struct PhotoSpec {
    QString id;                 // "id-card", "exit-entry"
    QString name;               // translated, for the officer
    int width = 0, height = 0;  // px
    double dpi = 0;
    int faceWidthMin = 0, faceWidthTarget = 0, faceWidthMax = 0;  // px, across the ears
    int hairTopMin = 0, hairTopMax = 0;                           // px from the top edge
    int eyeLineMinFromBottom = 0;                                 // px
    int chinMinFromBottom = 0;                                    // px; 0 = not checked
    int backgroundMinLevel = 0;   // mean grey level the background must reach (white 235+)
    qint64 jpegMinBytes = 0, jpegMaxBytes = 0;

    // Resident ID card (GA 461): 358 x 441 px at 350 dpi, face 207 +- 14 px, hair top 7-21 px,
    // eye line >= 207 px above the bottom, white background, JPEG up to 40 KB.
    static PhotoSpec idCard();
    // Exit-entry documents: 354 x 472 px (33 x 48 mm), head width 15-22 mm, top of head 3-5 mm
    // from the top, chin >= 7 mm above the bottom, light background, JPEG 20-80 KB.
    static PhotoSpec exitEntry();
    // "id-card" or "exit-entry".
    static std::optional<PhotoSpec> fromId(const QString &id);
};

// One check, as the officer reads it ("Face too small: 160 px, needs 193-221").
struct PhotoCheck {
    QString id;         // stable: face.count, source.resolution, pose.roll, pose.yaw, face.width,
                        // hair.top, eye.line, chin, framing, sharpness, exposure, background.uniform,
                        // background.light, file.size
    bool passed = false;
    double measured = 0;
    double min = 0, max = 0;  // the allowed range (max < 0: no upper limit)
    QString unit;             // "px", "deg", "KB", "" (a level)
    QString message;          // translated
};

struct StandardPhoto {
    QList<PhotoCheck> checks;
    cv::Mat image;             // the standard photo (BGR, spec size); empty when no face was found
    QByteArray jpeg;           // the encoded file with the spec's dpi; empty when image is
    int jpegQuality = 0;
    bool backgroundLightened = false;
    double milliseconds = 0;

    [[nodiscard]] bool ok() const;                  // every check passed
    [[nodiscard]] QStringList failures() const;     // the failed checks' messages
    [[nodiscard]] const PhotoCheck *check(const QString &id) const;
};

// Top of the hair in a photo with a uniform background: the first row from the top where more than
// 15 % of the pixels across [x0, x1) differ from the background colour (sampled in the two top
// corners, `corner` px square); nullopt when the corners disagree (no uniform background).
std::optional<int> findHairTop(const cv::Mat &bgr, int x0, int x1, int corner = 12);

class PhotoStandardizer {
public:
    PhotoStandardizer(std::shared_ptr<FaceModels> models, PhotoSpec spec);

    [[nodiscard]] const PhotoSpec &spec() const { return m_spec; }
    // An error only when the models are missing or OpenCV fails; a photo that cannot meet the spec
    // comes back with failed checks (and, when a face was found, the best photo that could be made).
    [[nodiscard]] core::Result<StandardPhoto> standardize(const cv::Mat &bgr) const;
    [[nodiscard]] core::Result<StandardPhoto> standardize(const QImage &image) const;

private:
    std::shared_ptr<FaceModels> m_models;
    PhotoSpec m_spec;
};

} // namespace ow::identity
