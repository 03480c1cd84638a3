#include "identity/FaceDescriptor.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ow::identity {

float descriptorDistance(const Descriptor &a, const Descriptor &b)
{
    double s = 0;
    for (int i = 0; i < kDescriptorSize; ++i) {
        const double d = double(a[size_t(i)]) - b[size_t(i)];
        s += d * d;
    }
    return float(std::sqrt(s));
}

namespace {

// dlib's mean face (landmarks 36-41, 42-47, 30 and the inner lip centre 62/66) in its 150 x 150
// chip with 0.25 padding: (p + 0.25) / 1.5 * 150. Image-left eye first.
const cv::Point2f kTemplate[4] = {{47.4f, 46.6f}, {100.5f, 46.6f}, {74.0f, 76.6f}, {74.0f, 105.9f}};

// Least-squares similarity (rotation, uniform scale, translation) taking src to dst.
cv::Mat similarity(const cv::Point2f *src, const cv::Point2f *dst, int n)
{
    cv::Point2d ms, md;
    for (int i = 0; i < n; ++i) {
        ms += cv::Point2d(src[i]);
        md += cv::Point2d(dst[i]);
    }
    ms /= n;
    md /= n;
    double num_a = 0, num_b = 0, den = 0;
    for (int i = 0; i < n; ++i) {
        const cv::Point2d s = cv::Point2d(src[i]) - ms, d = cv::Point2d(dst[i]) - md;
        num_a += s.x * d.x + s.y * d.y;
        num_b += s.x * d.y - s.y * d.x;
        den += s.x * s.x + s.y * s.y;
    }
    const double a = den > 0 ? num_a / den : 1, b = den > 0 ? num_b / den : 0;
    cv::Mat m = (cv::Mat_<double>(2, 3) << a, -b, md.x - (a * ms.x - b * ms.y), b, a, md.y - (b * ms.x + a * ms.y));
    return m;
}

core::Error weightsError(const QString &detail)
{
    return core::makeError(QStringLiteral("face.weights"),
                           QCoreApplication::translate("ow::identity", "The face recognition model is damaged: run packaging/dev.sh build."),
                           detail);
}

struct Tensor {
    std::vector<int> shape;
    std::vector<float> values;
};

} // namespace

