// The fuzz body of FuzzIdentity.h driven by a seeded, deterministic generator, so every ctest run
// (and every ASan build) pushes the same million-plus hostile inputs through the frame parser and
// the text decoders. Inputs are mutations of valid frames and text blocks: bit flips, truncation,
// changed and huge length fields, spliced and repeated preambles, several frames glued together,
// and plain garbage. OW_FUZZ_ITERATIONS overrides the count for a longer run.
#include "TestSupport.h"

#include "FuzzIdentity.h"

#include "identity/CardText.h"
#include "identity/SamFrame.h"

#include <QElapsedTimer>

#include <array>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

using namespace ow::identity;

namespace {

constexpr std::uint64_t kSeed = 0x0e1d5eed2024ull;
constexpr std::uint64_t kDefaultInputs = 1'000'000;

// splitmix64: tiny, fast, and the same sequence on every platform and compiler.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_s(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_s += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n); n > 0.
    std::uint32_t below(std::uint32_t n) { return std::uint32_t(next() % n); }
    bool chance(std::uint32_t percent) { return below(100) < percent; }
    char byte() { return char(next() & 0xFF); }

private:
    std::uint64_t m_s;
};

ow::core::IdCard resident()
{
    ow::core::IdCard c;
    c.name = QStringLiteral("欧阳倩");
    c.gender = ow::core::Gender::Female;
    c.nationCode = QStringLiteral("01");
    c.birthDate = QDate(1990, 2, 28);
    c.address = QStringLiteral("广东省广州市天河区体育西路191号中石化大厦B座3001室");
    c.idNumber = QStringLiteral("440106199002280022");
    c.issuer = QStringLiteral("广州市公安局天河分局");
    c.validFrom = QDate(2010, 1, 1);
    c.longTerm = true;
    return c;
}

QList<QByteArray> textBlocks()
{
    QList<QByteArray> out;
    ow::core::IdCard r = resident();
    out << encodeCardText(r);
    r.longTerm = false;
    r.validTo = QDate(2030, 1, 1);
    out << encodeCardText(r);
    ow::core::IdCard j = r;
    j.kind = ow::core::IdCardKind::HmtResidencePermit;
    j.idNumber = QStringLiteral("810000199408230011");
    j.passNumber = QStringLiteral("H60123456");
    j.issueCount = 2;
    out << encodeCardText(j);
    ow::core::IdCard i;
    i.kind = ow::core::IdCardKind::ForeignPermanent;
    i.englishName = QStringLiteral("SMITH, JOHN WILLIAM");
    i.name = QStringLiteral("史密斯");
    i.gender = ow::core::Gender::Male;
    i.idNumber = QStringLiteral("USA110079010101");  // 15 characters: the 2017 card
    i.nationality = QStringLiteral("USA");
    i.birthDate = QDate(1979, 1, 1);
    i.validFrom = QDate(2017, 6, 1);
    i.validTo = QDate(2027, 6, 1);
    i.cardVersion = QStringLiteral("01");
    i.issuer = QStringLiteral("1500");
    out << encodeCardText(i);
    ow::core::IdCard y = i;
    y.idNumber = QStringLiteral("911234197901010012");  // 18 characters: the 2023 card
    y.englishName = QStringLiteral("MONTGOMERY-WHITTINGTON, ALEXANDRA ELIZABETH VICTORIA");
    y.nationality = QStringLiteral("840");
    y.issueCount = 1;
    out << encodeCardText(y);
    return out;
}

QByteArray u16be(int v) { return QByteArray(1, char((v >> 8) & 0xFF)) + char(v & 0xFF); }

// Valid frames in both directions: the seeds every mutation starts from.
struct Seeds {
    QList<QByteArray> responses;
    QList<QByteArray> commands;
    QList<QByteArray> texts;
    QList<QByteArray> addresses;
};

