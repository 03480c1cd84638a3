#include "identity/SamSimulator.h"

#include "identity/CardText.h"
#include "identity/SamFrame.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <fcntl.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <termios.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSamSim, "ow.identity.samsim")

namespace ow::identity {

using namespace sam;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

speed_t speedFor(int baud)
{
    switch (baud) {
    case 9600: return B9600;
    case 19200: return B19200;
    case 38400: return B38400;
    case 57600: return B57600;
    default: break;
    }
    return B115200;
}

int baudFor(speed_t s)
{
    switch (s) {
    case B9600: return 9600;
    case B19200: return 19200;
    case B38400: return 38400;
    case B57600: return 57600;
    case B115200: return 115200;
    default: break;
    }
    return 0;
}

constexpr int kBaudTable[] = {115200, 57600, 38400, 19200, 9600};  // PARA 00..04 of 60 xx

struct SimCard {
    QString name;
    core::IdCard card;
    QByteArray text;         // the 256-byte block, as a chip holds it
    QByteArray wlt;          // 1024 bytes that only look like WLT: see makeWlt()
    QByteArray fingerprint;  // 1024 bytes (two 512-byte templates) or none
    QByteArray appended;     // the 70-byte 30 03 answer, or none
    QString photoFile;
    QImage photo;
    bool photoLoaded = false;
};

quint32 seedOf(const QString &s) { return quint32(qHash(s)) | 1u; }

quint32 xorshift(quint32 &x)
{
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return x;
}

// Not WLT. Real WLT is compressed and encrypted with a licensed vendor codec that no simulator
// can produce; these bytes only have the size of one, so the host's handling of the photo block
// (lengths, offsets, "photo not decodable") is exercised while the plain photo travels apart.
QByteArray makeWlt(const QString &idNumber)
{
    QByteArray b = QByteArrayLiteral("SIMULATED-NOT-WLT ") + idNumber.toLatin1();
    quint32 x = seedOf(idNumber);
    while (b.size() < 1024) b.append(char(xorshift(x) & 0xFF));
    return b;
}

QByteArray makeFingerprint(const QString &idNumber)
{
    QByteArray b;
    quint32 x = seedOf(idNumber + QStringLiteral("/fp"));
    for (int t = 0; t < 2; ++t) {
        QByteArray tpl = QByteArrayLiteral("SIMULATED-FINGERPRINT");
        while (tpl.size() < 512) tpl.append(char(xorshift(x) & 0xFF));
        b += tpl;
    }
    return b;
}

QByteArray be16(int v) { return QByteArray().append(char((v >> 8) & 0xFF)).append(char(v & 0xFF)); }

core::Error simError(const QString &message, const QString &detail)
{
    return core::makeError(QStringLiteral("idreader.sim"), message, detail);
}

enum class Mode { Cycle, Fixed, PlaceAndLift, ReadError, UnknownCard, Slow, Hang, Silent };
enum class Fault { None, BadChecksum, DamagedCommand, Garbage, CutFrame, WrongLength, UnplugMidRead };

// What to do about one command.
struct Plan {
    QByteArray bytes;
    int cutAt = -1;          // send only this many bytes
    int delayMs = 0;         // think this long first
    bool silent = false;
    bool unplugBefore = false;
    bool unplugAtCut = false;
    int baudAfter = 0;       // speed after this answer (60 xx)
};

} // namespace

struct SamSimulator::Private {
    mutable QMutex mutex;
    QList<SimCard> cards;
    QString scenario = QStringLiteral("cycle");
    Mode mode = Mode::Cycle;
    Fault armed = Fault::None;
    bool garbagePrefixNext = false;
    bool unplugAfterRead = false;
    int current = 0;
    bool present = true;
    bool selected = false;
    bool advancePending = false;
    int readsDone = 0;
    int findCount = 0;
    int placePolls = 5;
    int slowMs = 800;
    int baud = 115200;
    quint32 noise = 0x2545F491u;
    Stats stats;
    QString portName;