cv::Mat alignFace(const cv::Mat &image, const Face &face)
{
    cv::Point2f left = face.keypoints[Face::RightEye], right = face.keypoints[Face::LeftEye];
    if (left.x > right.x) std::swap(left, right);
    const cv::Point2f src[4] = {left, right, face.keypoints[Face::NoseTip], face.keypoints[Face::Mouth]};
    const cv::Mat m = similarity(src, kTemplate, 4);
    cv::Mat bgr = image;
    if (image.channels() == 1) cv::cvtColor(image, bgr, cv::COLOR_GRAY2BGR);
    if (image.channels() == 4) cv::cvtColor(image, bgr, cv::COLOR_BGRA2BGR);
    cv::Mat out;
    // Downscaling by a warp skips pixels; pre-blur in proportion so a big face is not aliased.
    const double scale = std::hypot(m.at<double>(0, 0), m.at<double>(1, 0));
    cv::Mat src2 = bgr;
    if (scale < 0.5) {
        const double sigma = 0.5 / scale * 0.6;
        cv::GaussianBlur(bgr, src2, cv::Size(0, 0), sigma);
    }
    cv::warpAffine(src2, out, m, cv::Size(kAlignedFaceSize, kAlignedFaceSize), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return out;
}

struct FaceDescriptor::Impl {
    cv::dnn::Net net;
    QHash<QString, Tensor> tensors;
    std::vector<std::string> stages;

    // Layer id and the channels and side of its output.
    struct Node {
        int id;
        int channels;
        int side;
    };

    core::Result<Node> conv(const QString &prefix, Node in, int stride, int pad, bool relu)
    {
        const Tensor *f = find(prefix + QStringLiteral("/conv/filters"));
        const Tensor *b = find(prefix + QStringLiteral("/conv/bias"));
        const Tensor *sw = find(prefix + QStringLiteral("/scale/weights"));
        const Tensor *sb = find(prefix + QStringLiteral("/scale/biases"));
        if (!f || !b || !sw || !sb) return weightsError(QStringLiteral("tensors of %1 missing").arg(prefix));
        if (f->shape.size() != 4 || f->shape[2] != in.channels)
            return weightsError(QStringLiteral("%1 filters have the wrong shape").arg(prefix));
        const int kh = f->shape[0], kw = f->shape[1], ci = f->shape[2], co = f->shape[3];
        if (int(b->values.size()) != co || int(sw->values.size()) != co || int(sb->values.size()) != co)
            return weightsError(QStringLiteral("%1 bias or scale has the wrong size").arg(prefix));
        // HWIO -> OIHW, with the per-channel scale folded into the filter and the bias:
        // (conv(x) + b) * s + t == conv'(x) + (b * s + t) with conv' = conv * s.
        const int wdims[] = {co, ci, kh, kw};
        cv::Mat weights(4, wdims, CV_32F);
        float *w = weights.ptr<float>();
        for (int o = 0; o < co; ++o)
            for (int i = 0; i < ci; ++i)
                for (int y = 0; y < kh; ++y)
                    for (int x = 0; x < kw; ++x)
                        w[((o * ci + i) * kh + y) * kw + x] = f->values[size_t(((y * kw + x) * ci + i) * co + o)] * sw->values[size_t(o)];
        cv::Mat bias(1, co, CV_32F);
        for (int o = 0; o < co; ++o) bias.at<float>(0, o) = b->values[size_t(o)] * sw->values[size_t(o)] + sb->values[size_t(o)];
        cv::dnn::LayerParams lp;
        lp.set("kernel_h", kh);
        lp.set("kernel_w", kw);
        lp.set("stride", stride);
        lp.set("pad", pad);
        lp.set("num_output", co);
        lp.set("bias_term", true);
        lp.blobs = {weights, bias};
        const std::string name = prefix.toStdString();
        int id = net.addLayer(name, "Convolution", lp);
        net.connect(in.id, 0, id, 0);
        if (relu) id = chain(name + "/relu", "ReLU", id);
        return Node{id, co, (in.side + 2 * pad - kh) / stride + 1};
    }

    int chain(const std::string &name, const std::string &type, int from, cv::dnn::LayerParams lp = {})
    {
        const int id = net.addLayer(name, type, lp);
        net.connect(from, 0, id, 0);
        return id;
    }

    int padding(const std::string &name, int from, int channels, int bottomRight)
    {
        cv::dnn::LayerParams lp;
        const int p[] = {0, 0, 0, channels, 0, bottomRight, 0, bottomRight};
        lp.set("paddings", cv::dnn::DictValue::arrayInt(p, 8));
        lp.set("value", 0.f);
        return chain(name, "Padding", from, lp);
    }

    int sumRelu(const std::string &name, int a, int b)
    {
        cv::dnn::LayerParams lp;
        lp.set("operation", "sum");
        const int id = net.addLayer(name, "Eltwise", lp);
        net.connect(a, 0, id, 0);
        net.connect(b, 0, id, 1);
        return chain(name + "/relu", "ReLU", id);
    }

    core::Result<Node> residual(const QString &prefix, Node in)
    {
        auto a = conv(prefix + QStringLiteral("/conv1"), in, 1, 1, true);
        if (!a) return a.error();
        auto b = conv(prefix + QStringLiteral("/conv2"), a.value(), 1, 1, false);
        if (!b) return b.error();
        return Node{sumRelu(prefix.toStdString() + "/sum", b->id, in.id), b->channels, in.side};
    }

    // Down-sampling block: 3x3 stride-2 conv on one side, 2x2 average pooling on the shortcut,
    // zero channels appended to the shortcut, a zero row and column appended to the conv output
    // when it comes out one short of the pooled size (as face-api's residualDown does).
    core::Result<Node> residualDown(const QString &prefix, Node in)
    {
        auto a = conv(prefix + QStringLiteral("/conv1"), in, 2, 0, true);
        if (!a) return a.error();
        auto b = conv(prefix + QStringLiteral("/conv2"), a.value(), 1, 1, false);
        if (!b) return b.error();
        const std::string name = prefix.toStdString();
        cv::dnn::LayerParams pool;
        pool.set("pool", "ave");
        pool.set("kernel_size", 2);
        pool.set("stride", 2);
        pool.set("ceil_mode", false);
        int shortcut = chain(name + "/pool", "Pooling", in.id, pool);
        const int pooledSide = in.side / 2;
        if (b->channels > in.channels) shortcut = padding(name + "/padc", shortcut, b->channels - in.channels, 0);
        int main = b->id;
        if (b->side != pooledSide) {
            if (b->side + 1 != pooledSide) return weightsError(QStringLiteral("%1: unexpected sizes").arg(prefix));
            main = padding(name + "/pads", main, 0, 1);
        }
        stages.push_back(name + "/sum/relu");
        return Node{sumRelu(name + "/sum", main, shortcut), b->channels, pooledSide};
    }

    const Tensor *find(const QString &name) const
    {
        auto it = tensors.constFind(name);
        return it == tensors.constEnd() ? nullptr : &it.value();
    }
};

FaceDescriptor::FaceDescriptor() : m_d(std::make_unique<Impl>()) {}
FaceDescriptor::~FaceDescriptor() = default;

core::Result<std::unique_ptr<FaceDescriptor>> FaceDescriptor::load(const QString &manifestPath, const QString &weightsPath)
{
    QFile mf(manifestPath), wf(weightsPath);
    if (!mf.open(QIODevice::ReadOnly) || !wf.open(QIODevice::ReadOnly))
        return core::makeError(QStringLiteral("face.models"),
                               QCoreApplication::translate("ow::identity", "Face models not installed: run packaging/dev.sh build."),
                               QStringLiteral("cannot read %1 or %2").arg(manifestPath, weightsPath));
    const QJsonDocument doc = QJsonDocument::fromJson(mf.readAll());
    const QByteArray bytes = wf.readAll();
    std::unique_ptr<FaceDescriptor> fd(new FaceDescriptor);
    Impl &d = *fd->m_d;
    // The manifest lists the tensors in the order they lie in the weights file.
    qsizetype offset = 0;
    for (const QJsonValue &group : doc.array()) {
        for (const QJsonValue &wv : group.toObject().value(QStringLiteral("weights")).toArray()) {
            const QJsonObject w = wv.toObject();
            Tensor t;
            qsizetype count = 1;
            for (const QJsonValue &s : w.value(QStringLiteral("shape")).toArray()) {
                t.shape.push_back(s.toInt());
                count *= s.toInt();
            }
            const QJsonObject q = w.value(QStringLiteral("quantization")).toObject();
            const bool quantised = q.value(QStringLiteral("dtype")).toString() == u"uint8";
            if (!quantised && w.value(QStringLiteral("dtype")).toString() != u"float32")
                return weightsError(QStringLiteral("unsupported dtype for %1").arg(w.value(QStringLiteral("name")).toString()));
            const qsizetype size = count * (quantised ? 1 : 4);
            if (count <= 0 || offset + size > bytes.size()) return weightsError(QStringLiteral("weights file too short"));
            t.values.resize(size_t(count));
            const char *p = bytes.constData() + offset;
            if (quantised) {
                // value = byte * scale + min
                const double scale = q.value(QStringLiteral("scale")).toDouble(), min = q.value(QStringLiteral("min")).toDouble();
                for (qsizetype i = 0; i < count; ++i) t.values[size_t(i)] = float(uchar(p[i]) * scale + min);
            } else {
                std::memcpy(t.values.data(), p, size_t(size));  // little-endian float32, as tfjs writes
            }
            offset += size;
            d.tensors.insert(w.value(QStringLiteral("name")).toString(), std::move(t));
        }
    }
    if (offset != bytes.size()) return weightsError(QStringLiteral("weights file size %1, manifest %2").arg(bytes.size()).arg(offset));

    try {
        d.net.setInputsNames({"data"});
        Impl::Node x{0, 3, kAlignedFaceSize};
        auto c = d.conv(QStringLiteral("conv32_down"), x, 2, 0, true);
        if (!c) return c.error();
        d.stages.push_back("conv32_down/relu");
        cv::dnn::LayerParams mp;
        mp.set("pool", "max");
        mp.set("kernel_size", 3);
        mp.set("stride", 2);
        mp.set("ceil_mode", false);
        x = Impl::Node{d.chain("pool", "Pooling", c->id, mp), 32, (c->side - 3) / 2 + 1};
        d.stages.push_back("pool");
        const char *blocks[] = {"conv32_1", "conv32_2", "conv32_3", "conv64_down", "conv64_1", "conv64_2", "conv64_3",
                                "conv128_down", "conv128_1", "conv128_2", "conv256_down", "conv256_1", "conv256_2",
                                "conv256_down_out"};
        for (const char *blk : blocks) {
            const QString name = QString::fromLatin1(blk);
            auto r = name.endsWith(u"_down") || name.endsWith(u"_down_out") ? d.residualDown(name, x) : d.residual(name, x);
            if (!r) return r.error();
            x = r.value();
        }
        cv::dnn::LayerParams gp;
        gp.set("pool", "ave");
        gp.set("global_pooling", true);
        const int g = d.chain("global", "Pooling", x.id, gp);
        const Tensor *fc = d.find(QStringLiteral("fc"));
        if (!fc || fc->shape != std::vector<int>{256, kDescriptorSize} || x.channels != 256)
            return weightsError(QStringLiteral("fc missing or not [256, 128]"));
        cv::Mat w(kDescriptorSize, 256, CV_32F);  // InnerProduct wants (out, in); tfjs stores (in, out)
        for (int i = 0; i < 256; ++i)
            for (int o = 0; o < kDescriptorSize; ++o) w.at<float>(o, i) = fc->values[size_t(i * kDescriptorSize + o)];
        cv::dnn::LayerParams ip;
        ip.set("num_output", kDescriptorSize);
        ip.set("bias_term", false);
        ip.set("axis", 1);
        ip.blobs = {w};
        d.chain("fc", "InnerProduct", g, ip);
        d.stages.push_back("fc");
        d.net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        d.net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
    } catch (const cv::Exception &e) {
        return weightsError(QString::fromStdString(e.what()));
    }
    d.tensors.clear();  // the network holds its own copies
    return fd;
}

core::Result<Descriptor> FaceDescriptor::compute(const cv::Mat &aligned) const
{
    if (aligned.rows != kAlignedFaceSize || aligned.cols != kAlignedFaceSize || aligned.type() != CV_8UC3)
        return core::makeError(QStringLiteral("face.input"),
                               QCoreApplication::translate("ow::identity", "The picture is empty or in an unsupported format."),
                               QStringLiteral("aligned face must be 150x150 BGR"));
    try {
        // RGB, the mean of dlib's training set subtracted, then / 255 (face-api's normalisation).
        const cv::Mat blob = cv::dnn::blobFromImage(aligned, 1.0 / 255, cv::Size(), cv::Scalar(122.782, 117.001, 104.298), true, false);
        cv::Mat out;
        {
            std::lock_guard lock(m_mutex);
            m_d->net.setInput(blob);
            out = m_d->net.forward("fc").clone();
        }
        if (out.total() != size_t(kDescriptorSize)) return weightsError(QStringLiteral("descriptor has %1 values").arg(out.total()));
        Descriptor r;
        std::memcpy(r.data(), out.ptr<float>(), sizeof(float) * kDescriptorSize);
        return r;
    } catch (const cv::Exception &e) {
        return core::makeError(QStringLiteral("face.engine"),
                               QCoreApplication::translate("ow::identity", "Face recognition failed."),
                               QString::fromStdString(e.what()));
    }
}

core::Result<std::vector<std::vector<int>>> FaceDescriptor::stageShapes() const
{
    try {
        std::lock_guard lock(m_mutex);
        m_d->net.setInput(cv::Mat(std::vector<int>{1, 3, kAlignedFaceSize, kAlignedFaceSize}, CV_32F, cv::Scalar(0)));
        std::vector<cv::Mat> outs;
        m_d->net.forward(outs, m_d->stages);
        std::vector<std::vector<int>> shapes;
        for (const cv::Mat &m : outs) shapes.emplace_back(m.size.p, m.size.p + m.dims);
        return shapes;
    } catch (const cv::Exception &e) {
        return core::makeError(QStringLiteral("face.engine"),
                               QCoreApplication::translate("ow::identity", "Face recognition failed."),
                               QString::fromStdString(e.what()));
    }
}

} // namespace ow::identity
