#pragma once
// QImage <-> cv::Mat for the face and photo code, so the GUI (QImage, from QtConcurrent) and the
// CLI and tests (cv::Mat) reach the same functions. Both directions copy: the result owns its
// pixels and outlives the source.

#include <QImage>

#include <opencv2/core.hpp>

namespace ow::identity {

// A 3-channel 8-bit BGR matrix (OpenCV's order) from any QImage; empty for a null image.
// Transparent pixels are composed over white, as they would print.
cv::Mat matFromImage(const QImage &image);
// An RGB888 QImage from an 8-bit BGR (3 channels), BGRA (4) or grey (1) matrix; null otherwise.
QImage imageFromMat(const cv::Mat &mat);

} // namespace ow::identity
