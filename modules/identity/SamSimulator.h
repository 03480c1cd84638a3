#pragma once
// A simulated ID card reader: a real peer of the SAM frame protocol on a pseudo-terminal. The host
// opens the slave side (portName()) like any serial port, so the real driver code is what practice
// mode and the tests exercise.
//
// It serves card files (JSON fields as core::IdCard::fromJson reads them, with a plain photo
// beside them), paces its answers at the line speed it was set to (a pty has no speed of its own:
// without pacing a read would take microseconds and no timing figure would mean anything), and
// plays scenarios, switchable at run time:
//
//   cycle              a card is on the reader; after each read the next card file takes its place
//   card:NAME          card file NAME.json stays on the reader
//   foreign, foreign-2023, permit, expired
//                      the first card of that sort (2017 'I' / 2023 'Y' foreign permanent resident
//                      card, HMT residence permit 'J', a card expired today)
//   no-card            nothing on the reader (placeCard() puts one there)
//   place-and-lift     the card lies there for N find-card polls, then is away for N, and so on
//   read-error         reads answer 41;  unknown-card: reads answer 40
//   bad-checksum       the next read's answer has a wrong checksum, then all is well
//   damaged-command    the next read is answered 10 (the reader got the command damaged)
//   garbage            the next read is answered with line noise; the one after has noise in front
//   cut-frame          the next read's answer stops half way, then silence
//   wrong-length       the next read's answer has an impossible LEN
//   slow               reads are answered after slowMs (default 800 ms)
//   unplug-mid-read    the reader is unplugged half way through the next read's answer
//   unplug-after-read  after one read, the reader is unplugged as the next read begins
//   unplugged          the reader is unplugged now (the pty goes away)
//   hang               the SAM commands are answered, card commands never are
//   silent             nothing is ever answered
//
// A command that arrives while the host's line speed (set on the slave, e.g. by QSerialPort) is
// not the simulator's own goes unanswered, as a real reader would see only framing errors.

#include "core/IdCard.h"
#include "core/Result.h"

#include <QImage>
#include <QString>
#include <QStringList>

#include <memory>

namespace ow::identity {

class SamSimulator final {
public:
    struct Stats {
        int commands = 0;    // command frames received
        int reads = 0;       // reads answered with a card
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;
    };

    SamSimulator();
    ~SamSimulator();
    SamSimulator(const SamSimulator &) = delete;
    SamSimulator &operator=(const SamSimulator &) = delete;

    // The card files built into the library (":/onewindow/sim/cards").
    static QString builtInCardDir();
    static QStringList scenarioNames();

    // Every *.json in `dir`, in name order; error when there is none or one is bad.
    core::Status loadCards(const QString &dir);
    core::Status loadCardFile(const QString &jsonFile);
    void addCard(const QString &name, const core::IdCard &card, const QString &photoFile = {});
    [[nodiscard]] QStringList cardNames() const;

    // Thread-safe, also while running.
    core::Status setScenario(const QString &scenario);
    [[nodiscard]] QString scenario() const;
    void setSlowMs(int ms);
    void setPlacePolls(int polls);
    // The speed the reader powers up with (default 115200); set before start().
    void setBaud(int baud);
    // The speed it runs at now (60 xx changes it).
    [[nodiscard]] int baud() const;

    // Opens the pty and starts answering on a thread of its own.
    core::Status start();
    void stop();
    [[nodiscard]] bool isRunning() const;
    // The slave side's path, e.g. /dev/pts/7 (kept after an unplug, when it no longer exists).
    [[nodiscard]] QString portName() const;

    // A hand on the reader (tests, the simulate command).
    void placeCard(const QString &name = {});
    void liftCard();
    [[nodiscard]] bool cardPresent() const;
    void unplug();
    [[nodiscard]] bool isUnplugged() const;

    // The plain photo of a served card. A simulator cannot make real WLT (it is a proprietary,
    // encrypted format), so the photo a practice read shows travels beside the protocol: the
    // in-process practice reader asks here by ID number. Null when unknown.
    [[nodiscard]] QImage photoFor(const QString &idNumber) const;

    [[nodiscard]] Stats stats() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ow::identity
