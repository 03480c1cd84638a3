// A full card read (find, select, read 30 01) through the real serial driver (SamIdReader on a
// QSerialPort) against the simulated reader on a pseudo-terminal, compared with the time the
// same bytes need on a real serial line.
//
// A pty has no baud rate of its own, so the simulator paces its side: an answer starts only once
// the command's own bytes would have crossed the line, and each byte arrives 10 bit times after
// the one before (8N1). The wire time is therefore (command + answer bytes) x 10 / baud, and
// wire_ratio is how much the driver adds on top (target: at most 1.15).
//
//   bench_idreader [--reads N] [--baud B]

#include "idreader-sam/SamIdReader.h"
#include "identity/SamSimulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTextStream>

#include <algorithm>
#include <numeric>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("ow.*.info=false"));
    QTextStream out(stdout);
    int reads = 30;
    int baud = 115200;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--reads") reads = std::max(1, args[i + 1].toInt());
        if (args[i] == u"--baud") baud = args[i + 1].toInt();
    }
    if (!ow::identity::SamReaderSession::baudCode(baud)) {
        QTextStream(stderr) << "unsupported baud " << baud << "\n";
        return 2;
    }

    ow::identity::SamSimulator sim;
    if (auto st = sim.loadCards(ow::identity::SamSimulator::builtInCardDir()); !st) return 1;
    (void)sim.setScenario(QStringLiteral("card:01-zhangwei"));
    sim.setBaud(baud);
    if (auto st = sim.start(); !st) {
        QTextStream(stderr) << st.error().describe() << "\n";
        return 1;
    }

    ow::devices::SamIdReader reader;
    ow::devicekit::DeviceConfig config;
    config.options = {{"port", sim.portName()}, {"baud", baud}, {"pollMs", 0}};
    if (auto st = reader.open(config); !st) {
        QTextStream(stderr) << st.error().describe() << "\n";
        return 1;
    }
    int ok = 0;
    QObject::connect(&reader, &ow::devices::SamIdReader::cardRead, [&](const ow::core::IdCard &) { ++ok; });

    // Two warm-up reads (first-touch costs: allocations, page faults), then the measured ones.
    for (int i = 0; i < 2; ++i) reader.readCard();
    const auto before = reader.sessionStats();
    QList<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < reads; ++i) {
        t.start();
        reader.readCard();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    const auto after = reader.sessionStats();
    if (ok != reads + 2) {
        QTextStream(stderr) << "only " << ok << " of " << reads + 2 << " reads succeeded\n";
        return 1;
    }
    const qint64 bytes = (after.bytesIn + after.bytesOut - before.bytesIn - before.bytesOut) / reads;
    const double wireMs = double(bytes) * 10.0 * 1000.0 / baud;
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    const double mean = std::accumulate(ms.begin(), ms.end(), 0.0) / ms.size();

    out << "# full read = find (20 01) + select (20 02) + read (30 01), through the serial driver, " << reads
        << " reads at " << baud << " baud\n";
    out << "# the pty has no baud rate: the simulator paces its answers at " << baud
        << " baud (10 bits a byte, after the command's own wire time), so wire_ms is what a real line needs\n";
    out << "figure full_read_ms " << QString::number(median, 'f', 2) << " ms\n";
    out << "figure full_read_mean_ms " << QString::number(mean, 'f', 2) << " ms\n";
    out << "figure full_read_max_ms " << QString::number(ms.last(), 'f', 2) << " ms\n";
    out << "figure wire_bytes " << bytes << " bytes\n";
    out << "figure wire_ms " << QString::number(wireMs, 'f', 2) << " ms\n";
    out << "figure wire_ratio " << QString::number(median / wireMs, 'f', 3) << " x\n";
    out.flush();
    reader.close();
    return 0;
}
