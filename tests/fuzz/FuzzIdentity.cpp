#include "FuzzIdentity.h"

#include "identity/CardText.h"
#include "identity/SamFrame.h"

#include <QByteArray>

#include <algorithm>

namespace ow::fuzz {
namespace {

using identity::sam::FrameParser;

// A parser that has been fed everything holds at most one unfinished frame: the longest frame
// it accepts, less its last byte.
constexpr qsizetype kPendingBound = identity::sam::kPreambleSize + 2 + identity::sam::kMaxLength;

const char *checkCard(QByteArrayView block, FuzzStats *stats)
{
    auto card = identity::decodeCardText(block);
    if (!card) {
        if (card.error().code != u"card.text") return "text decoder: unexpected error code";
        if (card.error().message.isEmpty()) return "text decoder: error without a message";
        if (stats) ++stats->textErrors;
        return nullptr;
    }
    if (block.size() != identity::kCardTextSize) return "text decoder: accepted a block that is not 256 bytes";
    const core::IdCard &c = card.value();
    if (c.idNumber.isEmpty()) return "text decoder: card without an ID number";
    if (c.name.isEmpty() && c.englishName.isEmpty()) return "text decoder: card without a name";
    if (!c.birthDate.isValid()) return "text decoder: card without a valid birth date";
    if (!c.validFrom.isValid()) return "text decoder: card without a valid start of validity";
    if (!c.longTerm && !c.validTo.isValid()) return "text decoder: card without an end of validity";
    if (c.rawText != block) return "text decoder: raw text differs from the block";
    // Every field fits back into its slot: the encoder must never grow or shrink the block.
    if (identity::encodeCardText(c).size() != identity::kCardTextSize) return "text encoder: block not 256 bytes";
    if (stats) ++stats->cardsDecoded;
    return nullptr;
}

const char *checkAddress(QByteArrayView block)
{
    const QString a = identity::decodeAppendedAddress(block);
    if (a.size() > 35) return "appended address longer than its 35 characters";
    return nullptr;
}

// What the reader driver does with a good response: 30 01 carries text length, photo length,
// text, photo; 30 03 carries the address.
const char *checkPayload(const identity::sam::Frame &f, FuzzStats *stats)
{
    const QByteArrayView d(f.data);
    if (d.size() >= 4) {
        const qsizetype textLen = (quint8(d[0]) << 8) | quint8(d[1]);
        const qsizetype photoLen = (quint8(d[2]) << 8) | quint8(d[3]);
        if (4 + textLen + photoLen <= d.size())
            if (const char *why = checkCard(d.sliced(4, textLen), stats)) return why;
    }
    return checkAddress(d);
}

const char *checkFrame(const identity::sam::Frame &f, FrameParser::Kind kind)
{
    if (f.data.size() > identity::sam::kMaxLength) return "frame: more data than any frame may carry";
    const QByteArray again = kind == FrameParser::Kind::Response ? identity::sam::buildResponse(f.status, f.data, f.a, f.b)
                                                                 : identity::sam::buildCommand(f.a, f.b, f.data);
    const QByteArrayView body = QByteArrayView(again).sliced(identity::sam::kPreambleSize);
    if (identity::sam::checksum(body.first(body.size() - 1)) != quint8(again.back()))
        return "frame: re-serialised with a bad checksum";
    FrameParser p(kind);
    p.feed(again);
    auto r = p.next();
    if (!r || !r->ok()) return "frame: re-serialised frame does not parse";
    const identity::sam::Frame &g = r->value();
    if (g.a != f.a || g.b != f.b || g.status != f.status || g.data != f.data) return "frame: re-parsed frame differs";
    if (p.pending() != 0 || p.next()) return "frame: re-parsed frame leaves bytes behind";
    return nullptr;
}

// Takes every result the parser has; the number of results is bounded by the bytes it holds
// (each one consumes at least one byte), so a parser that loops is caught, not waited for.
const char *drain(FrameParser &parser, FrameParser::Kind kind, FuzzStats *stats)
{
    const qsizetype limit = parser.pending() + 1;
    for (qsizetype i = 0;; ++i) {
        if (i > limit) return "parser: more results than bytes (it does not make progress)";
        const qsizetype before = parser.pending();
        auto r = parser.next();
        if (!r) break;
        if (parser.pending() >= before) return "parser: a result consumed no bytes";
        if (!r->ok()) {
            const QString &code = r->error().code;
            if (code != u"idreader.frame_length" && code != u"idreader.frame_checksum") return "parser: unexpected error code";
            if (stats) ++stats->frameErrors;
            continue;
        }
        if (stats) ++stats->framesOk;
        if (const char *why = checkFrame(r->value(), kind)) return why;
        if (kind == FrameParser::Kind::Response)
            if (const char *why = checkPayload(r->value(), stats)) return why;
    }
    if (parser.pending() >= kPendingBound) return "parser: holds more than one unfinished frame";
    return nullptr;
}

const char *parseStream(const std::uint8_t *data, std::size_t size, std::uint8_t chunkSeed, FrameParser::Kind kind,
                        FuzzStats *stats)
{
    FrameParser parser(kind);
    // Piece sizes come from the input itself, so the fuzzer explores the cuts too: 1..64 bytes,
    // now and then a big piece.
    std::uint32_t cut = chunkSeed * 2654435761u + 1;
    std::size_t at = 0;
    while (at < size) {
        cut = cut * 1103515245u + 12345u + data[at];
        std::size_t piece = (cut >> 16) % 8 == 0 ? 1 + (cut >> 8) % 2048 : 1 + (cut >> 8) % 64;
        piece = std::min(piece, size - at);
        parser.feed(QByteArrayView(reinterpret_cast<const char *>(data + at), qsizetype(piece)));
        at += piece;
        if (const char *why = drain(parser, kind, stats)) return why;
    }
    return nullptr;
}

} // namespace

const char *fuzzIdentityOne(const std::uint8_t *data, std::size_t size, FuzzStats *stats)
{
    if (stats) {
        ++stats->inputs;
        stats->bytes += size;
    }
    if (size < 2) return nullptr;
    const auto mode = Mode(data[0] % kModeCount);
    const std::uint8_t chunkSeed = data[1];
    const std::uint8_t *payload = data + 2;
    const std::size_t n = size - 2;
    switch (mode) {
    case kResponses: return parseStream(payload, n, chunkSeed, FrameParser::Kind::Response, stats);
    case kCommands: return parseStream(payload, n, chunkSeed, FrameParser::Kind::Command, stats);
    case kTextBlock: {
        const QByteArrayView all(reinterpret_cast<const char *>(payload), qsizetype(n));
        if (const char *why = checkCard(all, stats)) return why;
        // A block of the right size inside a longer input, as a driver would cut it.
        if (all.size() > identity::kCardTextSize)
            if (const char *why = checkCard(all.first(identity::kCardTextSize), stats)) return why;
        return checkAddress(all);
    }
    case kModeCount: break;
    }
    return nullptr;
}

} // namespace ow::fuzz