    // Owned by the thread while it runs; closed by it (unplug) or by stop() after it ended.
    int master = -1;
    int wake = -1;
    QThread *thread = nullptr;
    std::atomic<bool> stopping{false};
    std::atomic<bool> unplugRequested{false};
    std::atomic<bool> unplugged{false};

    void run();
    Plan planFor(const Frame &f);
    Plan planRead(quint8 para);
    bool execute(const Plan &p, qint64 arrivalNs, int commandSize);
    bool pacedWrite(QByteArrayView bytes, qint64 startNs, int baudNow);
    bool writeAll(QByteArrayView bytes);
    bool sleepUntil(qint64 ns);
    bool lineSpeedMatches();
    void closeMaster();
    void wakeUp() const;
    void drainWake() const;
    QByteArray noiseBytes(int n);
    int indexOf(const QString &name) const;
};

SamSimulator::SamSimulator() : d(std::make_unique<Private>()) {}

SamSimulator::~SamSimulator() { stop(); }

QString SamSimulator::builtInCardDir() { return QStringLiteral(":/onewindow/sim/cards"); }

QStringList SamSimulator::scenarioNames()
{
    return {QStringLiteral("cycle"),          QStringLiteral("card:NAME"),       QStringLiteral("foreign"),
            QStringLiteral("foreign-2023"),   QStringLiteral("permit"),          QStringLiteral("expired"),
            QStringLiteral("no-card"),        QStringLiteral("place-and-lift"),  QStringLiteral("read-error"),
            QStringLiteral("unknown-card"),   QStringLiteral("bad-checksum"),    QStringLiteral("damaged-command"),
            QStringLiteral("garbage"),        QStringLiteral("cut-frame"),       QStringLiteral("wrong-length"),
            QStringLiteral("slow"),           QStringLiteral("unplug-mid-read"), QStringLiteral("unplug-after-read"),
            QStringLiteral("unplugged"),      QStringLiteral("hang"),            QStringLiteral("silent")};
}

core::Status SamSimulator::loadCards(const QString &dir)
{
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return simError(QCoreApplication::translate("ow::identity", "The simulated reader has no card files in %1.")
                            .arg(QDir::toNativeSeparators(dir)),
                        QStringLiteral("no *.json in %1").arg(dir));
    for (const QString &f : files)
        if (auto st = loadCardFile(QDir(dir).filePath(f)); !st) return st;
    return {};
}

core::Status SamSimulator::loadCardFile(const QString &jsonFile)
{
    const QFileInfo info(jsonFile);
    QFile f(jsonFile);
    if (!f.open(QIODevice::ReadOnly))
        return simError(QCoreApplication::translate("ow::identity", "The simulated card file %1 cannot be read.")
                            .arg(QDir::toNativeSeparators(jsonFile)),
                        f.errorString());
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    if (!doc.isObject())
        return simError(QCoreApplication::translate("ow::identity", "The simulated card file %1 is not valid JSON.")
                            .arg(QDir::toNativeSeparators(jsonFile)),
                        perr.errorString());
    auto card = core::IdCard::fromJson(doc.object());
    if (!card) return card.error();
    const QString photo = doc.object().value(QStringLiteral("photo")).toString();
    addCard(info.completeBaseName(), card.value(), photo.isEmpty() ? QString() : info.dir().filePath(photo));
    if (!doc.object().value(QStringLiteral("fingerprint")).toBool(true)) {
        QMutexLocker lock(&d->mutex);
        d->cards.last().fingerprint.clear();
    }
    return {};
}

void SamSimulator::addCard(const QString &name, const core::IdCard &card, const QString &photoFile)
{
    SimCard c;
    c.name = name;
    c.card = card;
    c.text = encodeCardText(card);
    c.wlt = makeWlt(card.idNumber);
    c.fingerprint = makeFingerprint(card.idNumber);
    if (!card.appendedAddress.isEmpty()) c.appended = encodeAppendedAddress(card.appendedAddress);
    c.photoFile = photoFile;
    QMutexLocker lock(&d->mutex);
    d->cards.append(std::move(c));
}

