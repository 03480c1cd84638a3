#include "storage/Vault.h"

#include <QCoreApplication>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

#include <cstring>

namespace ow::storage {
namespace {

constexpr size_t kKeyBytes = 32;
constexpr size_t kIndexBytes = 16;
constexpr size_t kXNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;  // 24
constexpr size_t kXTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;       // 16
constexpr size_t kSmIv = 16;
constexpr size_t kSmTag = 32;

const bool kSodiumReady = [] { return sodium_init() >= 0; }();

core::Error openError(const QString &detail)
{
    return core::makeError(QStringLiteral("vault.open"),
                           QCoreApplication::translate("ow::storage",
                                                       "Stored data could not be decrypted: it was changed or damaged."),
                           detail);
}

// HMAC-SM3 through OpenSSL (the national-algorithm suite's MAC and KDF).
void hmacSm3(const unsigned char *key, size_t keyLen, QByteArrayView data, unsigned char out[32])
{
    unsigned int len = 32;
    HMAC(EVP_sm3(), key, int(keyLen), reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()), out, &len);
}

bool sm4Ctr(const unsigned char key[16], const unsigned char iv[16], const unsigned char *in, size_t n, unsigned char *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    if (!ctx) return false;
    int len = 0;
    bool ok = EVP_EncryptInit_ex(ctx, EVP_sm4_ctr(), nullptr, key, iv) == 1 &&
              (n == 0 || EVP_EncryptUpdate(ctx, out, &len, in, int(n)) == 1);
    int fin = 0;
    ok = ok && EVP_EncryptFinal_ex(ctx, out + len, &fin) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok;
}

// Argon2id over the password: 64 bytes, the first half wraps the data key, the second half is
// the verifier stored in the slot.
bool deriveSlotKeys(const QString &password, const KeySlot &slot, unsigned char out[64])
{
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash(out, 64, pw.constData(), quint64(pw.size()),
                         reinterpret_cast<const unsigned char *>(slot.salt.constData()), slot.opslimit,
                         size_t(slot.memlimit), crypto_pwhash_ALG_ARGON2ID13) == 0;
}

// SM4 slots: the first 16 derived bytes are the SM4 key; the MAC gets a key of its own.
void slotMacKey(const unsigned char derived[32], unsigned char out[32]) { hmacSm3(derived, 32, "ow-slot-mac", out); }

// What HMAC-SM3 covers: the associated data's length first, so no byte can move between the end
// of the ciphertext and the start of the associated data without breaking the tag.
QByteArray macInput(QByteArrayView body, QByteArrayView ad)
{
    QByteArray in;
    in.reserve(8 + ad.size() + body.size());
    const quint64 n = quint64(ad.size());
    for (int i = 7; i >= 0; --i) in.append(char((n >> (8 * i)) & 0xFF));
    in.append(ad.data(), ad.size());
    in.append(body.data(), body.size());
    return in;
}

QByteArray slotAd(QStringView officerNumber) { return QByteArrayLiteral("ow-keyslot:") + officerNumber.toUtf8(); }

} // namespace

QString cipherSuiteKey(CipherSuite s)
{
    return s == CipherSuite::Sm4CtrHmacSm3 ? QStringLiteral("sm4-ctr-hmac-sm3") : QStringLiteral("xchacha20poly1305");
}

std::optional<CipherSuite> cipherSuiteFromKey(QStringView key)
{
    if (key == u"xchacha20poly1305") return CipherSuite::XChaCha20Poly1305;
    if (key == u"sm4-ctr-hmac-sm3") return CipherSuite::Sm4CtrHmacSm3;
    return std::nullopt;
}

struct Vault::Keys {
    unsigned char data[kKeyBytes];   // the profile data key (wrapped in slots)
    unsigned char field[kKeyBytes];  // field encryption (XChaCha) or SM4 key (first 16 bytes)
    unsigned char mac[kKeyBytes];    // HMAC-SM3 key (SM4 suite)
    unsigned char index[kKeyBytes];  // blind indexes
};

