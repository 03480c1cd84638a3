#pragma once
// The dlib ResNet face descriptor (29 conv layers, 128 values, public-domain weights as shipped
// by face-api in TensorFlow.js format), rebuilt layer by layer in cv::dnn because OpenCV reads no
// tfjs files; see shared reference face-models.md for the architecture and the shapes checked.
// The face is first aligned: a similarity transform takes the detector's eyes, nose tip and
// mouth to fixed positions in a 150 x 150 crop (dlib's mean face with its 0.25 chip padding).

#include "core/Result.h"
#include "identity/FaceDetector.h"

#include <QString>

#include <opencv2/core.hpp>

#include <array>
#include <memory>
#include <mutex>

namespace ow::identity {

inline constexpr int kDescriptorSize = 128;
inline constexpr int kAlignedFaceSize = 150;
using Descriptor = std::array<float, kDescriptorSize>;

// Euclidean distance between two descriptors (dlib's measure: 0 = identical).
float descriptorDistance(const Descriptor &a, const Descriptor &b);

// The 150 x 150 BGR crop the descriptor reads, aligned on `face`'s keypoints.
cv::Mat alignFace(const cv::Mat &image, const Face &face);

class FaceDescriptor {
public:
    // Reads the manifest (tensor names, shapes, uint8 quantisation) and the weights file and
    // builds the network. Errors: "face.models" (a file missing or unreadable), "face.weights"
    // (a tensor missing, of the wrong shape, or the weights file too short).
    static core::Result<std::unique_ptr<FaceDescriptor>> load(const QString &manifestPath, const QString &weightsPath);
    ~FaceDescriptor();
    FaceDescriptor(const FaceDescriptor &) = delete;
    FaceDescriptor &operator=(const FaceDescriptor &) = delete;

    // The descriptor of an aligned 150 x 150 BGR crop (from alignFace). Thread-safe.
    [[nodiscard]] core::Result<Descriptor> compute(const cv::Mat &alignedBgr) const;
    [[nodiscard]] core::Result<Descriptor> compute(const cv::Mat &image, const Face &face) const
    {
        return compute(alignFace(image, face));
    }

    // Output shapes of the main stages for a 150 x 150 input (N, C, H, W each), so tests check the
    // rebuild against the reference: conv32_down, max-pool, conv64_down, conv128_down,
    // conv256_down, conv256_down_out, descriptor.
    [[nodiscard]] core::Result<std::vector<std::vector<int>>> stageShapes() const;

private:
    FaceDescriptor();
    struct Impl;
    std::unique_ptr<Impl> m_d;
    mutable std::mutex m_mutex;
};

} // namespace ow::identity