QStringList SamSimulator::cardNames() const
{
    QMutexLocker lock(&d->mutex);
    QStringList out;
    for (const auto &c : d->cards) out << c.name;
    return out;
}

int SamSimulator::Private::indexOf(const QString &name) const
{
    for (int i = 0; i < cards.size(); ++i)
        if (cards[i].name == name) return i;
    return -1;
}

core::Status SamSimulator::setScenario(const QString &scenario)
{
    QMutexLocker lock(&d->mutex);
    auto unknown = [&] {
        return simError(QCoreApplication::translate("ow::identity", "Unknown simulator scenario \"%1\". Known: %2.")
                            .arg(scenario, scenarioNames().join(QStringLiteral(", "))),
                        QStringLiteral("scenario %1").arg(scenario));
    };
    auto noSuchCard = [&](const QString &what) {
        return simError(QCoreApplication::translate("ow::identity", "The simulated reader has no card for \"%1\".").arg(what),
                        QStringLiteral("cards: %1").arg(d->cards.size()));
    };
    Mode mode = Mode::Fixed;
    Fault fault = Fault::None;
    bool present = true;
    bool unplugAfter = false;
    bool unplugNow = false;
    int current = d->current;
    const QDate today = QDate::currentDate();
    auto pick = [&](const std::function<bool(const core::IdCard &)> &wanted) {
        for (int i = 0; i < d->cards.size(); ++i)
            if (wanted(d->cards[i].card)) return i;
        return -1;
    };
    if (scenario == u"cycle") mode = Mode::Cycle;
    else if (scenario.startsWith(u"card:")) {
        current = d->indexOf(scenario.mid(5));
        if (current < 0) return noSuchCard(scenario.mid(5));
    } else if (scenario == u"foreign" || scenario == u"foreign-2023" || scenario == u"permit" || scenario == u"expired") {
        if (scenario == u"foreign")
            current = pick([](const core::IdCard &c) {
                return c.kind == core::IdCardKind::ForeignPermanent && c.idNumber.size() == 15;
            });
        else if (scenario == u"foreign-2023")
            current = pick([](const core::IdCard &c) {
                return c.kind == core::IdCardKind::ForeignPermanent && c.idNumber.size() == 18;
            });
        else if (scenario == u"permit")
            current = pick([](const core::IdCard &c) { return c.kind == core::IdCardKind::HmtResidencePermit; });
        else
            current = pick([today](const core::IdCard &c) { return c.isExpiredOn(today); });
        if (current < 0) return noSuchCard(scenario);
    } else if (scenario == u"no-card") present = false;
    else if (scenario == u"place-and-lift") mode = Mode::PlaceAndLift;
    else if (scenario == u"read-error") mode = Mode::ReadError;
    else if (scenario == u"unknown-card") mode = Mode::UnknownCard;
    else if (scenario == u"slow") mode = Mode::Slow;
    else if (scenario == u"hang") mode = Mode::Hang;
    else if (scenario == u"silent") mode = Mode::Silent;
    else if (scenario == u"bad-checksum") fault = Fault::BadChecksum;
    else if (scenario == u"damaged-command") fault = Fault::DamagedCommand;
    else if (scenario == u"garbage") fault = Fault::Garbage;
    else if (scenario == u"cut-frame") fault = Fault::CutFrame;
    else if (scenario == u"wrong-length") fault = Fault::WrongLength;
    else if (scenario == u"unplug-mid-read") fault = Fault::UnplugMidRead;
    else if (scenario == u"unplug-after-read") unplugAfter = true;
    else if (scenario == u"unplugged") unplugNow = true;
    else return unknown();

    d->scenario = scenario;
    d->mode = mode;
    d->armed = fault;
    d->garbagePrefixNext = false;
    d->unplugAfterRead = unplugAfter;
    d->current = std::max(0, current);
    d->present = present;
    d->selected = false;
    d->advancePending = false;
    d->readsDone = 0;
    d->findCount = 0;
    lock.unlock();
    if (unplugNow) unplug();
    return {};
}