Vault::Vault(CipherSuite suite, const unsigned char *dataKey) : m_suite(suite)
{
    (void)kSodiumReady;
    m_keys = static_cast<Keys *>(sodium_malloc(sizeof(Keys)));
    std::memcpy(m_keys->data, dataKey, kKeyBytes);
    if (suite == CipherSuite::XChaCha20Poly1305) {
        crypto_kdf_derive_from_key(m_keys->field, kKeyBytes, 1, "owvault_", m_keys->data);
        crypto_kdf_derive_from_key(m_keys->mac, kKeyBytes, 2, "owvault_", m_keys->data);
        crypto_kdf_derive_from_key(m_keys->index, kKeyBytes, 3, "owvault_", m_keys->data);
    } else {
        // National-algorithm suite: subkeys by HMAC-SM3 over labels.
        hmacSm3(m_keys->data, kKeyBytes, "ow-field-sm4", m_keys->field);
        hmacSm3(m_keys->data, kKeyBytes, "ow-mac-sm3", m_keys->mac);
        hmacSm3(m_keys->data, kKeyBytes, "ow-index-sm3", m_keys->index);
    }
    sodium_mprotect_readonly(m_keys);
}

Vault::~Vault() { sodium_free(m_keys); }

std::shared_ptr<const Vault> Vault::create(CipherSuite suite)
{
    unsigned char key[kKeyBytes];
    randombytes_buf(key, kKeyBytes);
    std::shared_ptr<const Vault> v(new Vault(suite, key));
    sodium_memzero(key, kKeyBytes);
    return v;
}

bool Vault::passwordMatches(const KeySlot &slot, const QString &password)
{
    unsigned char derived[64];
    if (!deriveSlotKeys(password, slot, derived) || slot.verifier.size() != 32) return false;
    const bool ok = sodium_memcmp(derived + 32, slot.verifier.constData(), 32) == 0;
    sodium_memzero(derived, sizeof derived);
    return ok;
}

core::Result<std::shared_ptr<const Vault>> Vault::unlock(const KeySlot &slot, QStringView officerNumber,
                                                          const QString &password, CipherSuite suite)
{
    unsigned char derived[64];
    if (!deriveSlotKeys(password, slot, derived))
        return core::makeError(QStringLiteral("vault.kdf"), QCoreApplication::translate("ow::storage", "Not enough memory to check the password."),
                               QStringLiteral("crypto_pwhash failed"));
    if (slot.verifier.size() != 32 || sodium_memcmp(derived + 32, slot.verifier.constData(), 32) != 0) {
        sodium_memzero(derived, sizeof derived);
        return core::makeError(QStringLiteral("vault.password"), QCoreApplication::translate("ow::storage", "The password is not correct."));
    }
    // The slot is sealed like any field, under the password-derived key.
    unsigned char key[kKeyBytes];
    bool ok = false;
    const QByteArray ad = slotAd(officerNumber);
    const QByteArray &w = slot.wrappedKey;
    if (suite == CipherSuite::XChaCha20Poly1305 && size_t(w.size()) == 1 + kXNonce + kKeyBytes + kXTag &&
        quint8(w[0]) == quint8(suite)) {
        unsigned long long len = 0;
        ok = crypto_aead_xchacha20poly1305_ietf_decrypt(
                 key, &len, nullptr, reinterpret_cast<const unsigned char *>(w.constData()) + 1 + kXNonce,
                 kKeyBytes + kXTag, reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()),
                 reinterpret_cast<const unsigned char *>(w.constData()) + 1, derived) == 0 &&
             len == kKeyBytes;
    } else if (suite == CipherSuite::Sm4CtrHmacSm3 && size_t(w.size()) == 1 + kSmIv + kKeyBytes + kSmTag &&
               quint8(w[0]) == quint8(suite)) {
        unsigned char mac[32], macKey[32];
        slotMacKey(derived, macKey);
        hmacSm3(macKey, 32, macInput(QByteArrayView(w.constData(), w.size() - kSmTag), ad), mac);
        ok = sodium_memcmp(mac, w.constData() + w.size() - kSmTag, kSmTag) == 0 &&
             sm4Ctr(derived, reinterpret_cast<const unsigned char *>(w.constData()) + 1,
                    reinterpret_cast<const unsigned char *>(w.constData()) + 1 + kSmIv, kKeyBytes, key);
    }
    sodium_memzero(derived, sizeof derived);
    if (!ok)
        return core::makeError(QStringLiteral("vault.slot"),
                               QCoreApplication::translate("ow::storage", "This officer's key could not be opened. Ask an administrator to reset the password."),
                               QStringLiteral("key slot does not open"));
    std::shared_ptr<const Vault> v(new Vault(suite, key));
    sodium_memzero(key, kKeyBytes);
    return v;
}

