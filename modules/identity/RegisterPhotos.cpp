#include "identity/RegisterPhotos.h"

#include "core/IdNumber.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::identity {

LocalRegisterPhotoSource::LocalRegisterPhotoSource(QStringList dirs) : m_dirs(std::move(dirs)) {}

QString LocalRegisterPhotoSource::name() const
{
    return QCoreApplication::translate("ow::identity", "local register folder");
}

core::Result<core::IdCard> LocalRegisterPhotoSource::lookup(const QString &idNumber) const
{
    const QString id = core::IdNumber::normalize(idNumber);
    QDir dir;
    QString photoPath;
    for (const QString &d : m_dirs) {
        for (const char *ext : {"jpg", "jpeg", "png"}) {
            const QString p = QDir(d).filePath(QStringLiteral("%1.%2").arg(id, QLatin1String(ext)));
            if (QFile::exists(p)) {
                photoPath = p;
                dir = QDir(d);
                break;
            }
        }
        if (!photoPath.isEmpty()) break;
    }
    if (photoPath.isEmpty())
        return core::makeError(QStringLiteral("register.not_found"),
                               QCoreApplication::translate("ow::identity", "The register has no photo for %1.")
                                   .arg(core::IdNumber::mask(id)),
                               QStringLiteral("no %1.jpg/.png in %2").arg(core::IdNumber::mask(id), m_dirs.join(u';')));
    core::IdCard card;
    card.idNumber = id;
    QImageReader reader(photoPath);
    card.photo = reader.read();
    if (card.photo.isNull())
        return core::makeError(QStringLiteral("register.unreadable"),
                               QCoreApplication::translate("ow::identity", "The register photo cannot be read."),
                               reader.errorString());
    if (auto parsed = core::IdNumber::parse(id, QDate::currentDate())) {
        card.birthDate = parsed.value().birthDate();
        card.gender = parsed.value().gender();
    }
    QFile json(dir.filePath(id + QStringLiteral(".json")));
    if (json.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
        card.name = o.value(QStringLiteral("name")).toString();
        card.nationCode = o.value(QStringLiteral("nationCode")).toString();
        card.address = o.value(QStringLiteral("address")).toString();
    }
    return card;
}

} // namespace ow::identity
