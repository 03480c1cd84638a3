#include "identity/FaceDetector.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace ow::identity {

float Face::eyeDistance() const { return float(cv::norm(keypoints[LeftEye] - keypoints[RightEye])); }

float Face::faceWidth() const
{
    const float ears = float(cv::norm(keypoints[LeftEar] - keypoints[RightEar]));
    // An ear keypoint is guessed when the ear is hidden; across the ears a face is about two
    // eye distances wide, so a value far from that is the box's job.
    // BlazeFace puts its "ear" keypoints on the face outline in front of the ears, about 10 %
    // inside the cheek-to-cheek width the photo standards mean (judged on grace_hopper and the
    // face-api samples by eye): scale them out.
    const float eyes = eyeDistance();
    if (eyes > 0 && ears > 1.4f * eyes && ears < 3.0f * eyes) return 1.1f * ears;
    return 0.95f * box.width;
}

float Face::rollDegrees() const
{
    // Image left to image right, whichever keypoint that is.
    cv::Point2f a = keypoints[RightEye], b = keypoints[LeftEye];
    if (a.x > b.x) std::swap(a, b);
    return float(std::atan2(b.y - a.y, b.x - a.x) * 180.0 / CV_PI);
}

float Face::noseOffset() const
{
    const float d = eyeDistance();
    return d > 0 ? (keypoints[NoseTip].x - eyeCentre().x) / d : 0.f;
}

namespace {

// SSD anchors of both BlazeFace models: a 16 x 16 grid with 2 anchors per cell, then an 8 x 8
// grid with 6 per cell (896 in all), centres in units of the input side, size 1.
std::vector<cv::Point2f> makeAnchors()
{
    std::vector<cv::Point2f> a;
    a.reserve(896);
    for (int y = 0; y < 16; ++y)
        for (int x = 0; x < 16; ++x)
            for (int k = 0; k < 2; ++k) a.emplace_back((x + 0.5f) / 16, (y + 0.5f) / 16);
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x)
            for (int k = 0; k < 6; ++k) a.emplace_back((x + 0.5f) / 8, (y + 0.5f) / 8);
    return a;
}

const std::vector<cv::Point2f> &anchors()
{
    static const std::vector<cv::Point2f> a = makeAnchors();
    return a;
}

core::Error engineError(const cv::Exception &e)
{
    return core::makeError(QStringLiteral("face.engine"),
                           QCoreApplication::translate("ow::identity", "Face detection failed."),
                           QString::fromStdString(e.what()));
}

} // namespace

struct FaceDetector::Model {
    cv::dnn::Net net;
    int side = 0;
    std::vector<std::string> outputs;

