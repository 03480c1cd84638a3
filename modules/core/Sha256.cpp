#include "core/Sha256.h"

#include <QIODevice>

#include <openssl/evp.h>

namespace ow::core {

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &len, EVP_sha256(), nullptr);
    return out;
}

QString sha256Hex(QByteArrayView data) { return QString::fromLatin1(sha256(data).toHex()); }

struct Sha256::Ctx {
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    ~Ctx() { EVP_MD_CTX_free(md); }
};

Sha256::Sha256() : m_ctx(std::make_unique<Ctx>()) { EVP_DigestInit_ex(m_ctx->md, EVP_sha256(), nullptr); }
Sha256::~Sha256() = default;

void Sha256::add(QByteArrayView data) { EVP_DigestUpdate(m_ctx->md, data.data(), size_t(data.size())); }

bool Sha256::add(QIODevice &device)
{
    QByteArray buf(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(buf.data(), buf.size());
        if (n < 0) return false;
        if (n == 0) return true;
        add(QByteArrayView(buf.constData(), n));
    }
}

QByteArray Sha256::result()
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx->md, reinterpret_cast<unsigned char *>(out.data()), &len);
    EVP_DigestInit_ex(m_ctx->md, EVP_sha256(), nullptr);
    return out;
}

} // namespace ow::core