KeySlot Vault::wrapFor(QStringView officerNumber, const QString &password, KdfCost cost) const
{
    KeySlot slot;
    slot.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(slot.salt.data(), size_t(slot.salt.size()));
    switch (cost) {
    case KdfCost::Minimal:
        slot.opslimit = crypto_pwhash_OPSLIMIT_MIN;
        slot.memlimit = crypto_pwhash_MEMLIMIT_MIN;
        break;
    case KdfCost::Interactive:
        slot.opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        slot.memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        break;
    case KdfCost::Moderate:
        slot.opslimit = crypto_pwhash_OPSLIMIT_MODERATE;
        slot.memlimit = crypto_pwhash_MEMLIMIT_MODERATE;
        break;
    }
    unsigned char derived[64];
    if (!deriveSlotKeys(password, slot, derived)) return {};
    slot.verifier = QByteArray(reinterpret_cast<const char *>(derived + 32), 32);
    const QByteArray ad = slotAd(officerNumber);
    if (m_suite == CipherSuite::XChaCha20Poly1305) {
        slot.wrappedKey.resize(int(1 + kXNonce + kKeyBytes + kXTag));
        auto *out = reinterpret_cast<unsigned char *>(slot.wrappedKey.data());
        out[0] = quint8(m_suite);
        randombytes_buf(out + 1, kXNonce);
        unsigned long long len = 0;
        crypto_aead_xchacha20poly1305_ietf_encrypt(out + 1 + kXNonce, &len, m_keys->data, kKeyBytes,
                                                   reinterpret_cast<const unsigned char *>(ad.constData()),
                                                   quint64(ad.size()), nullptr, out + 1, derived);
    } else {
        QByteArray body(int(1 + kSmIv + kKeyBytes), Qt::Uninitialized);
        auto *out = reinterpret_cast<unsigned char *>(body.data());
        out[0] = quint8(m_suite);
        randombytes_buf(out + 1, kSmIv);
        sm4Ctr(derived, out + 1, m_keys->data, kKeyBytes, out + 1 + kSmIv);
        unsigned char mac[32], macKey[32];
        slotMacKey(derived, macKey);
        hmacSm3(macKey, 32, macInput(body, ad), mac);
        slot.wrappedKey = body + QByteArray(reinterpret_cast<const char *>(mac), 32);
    }
    sodium_memzero(derived, sizeof derived);
    return slot;
}

