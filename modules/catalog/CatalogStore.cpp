#include "catalog/CatalogStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace ow::catalog {
namespace {

const QString kPointer = QStringLiteral("current");

core::Error storeError(const QString &code, const QString &message, const QString &detail = {})
{
    return core::makeError(code, message, detail);
}

// The file and its parts as one document, so an installed version never depends on other files.
QByteArray merged(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QJsonObject top = QJsonDocument::fromJson(f.readAll()).object();
    QJsonArray matters = top.value(u"matters").toArray();
    const QDir dir = QFileInfo(file).dir();
    for (const QJsonValue &part : top.value(u"parts").toArray()) {
        QFile p(dir.filePath(part.toString()));
        if (!p.open(QIODevice::ReadOnly)) return {};
        for (const QJsonValue &m : QJsonDocument::fromJson(p.readAll()).object().value(u"matters").toArray()) matters.append(m);
    }
    top.remove(QStringLiteral("parts"));
    top[u"matters"] = matters;
    return QJsonDocument(top).toJson(QJsonDocument::Compact);
}

} // namespace

CatalogStore::CatalogStore(QString dir) : m_dir(std::move(dir)) {}

QString CatalogStore::pathOf(const QString &version) const
{
    return QDir(m_dir).filePath(QStringLiteral("catalog-%1.json").arg(version));
}

QStringList CatalogStore::installedVersions() const
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral("^catalog-(\\d+(\\.\\d+)*)\\.json$"));
    for (const QString &name : QDir(m_dir).entryList({QStringLiteral("catalog-*.json")}, QDir::Files)) {
        const auto m = re.match(name);
        if (m.hasMatch()) out << m.captured(1);
    }
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return Catalog::compareVersions(a, b) < 0; });
    return out;
}

core::Result<std::shared_ptr<const Catalog>> CatalogStore::current()
{
    if (m_current) return m_current;
    CatalogLoad bundled = Catalog::loadBundled();
    if (!bundled.ok())
        return storeError(QStringLiteral("catalog.bundled"),
                          QCoreApplication::translate("ow::catalog", "The built-in service catalog is damaged; reinstall the client."),
                          bundled.summary());
    m_current = bundled.catalog;
    QFile pointer(QDir(m_dir).filePath(kPointer));
    if (pointer.open(QIODevice::ReadOnly)) {
        const QString v = QString::fromUtf8(pointer.readAll()).trimmed();
        if (Catalog::compareVersions(v, m_current->version()) > 0) {
            // Checked in full when installed; a file damaged since then falls back to the built-in one.
            CatalogLoad installed = Catalog::load(pathOf(v), false);
            if (installed.ok()) m_current = installed.catalog;
            else qWarning("catalog: installed version %s cannot be loaded, using the built-in one: %s", qPrintable(v),
                          qPrintable(installed.summary(1)));
        }
    }
    return m_current;
}

core::Result<std::shared_ptr<const Catalog>> CatalogStore::version(const QString &v)
{
    auto cur = current();
    if (cur && cur.value()->version() == v) return cur;
    CatalogLoad bundled = Catalog::loadBundled();
    if (bundled.ok() && bundled.catalog->version() == v) return bundled.catalog;
    if (!QFileInfo::exists(pathOf(v)))
        return storeError(QStringLiteral("catalog.version-unknown"),
                          QCoreApplication::translate("ow::catalog", "Catalog version %1 is not on this workstation.").arg(v));
    CatalogLoad old = Catalog::load(pathOf(v), false);
    if (!old.ok())
        return storeError(QStringLiteral("catalog.version-damaged"),
                          QCoreApplication::translate("ow::catalog", "Catalog version %1 on this workstation is damaged.").arg(v), old.summary(1));
    return old.catalog;
}

core::Result<CatalogInstall> CatalogStore::install(const QString &file)
{
    CatalogLoad load = Catalog::load(file, true);
    if (!load.ok())
        return storeError(QStringLiteral("catalog.invalid"),
                          QCoreApplication::translate("ow::catalog", "The catalog in %1 has %n error(s) and was not installed:\n%2", nullptr,
                                                      int(load.errors.size()))
                              .arg(QFileInfo(file).fileName(), load.summary(10)));
    if (load.catalog->isPart())
        return storeError(QStringLiteral("catalog.part"),
                          QCoreApplication::translate("ow::catalog", "%1 is one part of a catalog, without a version: install the catalog file that lists it.")
                              .arg(QFileInfo(file).fileName()));
    auto cur = current();
    if (!cur) return cur.error();
    CatalogInstall result{load.catalog->version(), cur.value()->version(), int(load.catalog->matters().size()), false};
    const int cmp = Catalog::compareVersions(result.version, result.previousVersion);
    if (cmp == 0) {
        result.unchanged = true;
        return result;
    }
    if (cmp < 0)
        return storeError(QStringLiteral("catalog.older"),
                          QCoreApplication::translate("ow::catalog", "Catalog %1 is older than the one in use (%2) and was not installed.")
                              .arg(result.version, result.previousVersion));
    if (!QDir().mkpath(m_dir))
        return storeError(QStringLiteral("catalog.write"), QCoreApplication::translate("ow::catalog", "Cannot create the catalog folder %1.").arg(m_dir));
    const QByteArray bytes = merged(file);
    if (bytes.isEmpty())
        return storeError(QStringLiteral("catalog.read"),
                          QCoreApplication::translate("ow::catalog", "The catalog in %1 could not be read again to install it.").arg(QFileInfo(file).fileName()));
    auto write = [&](const QString &path, const QByteArray &data) -> core::Status {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
            return storeError(QStringLiteral("catalog.write"),
                              QCoreApplication::translate("ow::catalog", "Cannot write the catalog to %1: %2").arg(path, out.errorString()));
        return {};
    };
    // The version file first, the pointer last: the switch is the pointer's atomic rename.
    if (auto s = write(pathOf(result.version), bytes); !s) return s.error();
    // What is on disk now is what the pointer will name: it must be the catalog just checked
    // (the source could have changed between the check and the copy).
    const CatalogLoad written = Catalog::load(pathOf(result.version), false);
    if (!written.ok() || written.catalog->version() != result.version || int(written.catalog->matters().size()) != result.matters ||
        written.catalog->digest().isEmpty()) {
        QFile::remove(pathOf(result.version));
        return storeError(QStringLiteral("catalog.changed"),
                          QCoreApplication::translate("ow::catalog", "The catalog in %1 changed while it was being installed; nothing was installed.")
                              .arg(QFileInfo(file).fileName()));
    }
    if (auto s = write(QDir(m_dir).filePath(kPointer), result.version.toUtf8() + '\n'); !s) return s.error();
    m_current = load.catalog;
    return result;
}

} // namespace ow::catalog
