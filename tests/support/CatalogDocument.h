#pragma once
// A self-contained catalog document of a given version, as the central service serves it from
// streams/catalog.json: the catalog fixture with its part merged in (through CatalogStore, the
// same merge the client does). Needs OW_CATALOG_FIXTURES and the catalog module.

#include "TestSupport.h"
#include "catalog/CatalogStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::test {

inline QJsonObject catalogDocument(const QString &version)
{
    TempDir scratch;
    QFile in(QStringLiteral(OW_CATALOG_FIXTURES "/good.json"));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
    o[u"version"] = version;
    REQUIRE(QFile::copy(QStringLiteral(OW_CATALOG_FIXTURES "/good-part.json"), scratch.file("good-part.json")));
    QFile out(scratch.file("update.json"));
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(o).toJson());
    out.close();
    catalog::CatalogStore store(scratch.file("catalog"));
    REQUIRE(store.install(out.fileName()));
    QFile merged(QDir(scratch.file("catalog")).filePath(QStringLiteral("catalog-%1.json").arg(version)));
    REQUIRE(merged.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(merged.readAll()).object();
}

} // namespace ow::test