QString SamSimulator::scenario() const
{
    QMutexLocker lock(&d->mutex);
    return d->scenario;
}

void SamSimulator::setSlowMs(int ms)
{
    QMutexLocker lock(&d->mutex);
    d->slowMs = std::max(0, ms);
}

void SamSimulator::setPlacePolls(int polls)
{
    QMutexLocker lock(&d->mutex);
    d->placePolls = std::max(1, polls);
}

void SamSimulator::setBaud(int baud)
{
    QMutexLocker lock(&d->mutex);
    if (std::find(std::begin(kBaudTable), std::end(kBaudTable), baud) != std::end(kBaudTable)) d->baud = baud;
}

int SamSimulator::baud() const
{
    QMutexLocker lock(&d->mutex);
    return d->baud;
}

core::Status SamSimulator::start()
{
    if (d->thread || d->unplugged) return {};
    auto sysError = [](const char *what) {
        const int err = errno;
        return simError(QCoreApplication::translate("ow::identity", "The simulated reader cannot create its serial line."),
                        QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(strerror(err))));
    };
    const int m = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m < 0) return sysError("posix_openpt");
    char name[128] = {};
    if (::grantpt(m) != 0 || ::unlockpt(m) != 0 || ::ptsname_r(m, name, sizeof name) != 0) {
        auto e = sysError("grantpt/unlockpt/ptsname");
        ::close(m);
        return e;
    }
    // Raw both ways: no echo, no CR/LF translation, no signals from 03 or 1A bytes in a frame.
    // On Linux the master's termios calls act on the slave's settings, which is also how the
    // simulator later sees the speed the host chose; the slave is set directly too for kernels
    // that keep them apart.
    termios t{};
    ::tcgetattr(m, &t);
    ::cfmakeraw(&t);
    ::cfsetspeed(&t, speedFor(baud()));
    ::tcsetattr(m, TCSANOW, &t);
    if (const int s = ::open(name, O_RDWR | O_NOCTTY | O_CLOEXEC); s >= 0) {
        termios st{};
        ::tcgetattr(s, &st);
        ::cfmakeraw(&st);
        ::cfsetspeed(&st, speedFor(baud()));
        ::tcsetattr(s, TCSANOW, &st);
        ::close(s);
    }
    d->wake = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (d->wake < 0) {
        auto e = sysError("eventfd");
        ::close(m);
        return e;
    }
    d->master = m;
    d->portName = QString::fromLocal8Bit(name);
    d->stopping = false;
    if (d->unplugRequested) {
        d->closeMaster();
        return {};
    }
    d->thread = QThread::create([p = d.get()] { p->run(); });
    d->thread->setObjectName(QStringLiteral("ow-sam-simulator"));
    d->thread->start();
    qCInfo(lcSamSim).noquote() << "simulated reader on" << d->portName << "scenario" << scenario();
    return {};
}

void SamSimulator::stop()
{
    if (d->thread) {
        d->stopping = true;
        d->wakeUp();
        d->thread->wait();
        delete d->thread;
        d->thread = nullptr;
    }
    if (d->master >= 0) {
        ::close(d->master);
        d->master = -1;
    }
    if (d->wake >= 0) {
        ::close(d->wake);
        d->wake = -1;
    }
}

bool SamSimulator::isRunning() const { return d->thread && d->thread->isRunning(); }

QString SamSimulator::portName() const { return d->portName; }

void SamSimulator::placeCard(const QString &name)
{
    QMutexLocker lock(&d->mutex);
    if (!name.isEmpty()) {
        const int i = d->indexOf(name);
        if (i >= 0) d->current = i;
    }
    d->present = true;
}

