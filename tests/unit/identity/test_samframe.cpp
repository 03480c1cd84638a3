#include "TestSupport.h"

#include "identity/SamFrame.h"

using namespace ow::identity::sam;

namespace {

QByteArray hex(const char *h) { return QByteArray::fromHex(QByteArray(h).replace(' ', "")); }

} // namespace

TEST_CASE("Command frames match the published byte sequences")
{
    CHECK(buildCommand(kResetSam, 0xFF) == hex("AA AA AA 96 69 00 03 10 FF EC"));
    CHECK(buildCommand(kSamStatus, 0xFF) == hex("AA AA AA 96 69 00 03 11 FF ED"));
    CHECK(buildCommand(kSamId, 0xFF) == hex("AA AA AA 96 69 00 03 12 FF EE"));
    CHECK(buildCommand(kCard, 0x01) == hex("AA AA AA 96 69 00 03 20 01 22"));
    CHECK(buildCommand(kCard, 0x02) == hex("AA AA AA 96 69 00 03 20 02 21"));
    CHECK(buildCommand(kRead, 0x01) == hex("AA AA AA 96 69 00 03 30 01 32"));
    CHECK(buildCommand(kRead, 0x10) == hex("AA AA AA 96 69 00 03 30 10 23"));
    CHECK(buildCommand(kRead, 0x03) == hex("AA AA AA 96 69 00 03 30 03 30"));
    CHECK(buildCommand(kSetBaud, 0x00) == hex("AA AA AA 96 69 00 03 60 00 63"));
}

TEST_CASE("Response frames match the published examples")
{
    CHECK(buildResponse(kFindOk, QByteArray(4, '\0')) == hex("AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97"));
    CHECK(buildResponse(kNoCard) == hex("AA AA AA 96 69 00 04 00 00 80 84"));
    const QByteArray read = buildResponse(kSuccess, QByteArray(4 + 256 + 1024, 'x'));
    CHECK(read.size() == 1295);
    CHECK(read.mid(5, 2) == hex("05 08"));
}

TEST_CASE("The parser reassembles frames split anywhere, skips garbage and resynchronises")
{
    const QByteArray a = buildResponse(kFindOk, QByteArray(4, '\0'));
    const QByteArray b = buildResponse(kSuccess, QByteArray(1284, 'y'));
    QByteArray stream = QByteArray("\x01\x02garbage\xAA\xAA") + a + QByteArray("\xAA\xAA\xAA\x96") + b;
    for (int chunk : {1, 2, 7, 64, 5000}) {
        INFO("chunk " << chunk);
        FrameParser p(FrameParser::Kind::Response);
        QList<Frame> frames;
        int errors = 0;
        for (int i = 0; i < stream.size(); i += chunk) {
            p.feed(QByteArrayView(stream).sliced(i, std::min<qsizetype>(chunk, stream.size() - i)));
            while (auto f = p.next()) {
                if (f->ok()) frames << f->value();
                else ++errors;
            }
        }
        REQUIRE(frames.size() == 2);
        CHECK(frames[0].status == kFindOk);
        CHECK(frames[1].data.size() == 1284);
        CHECK(errors == 0);
    }
}

TEST_CASE("A corrupted checksum and an impossible length are errors, and the next frame still parses")
{
    QByteArray bad = buildResponse(kSuccess, QByteArray(8, 'z'));
    bad[bad.size() - 1] = char(bad[bad.size() - 1] ^ 0x55);
    QByteArray huge = hex("AA AA AA 96 69 FF FF 00 00 90");
    const QByteArray good = buildResponse(kNoCard);
    FrameParser p(FrameParser::Kind::Response);
    p.feed(bad + huge + good);
    auto first = p.next();
    REQUIRE(first);
    REQUIRE_FALSE(first->ok());
    CHECK(first->error().code == QStringLiteral("idreader.frame_checksum"));
    auto second = p.next();
    REQUIRE(second);
    REQUIRE_FALSE(second->ok());
    CHECK(second->error().code == QStringLiteral("idreader.frame_length"));
    std::optional<ow::core::Result<Frame>> third;
    while ((third = p.next()) && !third->ok()) {}
    REQUIRE(third);
    CHECK(third->value().status == kNoCard);
}

TEST_CASE("A frame cut in half waits for the rest")
{
    const QByteArray f = buildResponse(kSuccess, QByteArray(100, 'q'));
    FrameParser p(FrameParser::Kind::Response);
    p.feed(QByteArrayView(f).first(50));
    CHECK_FALSE(p.next().has_value());
    p.feed(QByteArrayView(f).sliced(50));
    auto r = p.next();
    REQUIRE(r);
    CHECK(r->ok());
}

TEST_CASE("Commands parse back to what was built")
{
    FrameParser p(FrameParser::Kind::Command);
    p.feed(buildCommand(kRead, 0x10));
    auto r = p.next();
    REQUIRE(r);
    CHECK(r->value().a == kRead);
    CHECK(r->value().b == 0x10);
    CHECK(r->value().data.isEmpty());
}

TEST_CASE("Every status has an officer message; the no-card one says what to do")
{
    CHECK(statusMessage(kNoCard).contains(QStringLiteral("place the card flat")));
    CHECK(statusCode(kNoCard) == QStringLiteral("idreader.no_card"));
    CHECK(statusCode(kReadFailed) == QStringLiteral("idreader.read_failed"));
    for (quint8 s : {kSuccess, kFindOk, kNoContent, kNoCard, kSelectFailed, kChecksumError, kLengthError, kCommandError,
                     kNotPermitted, kUnrecognisedError, kCardAuthFailed, kSamAuthFailed, kVerifyFailed, kUnknownCardType,
                     kReadFailed, kRandomFailed, kSamSelfTestFailed, kSamNotAuthorised})
        CHECK_FALSE(statusMessage(s).contains(QStringLiteral("reported status")));
    CHECK(statusMessage(0x77).contains(QStringLiteral("77")));
}