Seeds seeds()
{
    Seeds s;
    s.texts = textBlocks();
    s.addresses << encodeAppendedAddress(QStringLiteral("北京市海淀区中关村南大街5号")) << QByteArray(70, '\0')
                << encodeAppendedAddress(QString(40, QChar(u'路')));
    using namespace ow::identity::sam;
    s.responses << buildResponse(kFindOk, QByteArray(4, '\0')) << buildResponse(kNoCard)
                << buildResponse(kSuccess, QByteArray(8, '\0')) << buildResponse(kSuccess, QByteArray(16, '\x42'))
                << buildResponse(kNoContent) << buildResponse(kReadFailed);
    const QByteArray photo(1024, '\x5A');
    for (const QByteArray &t : std::as_const(s.texts)) {
        s.responses << buildResponse(kSuccess, u16be(256) + u16be(1024) + t + photo);  // 30 01, 1295 bytes
        s.responses << buildResponse(kSuccess, u16be(256) + u16be(1024) + u16be(0) + t + photo);  // 30 10, no fingerprint
    }
    s.responses << buildResponse(kSuccess, u16be(256) + u16be(1024) + u16be(1024) + s.texts[0] + photo + QByteArray(1024, '\x11'));
    for (const QByteArray &a : std::as_const(s.addresses)) s.responses << buildResponse(kSuccess, a);
    const quint8 cmds[][2] = {{0x10, 0xFF}, {0x11, 0xFF}, {0x12, 0xFF}, {0x20, 0x01}, {0x20, 0x02},
                              {0x30, 0x01}, {0x30, 0x10}, {0x30, 0x03}, {0x60, 0x00}, {0x60, 0x04}};
    for (const auto &c : cmds) s.commands << buildCommand(c[0], c[1]);
    s.commands << buildCommand(0x30, 0x01, QByteArray(300, '\x07'));
    return s;
}

const QByteArray kPreamble(ow::identity::sam::kPreamble, ow::identity::sam::kPreambleSize);

void flipBits(QByteArray &b, Rng &rng)
{
    if (b.isEmpty()) return;
    const int n = 1 + int(rng.below(8));
    for (int i = 0; i < n; ++i) b[rng.below(std::uint32_t(b.size()))] ^= char(1 << rng.below(8));
}

void setLength(QByteArray &b, Rng &rng)
{
    if (b.size() < 7) return;
    const int len = (quint8(b[5]) << 8) | quint8(b[6]);
    int v = 0;
    switch (rng.below(8)) {
    case 0: v = 0; break;
    case 1: v = 0xFFFF; break;                                      // huge
    case 2: v = ow::identity::sam::kMaxLength; break;               // the largest accepted
    case 3: v = ow::identity::sam::kMaxLength + 1; break;           // just too large
    case 4: v = len + 1 + int(rng.below(3)); break;                 // claims more than is there
    case 5: v = std::max(0, len - 1 - int(rng.below(3))); break;    // claims less
    case 6: v = int(rng.below(8)); break;                           // shorter than the header
    default: v = int(rng.below(0x10000)); break;
    }
    b[5] = char((v >> 8) & 0xFF);
    b[6] = char(v & 0xFF);
    // Half the time the checksum is made right again, so the lie about the length is what is tested.
    if (rng.chance(50) && b.size() > 7) b[b.size() - 1] = char(ow::identity::sam::checksum(QByteArrayView(b).sliced(5, b.size() - 6)));
}

QByteArray garbage(Rng &rng, int maxLen)
{
    QByteArray g(int(rng.below(std::uint32_t(maxLen) + 1)), '\0');
    for (char &c : g) c = rng.byte();
    return g;
}

// Garbage thick with preambles and plausible lengths: the parser's resynchronisation at its worst.
QByteArray preambleStorm(Rng &rng)
{
    QByteArray out;
    const int n = 1 + int(rng.below(24));
    for (int i = 0; i < n; ++i) {
        out += kPreamble.left(rng.chance(80) ? 5 : int(rng.below(5)));
        out += u16be(rng.chance(50) ? int(rng.below(64)) : int(rng.below(0x10000)));
        out += garbage(rng, 24);
    }
    return out;
}

