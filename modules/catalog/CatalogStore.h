#pragma once
// Which catalog a profile uses: the one built into the client, or a newer one installed from a
// file (or, later, from the central service). An install is checked in full first and switched in
// by atomic renames, so a power cut leaves either the old catalog or the new one, never half of
// each. Every installed version is kept: a case shows its checklist under the version it was
// accepted under.

#include "catalog/Catalog.h"

namespace ow::catalog {

struct CatalogInstall {
    QString version;
    QString previousVersion;
    int matters = 0;
    bool unchanged = false;  // the same version was installed already
};

class CatalogStore {
public:
    // `dir`: the profile's <data>/catalog (created on the first install).
    explicit CatalogStore(QString dir);

    // The newest good catalog: an installed one when it is newer than the built-in one. Loaded
    // once and then shared; an install replaces it.
    core::Result<std::shared_ptr<const Catalog>> current();
    // The catalog of `version` (built in or installed), for a case accepted under it.
    core::Result<std::shared_ptr<const Catalog>> version(const QString &version);
    // Checks `file` (with its parts) and installs it as one self-contained document. Refuses a
    // catalog with errors (all of them in the message) or one older than the current one.
    core::Result<CatalogInstall> install(const QString &file);
    [[nodiscard]] QStringList installedVersions() const;
    [[nodiscard]] const QString &dir() const { return m_dir; }

private:
    QString pathOf(const QString &version) const;

    QString m_dir;
    std::shared_ptr<const Catalog> m_current;
};

} // namespace ow::catalog