void SamSimulator::liftCard()
{
    QMutexLocker lock(&d->mutex);
    d->present = false;
    d->selected = false;
}

bool SamSimulator::cardPresent() const
{
    QMutexLocker lock(&d->mutex);
    return d->present;
}

void SamSimulator::unplug()
{
    d->unplugRequested = true;
    if (d->thread) {
        d->wakeUp();
        // The thread closes the line itself (it may be in the middle of writing to it).
        d->thread->wait();
    } else if (d->master >= 0) {
        d->closeMaster();
    }
}

bool SamSimulator::isUnplugged() const { return d->unplugged; }

QImage SamSimulator::photoFor(const QString &idNumber) const
{
    QMutexLocker lock(&d->mutex);
    for (auto &c : d->cards) {
        if (c.card.idNumber != idNumber) continue;
        if (!c.photoLoaded) {
            c.photoLoaded = true;
            if (!c.photoFile.isEmpty()) {
                c.photo = QImage(c.photoFile);
                if (c.photo.isNull()) qCWarning(lcSamSim) << "photo not readable:" << c.photoFile;
            }
        }
        return c.photo;
    }
    return {};
}

SamSimulator::Stats SamSimulator::stats() const
{
    QMutexLocker lock(&d->mutex);
    return d->stats;
}

// ---- the reader's thread ----

void SamSimulator::Private::wakeUp() const
{
    if (wake < 0) return;
    const quint64 one = 1;
    [[maybe_unused]] const auto n = ::write(wake, &one, sizeof one);
}

void SamSimulator::Private::drainWake() const
{
    quint64 v = 0;
    [[maybe_unused]] const auto n = ::read(wake, &v, sizeof v);
}

void SamSimulator::Private::closeMaster()
{
    unplugged = true;  // first: whoever notices the hang-up may ask at once
    if (master >= 0) {
        ::close(master);
        master = -1;
    }
    qCInfo(lcSamSim).noquote() << "simulated reader unplugged from" << portName;
}

QByteArray SamSimulator::Private::noiseBytes(int n)
{
    QByteArray b;
    for (int i = 0; i < n; ++i) {
        char c = char(xorshift(noise) & 0xFF);
        if (quint8(c) == 0xAA) c = 0x55;  // never the start of a preamble: noise, not a frame
        b.append(c);
    }
    return b;
}

bool SamSimulator::Private::lineSpeedMatches()
{
    termios t{};
    if (::tcgetattr(master, &t) != 0) return true;
    QMutexLocker lock(&mutex);
    return baudFor(::cfgetospeed(&t)) == baud;
}

bool SamSimulator::Private::sleepUntil(qint64 ns)
{
    for (;;) {
        if (stopping) return false;
        if (unplugRequested) {
            closeMaster();
            return false;
        }
        const qint64 left = ns - nowNs();
        if (left <= 0) return true;
        pollfd w{wake, POLLIN, 0};
        timespec ts{time_t(left / 1000000000), long(left % 1000000000)};
        if (::ppoll(&w, 1, &ts, nullptr) > 0) drainWake();
    }
}

bool SamSimulator::Private::writeAll(QByteArrayView bytes)
{
    qsizetype off = 0;
    while (off < bytes.size()) {
        const ssize_t n = ::write(master, bytes.data() + off, size_t(bytes.size() - off));
        if (n > 0) {
            off += n;
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno == EAGAIN) {
            pollfd fds[2] = {{master, POLLOUT, 0}, {wake, POLLIN, 0}};
            ::poll(fds, 2, 50);
            if (fds[1].revents & POLLIN) drainWake();
            if (stopping) return false;
            if (unplugRequested) {
                closeMaster();
                return false;
            }
            if (fds[0].revents & POLLHUP) return true;  // nobody on the other side: the bytes are lost
            continue;
        }
        return true;  // EIO: the host closed the port; like a real line, the bytes are lost
    }
    QMutexLocker lock(&mutex);
    stats.bytesOut += bytes.size();
    return true;
}

