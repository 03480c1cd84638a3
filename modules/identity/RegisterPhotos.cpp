#include "identity/RegisterPhotos.h"

#include "core/IdNumber.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ow::identity {

core::Result<core::IdCard> RegisterPhotoSource::lookupTraced(const QString &idNumber, QList<RegisterLookupStep> *steps) const
{
    auto r = lookup(idNumber);
    if (steps) steps->append({key(), name(), r ? QString() : r.error().code, r ? QString() : r.error().message});
    return r;
}

ChainRegisterPhotoSource::ChainRegisterPhotoSource(QList<std::shared_ptr<const RegisterPhotoSource>> sources)
    : m_sources(std::move(sources))
{
}

QString ChainRegisterPhotoSource::name() const
{
    QStringList names;
    for (const auto &s : m_sources) names << s->name();
    return names.join(QStringLiteral(", "));
}

QString ChainRegisterPhotoSource::key() const
{
    QStringList keys;
    for (const auto &s : m_sources) keys << s->key();
    return keys.join(u'+');
}

core::Result<core::IdCard> ChainRegisterPhotoSource::lookup(const QString &idNumber) const
{
    return lookupTraced(idNumber, nullptr);
}

core::Result<core::IdCard> ChainRegisterPhotoSource::lookupTraced(const QString &idNumber, QList<RegisterLookupStep> *steps) const
{
    QList<core::Error> errors;
    QStringList answers;
    QStringList details;
    for (const auto &source : m_sources) {
        auto r = source->lookupTraced(idNumber, steps);
        if (r) return r;
        errors << r.error();
        answers << QCoreApplication::translate("ow::identity", "%1: %2").arg(source->name(), r.error().message);
        details << QStringLiteral("%1: %2 %3").arg(source->name(), r.error().code, r.error().detail);
    }
    if (errors.isEmpty())
        return core::makeError(QStringLiteral("register.not_found"),
                               QCoreApplication::translate("ow::identity", "The register has no photo for %1.")
                                   .arg(core::IdNumber::mask(core::IdNumber::normalize(idNumber))),
                               QStringLiteral("no register photo source"));
    if (errors.size() == 1) return errors.first();
    // The officer needs to know why the central register did not help (no network, not enrolled)
    // as much as that the local folders had nobody: one line per source.
    auto telling = std::find_if(errors.cbegin(), errors.cend(), [](const core::Error &e) { return e.code != u"register.not_found"; });
    const QString code = telling == errors.cend() ? QStringLiteral("register.not_found") : telling->code;
    return core::makeError(code, answers.join(u'\n'), details.join(QStringLiteral("; ")));
}

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
