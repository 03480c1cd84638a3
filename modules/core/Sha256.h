#pragma once
// SHA-256, the name of every photo, scan and payload that travels (blob names, payload hashes,
// catalog versions). OpenSSL's, not QCryptographicHash: Qt 6.4 hashes with its own portable code
// at about 180 MB/s, OpenSSL with the CPU's SHA instructions at well over 1 GB/s, and sync hashes
// every photo on both ends.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

class QIODevice;

namespace ow::core {

[[nodiscard]] QByteArray sha256(QByteArrayView data);  // 32 bytes
[[nodiscard]] QString sha256Hex(QByteArrayView data);  // 64 lower-case hex characters

// For data that comes in parts (a file read chunk by chunk).
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView data);
    bool add(QIODevice &device);  // reads to the end; false on a read error
    [[nodiscard]] QByteArray result();
    [[nodiscard]] QString resultHex() { return QString::fromLatin1(result().toHex()); }

private:
    struct Ctx;
    std::unique_ptr<Ctx> m_ctx;
};

} // namespace ow::core