    // Candidates above `minScore` in the letterboxed frame, mapped back to image pixels.
    void run(const cv::Mat &bgr, float minScore, std::vector<Face> &out)
    {
        const int w = bgr.cols, h = bgr.rows;
        const double scale = double(side) / std::max(w, h);
        const int rw = std::max(1, int(std::lround(w * scale))), rh = std::max(1, int(std::lround(h * scale)));
        cv::Mat resized;
        cv::resize(bgr, resized, cv::Size(rw, rh), 0, 0, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
        // Letterbox to a square, the image centred: the models only take square input.
        const int padX = (side - rw) / 2, padY = (side - rh) / 2;
        cv::Mat square;
        cv::copyMakeBorder(resized, square, padY, side - rh - padY, padX, side - rw - padX, cv::BORDER_CONSTANT,
                           cv::Scalar::all(0));
        cv::Mat rgb;
        cv::cvtColor(square, rgb, cv::COLOR_BGR2RGB);
        cv::Mat input;
        rgb.convertTo(input, CV_32F, 1.0 / 127.5, -1.0);  // [-1, 1]
        // Channels last (N, H, W, C), as the barracuda ONNX export expects.
        const int dims[] = {1, side, side, 3};
        net.setInput(cv::Mat(4, dims, CV_32F, input.data));
        std::vector<cv::Mat> o;
        net.forward(o, outputs);
        // Identity:0 scores 0..511, Identity_1:0 scores 512..895, Identity_2:0 / _3:0 regressors.
        const float *scores[2] = {o[0].ptr<float>(), o[1].ptr<float>()};
        const float *regs[2] = {o[2].ptr<float>(), o[3].ptr<float>()};
        const int counts[2] = {512, 384};
        const auto &anc = anchors();
        const double toImage = double(side) / scale;  // one input-side unit in image pixels
        for (int part = 0; part < 2; ++part) {
            for (int i = 0; i < counts[part]; ++i) {
                const float raw = std::clamp(scores[part][i], -80.f, 80.f);
                const float score = 1.f / (1.f + std::exp(-raw));
                if (score < minScore) continue;
                const float *r = regs[part] + 16 * i;
                const cv::Point2f a = anc[size_t(part * 512 + i)];
                auto toPx = [&](float u, float v) {
                    return cv::Point2f(float((u + a.x) * toImage - padX / scale),
                                       float((v + a.y) * toImage - padY / scale));
                };
                Face f;
                f.score = score;
                const cv::Point2f c = toPx(r[0] / side, r[1] / side);
                const float bw = float(r[2] / side * toImage), bh = float(r[3] / side * toImage);
                f.box = cv::Rect2f(c.x - bw / 2, c.y - bh / 2, bw, bh);
                for (int k = 0; k < Face::KeypointCount; ++k) f.keypoints[size_t(k)] = toPx(r[4 + 2 * k] / side, r[5 + 2 * k] / side);
                out.push_back(f);
            }
        }
    }
};

FaceDetector::FaceDetector() = default;
FaceDetector::~FaceDetector() = default;

core::Result<std::unique_ptr<FaceDetector>> FaceDetector::load(const QString &frontModel, const QString &backModel)
{
    std::unique_ptr<FaceDetector> d(new FaceDetector);
    const QString paths[2] = {frontModel, backModel};
    const int sides[2] = {128, 256};
    for (int i = 0; i < 2; ++i) {
        if (!QFileInfo(paths[i]).isFile())
            return core::makeError(QStringLiteral("face.models"),
                                   QCoreApplication::translate("ow::identity", "Face models not installed: run packaging/dev.sh build."),
                                   QStringLiteral("missing %1").arg(paths[i]));
        auto m = std::make_unique<Model>();
        try {
            m->net = cv::dnn::readNetFromONNX(paths[i].toStdString());
            m->net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
            m->net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
        } catch (const cv::Exception &e) {
            return core::makeError(QStringLiteral("face.models"),
                                   QCoreApplication::translate("ow::identity", "A face model file is damaged: run packaging/dev.sh build."),
                                   QStringLiteral("%1: %2").arg(paths[i], QString::fromStdString(e.what())));
        }
        m->side = sides[i];
        m->outputs = {"Identity:0", "Identity_1:0", "Identity_2:0", "Identity_3:0"};
        (i == 0 ? d->m_front : d->m_back) = std::move(m);
    }
    return d;
}

core::Result<QList<Face>> FaceDetector::detect(const cv::Mat &image, Range range, float minScore) const
{
    if (image.empty() || image.depth() != CV_8U || (image.channels() != 3 && image.channels() != 1 && image.channels() != 4))
        return core::makeError(QStringLiteral("face.input"),
                               QCoreApplication::translate("ow::identity", "The picture is empty or in an unsupported format."),
                               QStringLiteral("%1x%2 type %3").arg(image.cols).arg(image.rows).arg(image.type()));
    std::vector<Face> candidates;
    try {
        cv::Mat bgr = image;
        if (image.channels() == 1) cv::cvtColor(image, bgr, cv::COLOR_GRAY2BGR);
        if (image.channels() == 4) cv::cvtColor(image, bgr, cv::COLOR_BGRA2BGR);
        std::lock_guard lock(m_mutex);
        m_front->run(bgr, minScore, candidates);
        // The back model (4x the work) is for faces too small for the front one. When the front
        // model already sees a face across 30 % of the frame, any face that matters beside it
        // (half its width or more: see significantFaces) is big enough for the front model too.
        float widest = 0;
        for (const Face &c : candidates) widest = std::max(widest, c.box.width);
        if (range == Range::All && widest < 0.3f * float(std::max(bgr.cols, bgr.rows))) m_back->run(bgr, minScore, candidates);
    } catch (const cv::Exception &e) {
        return engineError(e);
    }
    // One face per person: the best-scoring box wins over the boxes it overlaps, whichever model
    // found them (the front model's boxes run larger, so overlap is judged on the smaller box).
    std::sort(candidates.begin(), candidates.end(), [](const Face &a, const Face &b) { return a.score > b.score; });
    QList<Face> kept;
    for (const Face &c : candidates) {
        bool overlaps = false;
        for (const Face &k : std::as_const(kept)) {
            const float inter = (c.box & k.box).area();
            if (inter > 0.4f * std::min(c.box.area(), k.box.area())) {
                overlaps = true;
                break;
            }
        }
        if (!overlaps) kept.append(c);
    }
    return kept;
}

} // namespace ow::identity
