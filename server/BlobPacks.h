#pragma once
// Where onewindow-central keeps small blobs (photos, signatures): appended one after another to
// a pack file under blobs/packs/, a new pack per server start and every 1 GiB. A batch upload is
// one append and one fdatasync, with no new file or directory entry, where a file per photo cost
// a create, a rename and a directory flush each. The database says which pack and offset hold a
// blob; bytes past the last recorded offset (a crash between the write and the commit) are
// never pointed at and cost only their space.

#include <QByteArrayView>
#include <QFile>
#include <QList>
#include <QString>

#include <optional>

namespace ow::central {

class BlobPacks {
public:
    explicit BlobPacks(QString dir, qint64 rotateAt = qint64(1) << 30);

    struct Placed {
        QString pack;           // file name under the packs folder
        QList<qint64> offsets;  // one per item
    };
    // Appends `items` and makes them durable. On failure (a full disk) nothing of the batch is
    // left behind and `error` says why.
    std::optional<Placed> append(const QList<QByteArrayView> &items, QString *error);
    // Takes back the last append (its recording in the database failed).
    void undoLast();
    // The bytes of one blob; nullopt when they cannot be read.
    std::optional<QByteArray> read(const QString &pack, qint64 offset, qint64 size) const;

private:
    bool openNew(QString *error);

    QString m_dir;
    qint64 m_rotateAt;
    QFile m_file;
    qint64 m_lastStart = -1;
};

} // namespace ow::central
