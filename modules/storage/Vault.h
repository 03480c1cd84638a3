#pragma once
// Encryption at rest. A profile has one random data key; every officer holds it wrapped under a
// key derived from their own password (Argon2id) in a key slot, so any officer can unlock the
// profile and a copied database file without a password reveals nothing.
//
// From the data key, subkeys are derived for field encryption and for blind indexes (keyed
// hashes that let an ID number or a name be looked up without being stored readable).
//
// Two cipher suites, chosen when a profile is created and recorded in its database:
//   xchacha20poly1305  libsodium XChaCha20-Poly1305 (IETF), BLAKE2b for subkeys and indexes
//   sm4-ctr-hmac-sm3   GB/T 32907 SM4 in CTR mode with HMAC-SM3 (encrypt-then-MAC), through
//                      OpenSSL, for deployments that require national algorithms
// Each sealed value starts with the suite byte, so a value always says how to open it.

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace ow::storage {

enum class CipherSuite : quint8 { XChaCha20Poly1305 = 1, Sm4CtrHmacSm3 = 2 };

[[nodiscard]] QString cipherSuiteKey(CipherSuite s);  // "xchacha20poly1305", "sm4-ctr-hmac-sm3"
[[nodiscard]] std::optional<CipherSuite> cipherSuiteFromKey(QStringView key);

// Argon2id work factor for key slots. Moderate (~0.4 s, 256 MiB here) for officers;
// Minimal exists for tests, which create thousands of slots.
enum class KdfCost { Minimal, Interactive, Moderate };

struct KeySlot {
    QByteArray salt;
    quint64 opslimit = 0;
    quint64 memlimit = 0;
    QByteArray verifier;
    QByteArray wrappedKey;
};

class Vault {
public:
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    // A new profile key.
    static std::shared_ptr<const Vault> create(CipherSuite suite);
    // Opens a key slot with an officer's password. Error code "vault.password" for a wrong
    // password (the verifier does not match), "vault.slot" for a slot that does not open.
    static core::Result<std::shared_ptr<const Vault>> unlock(const KeySlot &slot, QStringView officerNumber,
                                                              const QString &password, CipherSuite suite);
    // Checks a password against a slot without unwrapping (the same derivation).
    static bool passwordMatches(const KeySlot &slot, const QString &password);

    [[nodiscard]] CipherSuite suite() const { return m_suite; }

    // Wraps this vault's data key for an officer (a new slot with a fresh salt).
    [[nodiscard]] KeySlot wrapFor(QStringView officerNumber, const QString &password, KdfCost cost) const;

    // AEAD: `ad` binds the value to where it belongs (table, column, case number), so a value
    // moved to another row or column no longer opens.
    [[nodiscard]] QByteArray seal(QByteArrayView plain, QByteArrayView ad) const;
    [[nodiscard]] core::Result<QByteArray> open(QByteArrayView sealed, QByteArrayView ad) const;
    [[nodiscard]] QByteArray sealText(const QString &plain, QByteArrayView ad) const;
    [[nodiscard]] core::Result<QString> openText(QByteArrayView sealed, QByteArrayView ad) const;

    // 16-byte keyed hash of `value` in `domain` ("id", "name", "phone"): equal inputs give equal
    // outputs under this profile's key only.
    [[nodiscard]] QByteArray blindIndex(QByteArrayView domain, const QString &value) const;

private:
    struct Keys;
    Vault(CipherSuite suite, const unsigned char *dataKey);

    CipherSuite m_suite;
    Keys *m_keys;  // in libsodium's guarded, locked memory
};

} // namespace ow::storage