void mutateText(QByteArray &t, Rng &rng)
{
    if (t.size() < 256) {  // already cut short by an earlier round: only flips keep indices valid
        flipBits(t, rng);
        return;
    }
    switch (rng.below(6)) {
    case 0: flipBits(t, rng); break;
    case 1: {  // one UCS-2 character replaced: NUL, surrogates, digits, anything
        const int at = 2 * int(rng.below(128));
        const char16_t picks[] = {0, 0xD800, 0xDFFF, u'0', u'9', u'长', u'I', u'Y', u'J', char16_t(rng.below(0x10000))};
        const char16_t c = picks[rng.below(sizeof picks / sizeof picks[0])];
        t[at] = char(c & 0xFF);
        t[at + 1] = char(c >> 8);
        break;
    }
    case 2: {  // the card kind marker
        const char marks[] = {'I', 'Y', 'J', 'X', ' ', '\0'};
        t[248] = marks[rng.below(6)];
        t[249] = rng.chance(80) ? '\0' : rng.byte();
        break;
    }
    case 3:  // a date field filled with random digits (invalid dates, 长期 fragments)
        for (int i = 0; i < 8; ++i) {
            const int base = std::array<int, 4>{36, 188, 204, 220}[rng.below(4)];
            t[base + 2 * i] = char('0' + rng.below(10));
            t[base + 2 * i + 1] = '\0';
        }
        break;
    case 4: t = t.left(int(rng.below(std::uint32_t(t.size()) + 40))); break;  // cut short (or kept)
    default: for (int i = 0; i < 16; ++i) t[rng.below(256)] = rng.byte(); break;
    }
}

QByteArray mutateFrame(QByteArray f, Rng &rng)
{
    const int rounds = 1 + int(rng.below(3));
    for (int r = 0; r < rounds; ++r) {
        switch (rng.below(9)) {
        case 0: flipBits(f, rng); break;
        case 1: f.truncate(int(rng.below(std::uint32_t(f.size()) + 1))); break;
        case 2: setLength(f, rng); break;
        case 3: f.insert(int(rng.below(std::uint32_t(f.size()) + 1)), kPreamble); break;
        case 4: f.insert(int(rng.below(std::uint32_t(f.size()) + 1)), garbage(rng, 16)); break;
        case 5: f.append(garbage(rng, 32)); break;
        case 6: f.prepend(garbage(rng, 32)); break;
        case 7: {  // a slice repeated (a reader that re-sends part of an answer)
            if (f.isEmpty()) break;
            const int at = int(rng.below(std::uint32_t(f.size())));
            f.insert(int(rng.below(std::uint32_t(f.size()))), f.mid(at, 1 + int(rng.below(64))));
            break;
        }
        default: break;  // left valid: a good frame must come out
        }
    }
    return f;
}

