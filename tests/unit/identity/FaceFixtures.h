#pragma once
// Faces for the face and photo tests and bench_face: the face-api demo samples (group photos,
// 22 faces of about 21 people) and grace_hopper, installed by packaging/fetch-models.sh beside
// the models; single-person crops of every face; synthetic same-person variants (flip, small
// rotation, exposure, chip-photo size 102 x 126, JPEG artefacts, blur, colour cast, greyscale) and
// a synthetic studio portrait on a plain backdrop. Everything here is synthetic: there is no
// public set of real same-person pairs reachable from these machines.

#include "identity/FaceModels.h"

#include <QDir>
#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <memory>
#include <vector>

namespace ow::test {

inline QString faceModelsDir() { return QStringLiteral(OW_TEST_MODELS_DIR); }
inline QString faceImagesDir() { return QStringLiteral(OW_TEST_FACE_IMAGES); }

// The models of the build tree, or null (the caller WARNs and skips: ctest's
// face_models_installed test fails loudly on its own when they are missing).
inline std::shared_ptr<identity::FaceModels> faceModels()
{
    if (identity::FaceModels::locate(faceModelsDir()).isEmpty()) return nullptr;
    return identity::FaceModels::shared(faceModelsDir());
}

inline cv::Mat faceImage(const QString &name)
{
    return cv::imread(QDir(faceImagesDir()).filePath(name).toStdString(), cv::IMREAD_COLOR);
}

struct Person {
    QString name;   // file#index
    cv::Mat crop;   // one face, head and shoulders, 102:126 like a chip photo
};

// Every face of the test images cut out on its own (the box widened 1.6 times, chip aspect).
inline std::vector<Person> people(const identity::FaceDetector &detector)
{
    std::vector<Person> out;
    const QStringList files = {"grace_hopper_512x512.jpg", "sample1.jpg", "sample2.jpg", "sample3.jpg",
                               "sample4.jpg",              "sample5.jpg", "sample6.jpg"};
    for (const QString &file : files) {
        const cv::Mat img = faceImage(file);
        if (img.empty()) continue;
        auto faces = detector.detect(img);
        if (!faces) continue;
        int i = 0;
        for (const identity::Face &f : faces.value()) {
            const float w = f.box.width * 1.6f, h = w * 126.f / 102.f;
            const cv::Point2f c(f.box.x + f.box.width / 2, f.box.y + f.box.height * 0.55f);
            cv::Mat padded;
            const int pad = int(w);
            cv::copyMakeBorder(img, padded, pad, pad, pad, pad, cv::BORDER_REPLICATE);
            const cv::Rect r(int(c.x - w / 2) + pad, int(c.y - h / 2) + pad, int(w), int(h));
            out.push_back({QStringLiteral("%1#%2").arg(file).arg(i++), padded(r).clone()});
        }
    }
    return out;
}

// The samples show one woman twice (sample1.jpg's second face and sample3.jpg's second face, in
// the detector's score order; checked by eye): the only real same-person pair from two different
// photographs here. Every other pair of faces is two different people.
inline bool samePerson(const QString &a, const QString &b)
{
    const QString x = QStringLiteral("sample1.jpg#1"), y = QStringLiteral("sample3.jpg#1");
    return (a == x && b == y) || (a == y && b == x);
}

struct Variant {
    const char *name;
    cv::Mat image;
};

inline cv::Mat jpegRoundTrip(const cv::Mat &img, int quality)
{
    std::vector<uchar> buf;
    cv::imencode(".jpg", img, buf, {cv::IMWRITE_JPEG_QUALITY, quality});
    return cv::imdecode(buf, cv::IMREAD_COLOR);
}

// Same-person edits of one crop, the kind a counter camera, a chip photo or a print-and-scan adds.
inline std::vector<Variant> genuineVariants(const cv::Mat &crop)
{
    std::vector<Variant> v;
    cv::Mat m;
    cv::flip(crop, m, 1);
    v.push_back({"flip", m});
    for (double angle : {-8.0, 8.0}) {
        const cv::Mat rot = cv::getRotationMatrix2D(cv::Point2f(crop.cols / 2.f, crop.rows / 2.f), angle, 1.0);
        cv::warpAffine(crop, m, rot, crop.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        v.push_back({angle < 0 ? "rotate-8" : "rotate+8", m.clone()});
    }
    crop.convertTo(m, -1, 0.65, 0);
    v.push_back({"darker", m.clone()});
    crop.convertTo(m, -1, 1.25, 15);
    v.push_back({"brighter", m.clone()});
    cv::resize(crop, m, cv::Size(102, 126), 0, 0, cv::INTER_AREA);
    v.push_back({"chip-102x126", m.clone()});
    v.push_back({"jpeg-q15", jpegRoundTrip(crop, 15)});
    cv::GaussianBlur(crop, m, cv::Size(0, 0), std::max(1.0, crop.cols / 250.0));
    v.push_back({"blur", m.clone()});
    cv::Mat cast;
    crop.convertTo(cast, CV_32FC3);
    cv::multiply(cast, cv::Scalar(0.85, 1.0, 1.15), cast);
    cast.convertTo(m, CV_8UC3);
    v.push_back({"colour-cast", m.clone()});
    cv::Mat grey;
    cv::cvtColor(crop, grey, cv::COLOR_BGR2GRAY);
    cv::cvtColor(grey, m, cv::COLOR_GRAY2BGR);
    v.push_back({"greyscale", m.clone()});
    // Print and scan: chip size, JPEG, slightly soft, a little lighter.
    cv::resize(crop, m, cv::Size(102, 126), 0, 0, cv::INTER_AREA);
    cv::resize(m, m, cv::Size(), 3, 3, cv::INTER_CUBIC);
    cv::GaussianBlur(m, m, cv::Size(0, 0), 1.0);
    m.convertTo(m, -1, 0.9, 20);
    v.push_back({"print-scan", jpegRoundTrip(m, 40)});
    return v;
}

// A head-and-shoulders studio portrait: the person of `image` inside an ellipse (the head) and a
// trapezoid (the shoulders) around `face`, on a plain light grey backdrop with room around.
// `hairTop` is set to the top row of the head in the result.
inline cv::Mat studioPortrait(const cv::Mat &image, const identity::Face &face, int *hairTop = nullptr,
                              cv::Scalar backdrop = cv::Scalar(225, 225, 225))
{
    const cv::Rect2f b = face.box;
    const int pad = int(b.width * 1.5);
    cv::Mat src;
    cv::copyMakeBorder(image, src, pad, pad, pad, pad, cv::BORDER_REPLICATE);
    cv::Mat mask(src.size(), CV_8U, cv::Scalar(0));
    const cv::Point centre(int(b.x + b.width / 2) + pad, int(b.y + b.height * 0.42f) + pad);
    const cv::Size axes(int(b.width * 0.62f), int(b.height * 0.78f));
    cv::ellipse(mask, centre, axes, 0, 0, 360, cv::Scalar(255), cv::FILLED);
    const int neckY = int(b.y + b.height * 1.05f) + pad;
    const std::vector<cv::Point> shoulders = {{centre.x - int(b.width * 0.3f), neckY - int(b.height * 0.2f)},
                                              {centre.x + int(b.width * 0.3f), neckY - int(b.height * 0.2f)},
                                              {centre.x + int(b.width * 1.3f), src.rows},
                                              {centre.x - int(b.width * 1.3f), src.rows}};
    cv::fillConvexPoly(mask, shoulders, cv::Scalar(255));
    cv::Mat out(src.size(), src.type(), backdrop);
    src.copyTo(out, mask);
    if (hairTop) *hairTop = centre.y - axes.height;
    return out;
}

} // namespace ow::test
