// The guide engine's speed on the bundled catalog:
//  - per answer change on the largest matter (the one with the most answer paths): an officer's
//    session is replayed many times, each answer followed by a full re-evaluation, as the
//    question panel does (target: p99 at most 1 ms);
//  - enumerating every situation of every bundled matter (what `guide --enumerate` and the deep
//    catalog check do);
//  - loading the catalog (quick, as the client does at first use; deep, as an install does).
//
//   bench_guide [--sessions N] [--seed S]

#include "catalog/Guide.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace ow::catalog;

namespace {

void figure(QTextStream &out, const char *name, double value, const char *unit)
{
    out << "figure " << name << " " << QString::number(value, 'f', 3) << " " << unit << "\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int sessions = 2000;
    quint32 seed = 7;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--sessions") sessions = std::max(1, args[i + 1].toInt());
        if (args[i] == u"--seed") seed = args[i + 1].toUInt();
    }

    QElapsedTimer t;
    t.start();
    const CatalogLoad quick = Catalog::loadBundled(false);
    figure(out, "catalog_load_quick", double(t.nsecsElapsed()) / 1e6, "ms");
    if (!quick.ok()) {
        QTextStream(stderr) << quick.summary() << "\n";
        return 1;
    }
    t.restart();
    const CatalogLoad deep = Catalog::loadBundled(true);
    figure(out, "catalog_load_deep", double(t.nsecsElapsed()) / 1e6, "ms");
    const Catalog &catalog = *quick.catalog;
    const QDate day(2026, 3, 2);

    // The whole catalog, every path.
    t.restart();
    const Matter *largest = nullptr;
    qint64 largestPaths = 0, allPaths = 0, allSituations = 0;
    for (const Matter &m : catalog.matters()) {
        const Enumeration e = enumerate(m, catalog.version(), day);
        allPaths += e.paths;
        allSituations += e.situations.size();
        if (e.paths > largestPaths) {
            largestPaths = e.paths;
            largest = &m;
        }
    }
    const double enumerateMs = double(t.nsecsElapsed()) / 1e6;
    figure(out, "enumerate_catalog", enumerateMs, "ms");
    figure(out, "enumerate_catalog_matters", double(catalog.matters().size()), "matters");
    figure(out, "enumerate_catalog_paths", double(allPaths), "paths");
    figure(out, "enumerate_catalog_checklists", double(allSituations), "checklists");
    figure(out, "enumerate_per_path", enumerateMs * 1000.0 / double(std::max<qint64>(1, allPaths)), "us");

    // Replayed sessions on the largest matter: random answers, one at a time.
    QRandomGenerator rng(seed);
    std::vector<double> perChange;
    for (int s = 0; s < sessions; ++s) {
        GuideAnswers answers;
        for (;;) {
            QElapsedTimer one;
            one.start();
            const Checklist c = Guide::evaluate(*largest, answers, catalog.version(), day);
            perChange.push_back(double(one.nsecsElapsed()) / 1000.0);
            if (c.complete()) break;
            const GuideQuestion *q = c.openQuestions.front();
            const QVariantList options = representativeAnswers(*largest, *q);
            answers.insert(q->id, options.at(int(rng.bounded(quint32(options.size())))));
        }
    }
    std::sort(perChange.begin(), perChange.end());
    auto pct = [&](double p) { return perChange[std::min(perChange.size() - 1, size_t(p * double(perChange.size())))]; };
    out << "# largest matter: " << largest->code << " (" << largestPaths << " answer paths, " << largest->questions.size()
        << " questions, " << largest->materials.size() << " materials), " << perChange.size() << " evaluations\n";
    figure(out, "guide_eval_p50", pct(0.50), "us");
    figure(out, "guide_eval_p99", pct(0.99), "us");
    figure(out, "guide_eval_max", perChange.back(), "us");
    // Baseline of the issue: p99 of 1 ms per answer change.
    figure(out, "guide_eval_p99_ratio_to_1ms", pct(0.99) / 1000.0, "x");
    return deep.ok() ? 0 : 1;
}