bool SamSimulator::Private::pacedWrite(QByteArrayView bytes, qint64 startNs, int baudNow)
{
    // Byte k is on the host's side once k+1 byte times have passed since the answer began: write
    // it then, in small chunks (about 2 ms of line time each) so the host sees the answer grow
    // as it would from a UART.
    const qint64 byteNs = 10'000'000'000LL / baudNow;
    const qsizetype chunk = std::max(1, baudNow / 5000);
    qsizetype off = 0;
    while (off < bytes.size()) {
        const qsizetype k = std::min(chunk, bytes.size() - off);
        if (!sleepUntil(startNs + (off + k) * byteNs)) return false;
        if (!writeAll(bytes.sliced(off, k))) return false;
        off += k;
    }
    return true;
}

bool SamSimulator::Private::execute(const Plan &p, qint64 arrivalNs, int commandSize)
{
    if (p.unplugBefore) {
        closeMaster();
        return false;
    }
    if (p.silent) return true;
    int baudNow = 0;
    {
        QMutexLocker lock(&mutex);
        baudNow = baud;
    }
    // The reader has the whole command only once its bytes have crossed the line; then it thinks.
    const qint64 start = arrivalNs + commandSize * (10'000'000'000LL / baudNow) + qint64(p.delayMs) * 1000000;
    const qsizetype n = p.cutAt >= 0 ? p.cutAt : p.bytes.size();
    if (!pacedWrite(QByteArrayView(p.bytes).first(n), start, baudNow)) return false;
    if (p.unplugAtCut) {
        closeMaster();
        return false;
    }
    if (p.baudAfter) {
        QMutexLocker lock(&mutex);
        baud = p.baudAfter;
    }
    return true;
}

Plan SamSimulator::Private::planRead(quint8 para)
{
    Plan p;
    if (para == 0x03) {
        if (!present || !selected || cards.isEmpty()) p.bytes = buildResponse(kReadFailed);
        else if (cards[current].appended.isEmpty()) p.bytes = buildResponse(kNoContent);
        else p.bytes = buildResponse(kSuccess, cards[current].appended);
        return p;
    }
    if (para != 0x01 && para != 0x10) {
        p.bytes = buildResponse(kCommandError);
        return p;
    }
    if (!present || !selected || cards.isEmpty() || mode == Mode::ReadError) {
        p.bytes = buildResponse(kReadFailed);
        return p;
    }
    if (mode == Mode::UnknownCard) {
        p.bytes = buildResponse(kUnknownCardType);
        return p;
    }
    const SimCard &c = cards[current];
    QByteArray data = be16(int(c.text.size())) + be16(int(c.wlt.size()));
    if (para == 0x10) data += be16(int(c.fingerprint.size()));
    data += c.text + c.wlt;
    if (para == 0x10) data += c.fingerprint;
    QByteArray frame = buildResponse(kSuccess, data);
    if (mode == Mode::Slow) p.delayMs = slowMs;

    const Fault fault = std::exchange(armed, Fault::None);
    switch (fault) {
    case Fault::None: break;
    case Fault::BadChecksum: frame[frame.size() - 1] = char(frame.back() ^ 0x5A); break;
    case Fault::WrongLength: frame[kPreambleSize] = char(0xF5); break;  // LEN 0xF5xx: more than any frame
    case Fault::CutFrame: p.cutAt = int(frame.size() / 2); break;
    case Fault::UnplugMidRead:
        p.cutAt = int(frame.size() / 2);
        p.unplugAtCut = true;
        break;
    case Fault::Garbage:
        frame = noiseBytes(48);
        garbagePrefixNext = true;
        break;
    case Fault::DamagedCommand: frame = buildResponse(kChecksumError); break;
    }
    if (fault == Fault::None) {
        if (std::exchange(garbagePrefixNext, false)) frame.prepend(noiseBytes(24));
        ++readsDone;
        ++stats.reads;
        if (mode == Mode::Cycle) advancePending = true;  // the officer puts the next card down
    }
    p.bytes = frame;
    return p;
}

Plan SamSimulator::Private::planFor(const Frame &f)
{
    QMutexLocker lock(&mutex);
    ++stats.commands;
    Plan p;
    const bool cardCommand = f.a == kCard || f.a == kRead;
    if (mode == Mode::Silent || (mode == Mode::Hang && cardCommand)) {
        p.silent = true;
        return p;
    }
    switch (f.a) {
    case kResetSam:
        selected = false;
        p.bytes = buildResponse(kSuccess);
        break;
    case kSamStatus: p.bytes = buildResponse(kSuccess); break;
    case kSamId: p.bytes = buildResponse(kSuccess, QByteArray::fromHex("0500010014c1a40a5f9e5e0a0b3d0000")); break;
    case kSetBaud:
        if (size_t(f.b) < std::size(kBaudTable)) {
            p.bytes = buildResponse(kSuccess);
            p.baudAfter = kBaudTable[f.b];
        } else {
            p.bytes = buildResponse(kCommandError);
        }
        break;
    case kCard:
        if (f.b == 0x01) {
            if (unplugAfterRead && readsDone > 0) {
                p.unplugBefore = true;
                break;
            }
            if (mode == Mode::PlaceAndLift) present = (findCount++ / placePolls) % 2 == 0;
            if (std::exchange(advancePending, false) && !cards.isEmpty()) current = (current + 1) % int(cards.size());
            selected = false;
            p.bytes = present && !cards.isEmpty() ? buildResponse(kFindOk, QByteArray(4, '\0')) : buildResponse(kNoCard);
        } else if (f.b == 0x02) {
            selected = present && !cards.isEmpty();
            p.bytes = selected ? buildResponse(kSuccess, QByteArray(8, '\0')) : buildResponse(kSelectFailed);
        } else {
            p.bytes = buildResponse(kCommandError);
        }
        break;
    case kRead: p = planRead(f.b); break;
    default: p.bytes = buildResponse(kCommandError); break;
    }
    return p;
}

void SamSimulator::Private::run()
{
    FrameParser parser(FrameParser::Kind::Command);
    char buf[4096];
    while (!stopping && master >= 0) {
        if (unplugRequested) {
            closeMaster();
            break;
        }
        pollfd fds[2] = {{master, POLLIN, 0}, {wake, POLLIN, 0}};
        if (::poll(fds, 2, 200) < 0 && errno != EINTR) break;
        if (fds[1].revents & POLLIN) drainWake();
        if (stopping || unplugRequested) continue;
        if (fds[0].revents & POLLIN) {
            const ssize_t got = ::read(master, buf, sizeof buf);
            if (got > 0) {
                const qint64 arrival = nowNs();
                if (!lineSpeedMatches()) {
                    // Framing errors to a reader at another speed: nothing it could answer.
                    parser.clear();
                    continue;
                }
                {
                    QMutexLocker lock(&mutex);
                    stats.bytesIn += got;
                }
                parser.feed(QByteArrayView(buf, got));
                bool alive = true;
                while (alive) {
                    auto f = parser.next();
                    if (!f) break;
                    Plan p;
                    int size = 10;
                    if (f->ok()) {
                        size = 10 + int(f->value().data.size());
                        p = planFor(f->value());
                    } else {
                        // The reader's own verdict on a damaged command: 10 checksum, 11 length.
                        p.bytes = buildResponse(f->error().is(u"idreader.frame_length") ? kLengthError : kChecksumError);
                    }
                    alive = execute(p, arrival, size);
                }
                continue;
            }
        }
        if (fds[0].revents & (POLLHUP | POLLERR)) {
            // No host on the slave side (it closed the port): wait for the next one to open it.
            if (!sleepUntil(nowNs() + 10'000'000)) continue;
        }
    }
}

} // namespace ow::identity
