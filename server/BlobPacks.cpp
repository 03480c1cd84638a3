#include "BlobPacks.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <fcntl.h>
#include <cstring>
#include <unistd.h>

namespace ow::central {

BlobPacks::BlobPacks(QString dir, qint64 rotateAt) : m_dir(std::move(dir)), m_rotateAt(rotateAt) {}

bool BlobPacks::openNew(QString *error)
{
    m_file.close();
    QDir().mkpath(m_dir);
    m_file.setFileName(QDir(m_dir).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".pack")));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (error) *error = m_file.errorString();
        return false;
    }
    // The new name must survive a power cut before the database points into the file.
    // (QFile does not open directories.)
    const int dir = ::open(QFile::encodeName(m_dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool synced = dir >= 0 && ::fsync(dir) == 0;
    const int err = errno;
    if (dir >= 0) ::close(dir);
    if (!synced) {
        if (error) *error = QString::fromLocal8Bit(std::strerror(err));
        m_file.close();
        m_file.remove();
        return false;
    }
    return true;
}

std::optional<BlobPacks::Placed> BlobPacks::append(const QList<QByteArrayView> &items, QString *error)
{
    m_lastStart = -1;
    if ((!m_file.isOpen() || m_file.size() >= m_rotateAt) && !openNew(error)) return std::nullopt;
    const qint64 start = m_file.size();
    Placed placed{QFileInfo(m_file).fileName(), {}};
    qint64 at = start;
    bool ok = m_file.seek(start);
    for (const QByteArrayView &item : items) {
        if (!ok) break;
        placed.offsets << at;
        ok = m_file.write(item.data(), item.size()) == item.size();
        at += item.size();
    }
    ok = ok && m_file.flush();
    const int syncErr = ok && ::fdatasync(m_file.handle()) != 0 ? errno : 0;
    if (!ok || syncErr) {
        if (error) *error = syncErr ? QString::fromLocal8Bit(std::strerror(syncErr)) : m_file.errorString();
        // Whatever part of the batch reached the file is cut off again, so the pack never holds
        // bytes of a batch that was answered "cannot store".
        m_file.unsetError();
        (void)m_file.resize(start);
        m_file.seek(start);
        return std::nullopt;
    }
    m_lastStart = start;
    return placed;
}

void BlobPacks::undoLast()
{
    if (m_lastStart < 0 || !m_file.isOpen()) return;
    (void)m_file.resize(m_lastStart);
    m_file.seek(m_lastStart);
    m_lastStart = -1;
}

std::optional<QByteArray> BlobPacks::read(const QString &pack, qint64 offset, qint64 size) const
{
    QFile f(QDir(m_dir).filePath(pack));
    if (pack.contains(QLatin1Char('/')) || !f.open(QIODevice::ReadOnly) || !f.seek(offset)) return std::nullopt;
    QByteArray bytes = f.read(size);
    if (bytes.size() != size) return std::nullopt;
    return bytes;
}

} // namespace ow::central