QByteArray Vault::seal(QByteArrayView plain, QByteArrayView ad) const
{
    const auto *p = reinterpret_cast<const unsigned char *>(plain.data());
    const auto *a = reinterpret_cast<const unsigned char *>(ad.data());
    if (m_suite == CipherSuite::XChaCha20Poly1305) {
        QByteArray out(int(1 + kXNonce + size_t(plain.size()) + kXTag), Qt::Uninitialized);
        auto *o = reinterpret_cast<unsigned char *>(out.data());
        o[0] = quint8(m_suite);
        randombytes_buf(o + 1, kXNonce);
        unsigned long long len = 0;
        crypto_aead_xchacha20poly1305_ietf_encrypt(o + 1 + kXNonce, &len, p, quint64(plain.size()), a,
                                                   quint64(ad.size()), nullptr, o + 1, m_keys->field);
        return out;
    }
    QByteArray body(int(1 + kSmIv + size_t(plain.size())), Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(body.data());
    o[0] = quint8(m_suite);
    randombytes_buf(o + 1, kSmIv);
    sm4Ctr(m_keys->field, o + 1, p, size_t(plain.size()), o + 1 + kSmIv);
    unsigned char mac[32];
    hmacSm3(m_keys->mac, kKeyBytes, macInput(body, ad), mac);
    body.append(reinterpret_cast<const char *>(mac), 32);
    return body;
}

core::Result<QByteArray> Vault::open(QByteArrayView sealed, QByteArrayView ad) const
{
    if (sealed.isEmpty()) return openError(QStringLiteral("empty value"));
    const auto suite = CipherSuite(quint8(sealed[0]));
    const auto *s = reinterpret_cast<const unsigned char *>(sealed.data());
    const auto *a = reinterpret_cast<const unsigned char *>(ad.data());
    if (suite != m_suite) return openError(QStringLiteral("suite %1 in a %2 profile").arg(int(suite)).arg(int(m_suite)));
    if (suite == CipherSuite::XChaCha20Poly1305) {
        if (size_t(sealed.size()) < 1 + kXNonce + kXTag) return openError(QStringLiteral("too short"));
        QByteArray out(int(size_t(sealed.size()) - 1 - kXNonce - kXTag), Qt::Uninitialized);
        unsigned long long len = 0;
        if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(out.data()), &len, nullptr,
                                                       s + 1 + kXNonce, quint64(sealed.size()) - 1 - kXNonce, a,
                                                       quint64(ad.size()), s + 1, m_keys->field) != 0)
            return openError(QStringLiteral("authentication failed"));
        return out;
    }
    if (size_t(sealed.size()) < 1 + kSmIv + kSmTag) return openError(QStringLiteral("too short"));
    const qsizetype bodyLen = sealed.size() - qsizetype(kSmTag);
    unsigned char mac[32];
    hmacSm3(m_keys->mac, kKeyBytes, macInput(QByteArrayView(sealed.data(), bodyLen), ad), mac);
    if (sodium_memcmp(mac, s + bodyLen, kSmTag) != 0) return openError(QStringLiteral("authentication failed"));
    QByteArray out(int(bodyLen - 1 - qsizetype(kSmIv)), Qt::Uninitialized);
    if (!sm4Ctr(m_keys->field, s + 1, s + 1 + kSmIv, size_t(out.size()), reinterpret_cast<unsigned char *>(out.data())))
        return openError(QStringLiteral("sm4 failed"));
    return out;
}

QByteArray Vault::sealText(const QString &plain, QByteArrayView ad) const { return seal(plain.toUtf8(), ad); }

core::Result<QString> Vault::openText(QByteArrayView sealed, QByteArrayView ad) const
{
    auto r = open(sealed, ad);
    if (!r) return r.error();
    return QString::fromUtf8(r.value());
}

QByteArray Vault::blindIndex(QByteArrayView domain, const QString &value) const
{
    QByteArray input(domain.data(), domain.size());
    input.append('\0');
    input.append(value.toUtf8());
    QByteArray out(int(kIndexBytes), Qt::Uninitialized);
    if (m_suite == CipherSuite::XChaCha20Poly1305) {
        crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), kIndexBytes,
                           reinterpret_cast<const unsigned char *>(input.constData()), quint64(input.size()),
                           m_keys->index, kKeyBytes);
    } else {
        unsigned char mac[32];
        hmacSm3(m_keys->index, kKeyBytes, input, mac);
        std::memcpy(out.data(), mac, kIndexBytes);
    }
    return out;
}

} // namespace ow::storage
