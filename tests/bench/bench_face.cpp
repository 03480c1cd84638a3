// Face detection, verification and ID-photo standardisation on one core (cv::setNumThreads(1)):
// Each time is printed twice: NAME_ms (wall, median) and NAME_cpu_ms (the process's CPU time,
// median; the one-core cost when the machine is shared).
//  - detection per 640 x 480 frame (target <= 33 ms: a 30 fps preview with a face box);
//  - alignment plus descriptor per face;
//  - end-to-end verification of two pictures (target <= 100 ms);
//  - standardisation of a studio portrait to the resident ID card spec (target <= 150 ms);
//  - genuine and impostor distance distributions and FAR / FRR at the shipped threshold, on the
//    SYNTHETIC set of tests/unit/identity/FaceFixtures.h (the faces of the face-api samples and
//    grace_hopper; genuine pairs are edits of one picture, not two photos of one person).
//
//   bench_face [--models DIR] [--faces DIR]     (defaults: the build tree's models and images)

#include "FaceFixtures.h"
#include "identity/FaceVerifier.h"
#include "identity/PhotoStandardizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace ow::identity;

namespace {

void figure(QTextStream &out, const QString &name, double value, const char *unit)
{
    out << "figure " << name << " " << QString::number(value, 'f', 3) << " " << unit << "\n";
    out.flush();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const double pos = p * double(v.size() - 1);
    const size_t lo = size_t(pos), hi = std::min(v.size() - 1, lo + 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - double(lo));
}

void distribution(QTextStream &out, const QString &name, const std::vector<double> &v)
{
    figure(out, name + QStringLiteral("_min"), percentile(v, 0), "distance");
    figure(out, name + QStringLiteral("_p5"), percentile(v, 0.05), "distance");
    figure(out, name + QStringLiteral("_median"), percentile(v, 0.5), "distance");
    figure(out, name + QStringLiteral("_p95"), percentile(v, 0.95), "distance");
    figure(out, name + QStringLiteral("_max"), percentile(v, 1), "distance");
    figure(out, name + QStringLiteral("_pairs"), double(v.size()), "pairs");
}

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Median wall time and median CPU time of the whole process per run (every thread counted, so no
// helper thread hides work). With cv::setNumThreads(1) that is the one-core cost, even on a
// machine shared with other jobs, where the wall time also counts the waits for a core.
template <typename F>
void timed(QTextStream &out, const QString &name, int runs, F &&f)
{
    std::vector<double> wall, cpu;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        const double c0 = processCpuMs();
        timer.start();
        f();
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(processCpuMs() - c0);
    }
    figure(out, name + QStringLiteral("_ms"), percentile(wall, 0.5), "ms");
    figure(out, name + QStringLiteral("_cpu_ms"), percentile(cpu, 0.5), "ms");
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    QString modelsDir = ow::test::faceModelsDir();
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i)
        if (args[i] == u"--models") modelsDir = args[i + 1];
    cv::setNumThreads(1);
    auto models = FaceModels::shared(modelsDir);
    if (const ow::core::Status s = models->available(); !s) {
        err << s.error().describe() << "\n";
        return 1;
    }
    const FaceDetector *det = models->detector().value();
    const FaceDescriptor *desc = models->descriptor().value();

    const cv::Mat grace = ow::test::faceImage(QStringLiteral("grace_hopper_512x512.jpg"));
    cv::Mat frame(480, 640, CV_8UC3, cv::Scalar(90, 100, 110));
    cv::Mat face;
    cv::resize(grace, face, cv::Size(400, 400));
    face.copyTo(frame(cv::Rect(120, 40, 400, 400)));
    (void)det->detect(frame);  // warm-up
    timed(out, QStringLiteral("detect_640x480"), 30, [&] { (void)det->detect(frame); });
    timed(out, QStringLiteral("detect_640x480_near_only"), 30, [&] { (void)det->detect(frame, FaceDetector::Range::Near); });
    const Face f = det->detect(frame).value().first();
    timed(out, QStringLiteral("align_descriptor"), 30, [&] { (void)desc->compute(alignFace(frame, f)); });

