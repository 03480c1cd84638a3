#pragma once
// Face detection with MediaPipe BlazeFace (ONNX, through cv::dnn); see shared reference
// face-models.md for the tensor layouts. Two models run on the same frame and their faces are
// merged: the front (selfie) model at 128 x 128 finds faces that fill much of the frame (a chip
// photo, a face close to the camera), the back model at 256 x 256 finds smaller faces (a citizen
// further from the counter camera, group photos); it is skipped when the front model already
// found a face across 30 % of the frame. Range::Near runs the front model only.

#include "core/Result.h"

#include <QList>
#include <QString>

#include <opencv2/core.hpp>

#include <array>
#include <memory>
#include <mutex>

namespace ow::identity {

// One detected face, in pixels of the image given to detect().
struct Face {
    // BlazeFace's keypoints, named from the citizen's side as MediaPipe names them: the "right" eye
    // is the one on the left of an unmirrored image.
    enum Keypoint { RightEye = 0, LeftEye, NoseTip, Mouth, RightEar, LeftEar, KeypointCount };

    cv::Rect2f box;
    float score = 0;  // 0..1
    std::array<cv::Point2f, KeypointCount> keypoints{};

    [[nodiscard]] cv::Point2f eyeCentre() const { return (keypoints[RightEye] + keypoints[LeftEye]) * 0.5f; }
    [[nodiscard]] float eyeDistance() const;
    // Width of the face cheek to cheek, the "face width" of the photo specifications: from the ear
    // keypoints (see the .cpp), or from the box when an ear keypoint is implausible.
    [[nodiscard]] float faceWidth() const;
    // Roll: the angle of the eye line from horizontal, in degrees (positive = right side lower).
    [[nodiscard]] float rollDegrees() const;
    // Yaw proxy: the nose tip's horizontal offset from the eye centre, in eye distances
    // (0 = frontal; about +-0.25 at a 20 degree turn).
    [[nodiscard]] float noseOffset() const;
};

class FaceDetector {
public:
    enum class Range { Near, All };

    // Loads the two ONNX models. Error "face.models" when a file is missing or unreadable.
    static core::Result<std::unique_ptr<FaceDetector>> load(const QString &frontModel, const QString &backModel);
    ~FaceDetector();
    FaceDetector(const FaceDetector &) = delete;
    FaceDetector &operator=(const FaceDetector &) = delete;

    // Faces in a BGR (or grey) 8-bit image, best score first, overlapping detections merged.
    // Thread-safe (the networks are used one call at a time). Error "face.input" for an empty or
    // unsupported image, "face.engine" when OpenCV fails.
    [[nodiscard]] core::Result<QList<Face>> detect(const cv::Mat &image, Range range = Range::All,
                                                   float minScore = 0.6f) const;

private:
    struct Model;
    FaceDetector();
    std::unique_ptr<Model> m_front;
    std::unique_ptr<Model> m_back;
    mutable std::mutex m_mutex;
};

} // namespace ow::identity