// One generated input, in the layout of FuzzIdentity.h.
QByteArray generate(Rng &rng, const Seeds &s)
{
    const auto pick = [&rng](const QList<QByteArray> &l) { return l[rng.below(std::uint32_t(l.size()))]; };
    std::uint8_t mode = ow::fuzz::kResponses;
    QByteArray payload;
    const std::uint32_t kind = rng.below(100);
    if (kind < 40) {  // a stream from a reader: one to four mutated answers with noise between
        const int n = 1 + int(rng.below(rng.chance(80) ? 1 : 4));
        for (int i = 0; i < n; ++i) {
            if (rng.chance(20)) payload += garbage(rng, 12);
            QByteArray f = pick(s.responses);
            // Most texts inside answers are mutated too, so the decoder sees broken cards.
            if (f.size() > 270 && rng.chance(50)) {
                QByteArray t = f.mid(14, 256);
                mutateText(t, rng);
                t = t.leftJustified(256, ' ', true);
                f = ow::identity::sam::buildResponse(0x90, u16be(256) + u16be(1024) + t + f.mid(270, 1024));
            }
            payload += mutateFrame(f, rng);
        }
    } else if (kind < 55) {
        mode = ow::fuzz::kCommands;
        payload = mutateFrame(pick(s.commands), rng);
        if (rng.chance(30)) payload += mutateFrame(pick(s.commands), rng);
    } else if (kind < 80) {
        mode = ow::fuzz::kTextBlock;
        payload = pick(s.texts);
        const int rounds = 1 + int(rng.below(3));
        for (int r = 0; r < rounds; ++r) mutateText(payload, rng);
        if (rng.chance(10)) payload = pick(s.addresses) + garbage(rng, 8);
    } else if (kind < 88) {
        mode = std::uint8_t(rng.below(ow::fuzz::kModeCount));
        payload = preambleStorm(rng);
    } else if (kind < 99) {
        mode = std::uint8_t(rng.below(ow::fuzz::kModeCount));
        payload = garbage(rng, rng.chance(90) ? 300 : 3000);
    } else {  // rare and long: a whole burst of valid and broken answers
        for (int i = 0; i < 8; ++i) payload += rng.chance(50) ? pick(s.responses) : mutateFrame(pick(s.responses), rng);
    }
    QByteArray input;
    input.append(char(mode + ow::fuzz::kModeCount * rng.below(80)));  // any byte, same mode
    input.append(rng.byte());
    input.append(payload);
    return input;
}

} // namespace

TEST_CASE("A million hostile inputs through the frame parser and the text decoders: no crash, no hang, sane output")
{
    std::uint64_t inputs = kDefaultInputs;
    if (const QByteArray env = qgetenv("OW_FUZZ_ITERATIONS"); !env.isEmpty()) inputs = env.toULongLong();
    const Seeds s = seeds();
    Rng rng(kSeed);
    ow::fuzz::FuzzStats stats;
    QElapsedTimer clock;
    clock.start();
    std::uint64_t failures = 0;
    QByteArray firstFailure;
    std::string firstWhy;
    for (std::uint64_t i = 0; i < inputs; ++i) {
        const QByteArray in = generate(rng, s);
        // An exact-size heap copy: a read one byte past the input is a heap overflow under ASan
        // (QByteArray would hide it behind its terminating NUL).
        const std::size_t n = std::size_t(in.size());
        std::unique_ptr<std::uint8_t[]> exact(new std::uint8_t[n]);
        std::memcpy(exact.get(), in.constData(), n);
        if (const char *why = ow::fuzz::fuzzIdentityOne(exact.get(), n, &stats)) {
            if (!failures++) {
                firstFailure = in;
                firstWhy = why;
            }
        }
    }
    const double secs = double(clock.elapsed()) / 1000.0;
    std::printf("test_fuzz_identity: %llu inputs (%llu bytes) in %.1f s: %llu good frames, %llu frame errors, "
                "%llu cards decoded, %llu text blocks refused\n",
                static_cast<unsigned long long>(stats.inputs), static_cast<unsigned long long>(stats.bytes), secs,
                static_cast<unsigned long long>(stats.framesOk), static_cast<unsigned long long>(stats.frameErrors),
                static_cast<unsigned long long>(stats.cardsDecoded), static_cast<unsigned long long>(stats.textErrors));
    std::fflush(stdout);
    INFO("first failure: " << firstWhy << " on input " << firstFailure.toHex().toStdString());
    CHECK(failures == 0);
    CHECK(stats.inputs == inputs);
    if (inputs >= kDefaultInputs) {
        // The generator must reach every path: good frames, broken ones, good cards, refused ones.
        CHECK(stats.framesOk > inputs / 10);
        CHECK(stats.frameErrors > inputs / 10);
        CHECK(stats.cardsDecoded > inputs / 20);
        CHECK(stats.textErrors > inputs / 20);
    }
}