    const FaceVerifier verifier(models);
    cv::Mat chip;
    cv::resize(grace(cv::Rect(120, 60, 300, 370)), chip, cv::Size(102, 126), 0, 0, cv::INTER_AREA);
    timed(out, QStringLiteral("verify_frame_vs_chip"), 20, [&] { (void)verifier.verify(frame, chip); });

    const PhotoStandardizer standardizer(models, PhotoSpec::idCard());
    const cv::Mat studio = ow::test::studioPortrait(grace, det->detect(grace).value().first());
    timed(out, QStringLiteral("standardize_id_card"), 10, [&] { (void)standardizer.standardize(studio); });
    out << "source " << studio.cols << "x" << studio.rows << " studio portrait\n";

    // Score distributions on the synthetic set.
    out << "note the score distributions below are on a SYNTHETIC set: genuine pairs are edits of one "
           "picture, impostor pairs are different people of the face-api samples and grace_hopper\n";
    const auto people = ow::test::people(*det);
    std::vector<FaceSample> originals;
    std::vector<std::vector<FaceSample>> variants;
    int unjudgeable = 0;
    for (const auto &p : people) {
        originals.push_back(verifier.sample(p.crop).value());
        variants.emplace_back();
        for (const auto &v : ow::test::genuineVariants(p.crop)) {
            FaceSample s = verifier.sample(v.image).value();
            if (s.problem != Verification::Reason::None) {
                ++unjudgeable;
                out << "unjudgeable " << p.name << " " << v.name << ": " << s.message << "\n";
                continue;
            }
            variants.back().push_back(s);
        }
    }
    const double threshold = verifier.settings().maxDistance;
    std::vector<double> genuine, impostor;
    for (size_t i = 0; i < people.size(); ++i)
        for (const FaceSample &v : variants[i]) genuine.push_back(descriptorDistance(originals[i].descriptor, v.descriptor));
    struct Pair {
        double d;
        QString a, b;
    };
    std::vector<Pair> closest;
    for (size_t i = 0; i < people.size(); ++i)
        for (size_t j = i + 1; j < people.size(); ++j) {
            // Original against original and each variant of the other person.
            const double d = descriptorDistance(originals[i].descriptor, originals[j].descriptor);
            if (ow::test::samePerson(people[i].name, people[j].name)) {
                // Not synthetic: two photographs of one woman in the samples.
                figure(out, QStringLiteral("real_same_person_pair_distance"), d, "distance");
                continue;
            }
            impostor.push_back(d);
            closest.push_back({d, people[i].name, people[j].name});
            for (const FaceSample &v : variants[j]) impostor.push_back(descriptorDistance(originals[i].descriptor, v.descriptor));
        }
    std::sort(closest.begin(), closest.end(), [](const Pair &a, const Pair &b) { return a.d < b.d; });
    for (size_t i = 0; i < std::min<size_t>(3, closest.size()); ++i)
        out << "closest-impostor " << closest[i].a << " " << closest[i].b << " " << QString::number(closest[i].d, 'f', 3) << "\n";
    distribution(out, QStringLiteral("genuine_distance_synthetic"), genuine);
    distribution(out, QStringLiteral("impostor_distance_synthetic"), impostor);
    const double frr = double(std::count_if(genuine.begin(), genuine.end(), [&](double d) { return d > threshold; })) / double(genuine.size());
    const double far = double(std::count_if(impostor.begin(), impostor.end(), [&](double d) { return d <= threshold; })) / double(impostor.size());
    figure(out, QStringLiteral("threshold_max_distance"), threshold, "distance");
    figure(out, QStringLiteral("frr_synthetic"), frr * 100, "%");
    figure(out, QStringLiteral("far_synthetic"), far * 100, "%");
    figure(out, QStringLiteral("unjudgeable_variants"), unjudgeable, "pictures");
    figure(out, QStringLiteral("people"), double(people.size()), "faces");
    return 0;
}
