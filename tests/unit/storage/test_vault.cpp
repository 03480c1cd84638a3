#include "TestSupport.h"

#include "storage/Vault.h"

using namespace ow::storage;

namespace {

const CipherSuite kSuites[] = {CipherSuite::XChaCha20Poly1305, CipherSuite::Sm4CtrHmacSm3};

} // namespace

TEST_CASE("Sealed values open only with the same vault and the same associated data")
{
    for (CipherSuite suite : kSuites) {
        INFO(cipherSuiteKey(suite).toStdString());
        auto v = Vault::create(suite);
        auto other = Vault::create(suite);
        const QByteArray sealed = v->sealText(QStringLiteral("张伟 110101198805120178"), "case.name:X1");
        CHECK(quint8(sealed[0]) == quint8(suite));
        CHECK_FALSE(sealed.contains(QStringLiteral("张伟").toUtf8()));
        auto opened = v->openText(sealed, "case.name:X1");
        REQUIRE(opened.ok());
        CHECK(opened.value() == QStringLiteral("张伟 110101198805120178"));
        CHECK_FALSE(v->open(sealed, "case.name:X2").ok());       // moved to another case
        CHECK_FALSE(v->open(sealed, "case.address:X1").ok());    // moved to another column
        CHECK_FALSE(other->open(sealed, "case.name:X1").ok());   // another profile's key
        QByteArray flipped = sealed;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x01);
        auto bad = v->open(flipped, "case.name:X1");
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().code == QStringLiteral("vault.open"));
        // Two seals of the same value differ (random nonce): equal values are not visible.
        CHECK(v->sealText(QStringLiteral("a"), "x") != v->sealText(QStringLiteral("a"), "x"));
        CHECK(v->open(v->seal(QByteArray(), "x"), "x").value().isEmpty());
    }
}

TEST_CASE("Blind indexes are stable per key and differ across keys and domains")
{
    for (CipherSuite suite : kSuites) {
        auto v = Vault::create(suite);
        auto other = Vault::create(suite);
        const QByteArray a = v->blindIndex("id", QStringLiteral("110101198805120178"));
        CHECK(a.size() == 16);
        CHECK(a == v->blindIndex("id", QStringLiteral("110101198805120178")));
        CHECK(a != v->blindIndex("name", QStringLiteral("110101198805120178")));
        CHECK(a != other->blindIndex("id", QStringLiteral("110101198805120178")));
    }
}

TEST_CASE("Key slots: the right password unlocks the same data key, a wrong one is refused")
{
    for (CipherSuite suite : kSuites) {
        auto v = Vault::create(suite);
        const KeySlot slot = v->wrapFor(u"000123", QStringLiteral("correct horse"), KdfCost::Minimal);
        CHECK(slot.salt.size() == 16);
        CHECK(slot.verifier.size() == 32);
        CHECK(Vault::passwordMatches(slot, QStringLiteral("correct horse")));
        CHECK_FALSE(Vault::passwordMatches(slot, QStringLiteral("correct horsE")));
        auto unlocked = Vault::unlock(slot, u"000123", QStringLiteral("correct horse"), suite);
        REQUIRE(unlocked.ok());
        const QByteArray sealed = v->sealText(QStringLiteral("住址"), "ad");
        CHECK(unlocked.value()->openText(sealed, "ad").value() == QStringLiteral("住址"));
        auto wrong = Vault::unlock(slot, u"000123", QStringLiteral("wrong"), suite);
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().code == QStringLiteral("vault.password"));
        // A slot copied to another officer does not open (bound to the officer number).
        auto stolen = Vault::unlock(slot, u"000999", QStringLiteral("correct horse"), suite);
        REQUIRE_FALSE(stolen.ok());
        CHECK(stolen.error().code == QStringLiteral("vault.slot"));
    }
}

TEST_CASE("A byte cannot move between the ciphertext and the associated data (SM4 suite)")
{
    auto v = Vault::create(CipherSuite::Sm4CtrHmacSm3);
    const QByteArray sealed = v->seal("secret", "xcase.name:A1");
    // Move the "x" of the associated data onto the end of the body: the tag must no longer match.
    QByteArray shifted = sealed;
    shifted.insert(shifted.size() - 32, 'x');
    CHECK_FALSE(v->open(shifted, "case.name:A1").ok());
    CHECK(v->open(sealed, "xcase.name:A1").ok());
}
