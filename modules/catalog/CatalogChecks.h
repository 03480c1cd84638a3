#pragma once
// Whole-catalog checks, run after every field has been read: references between questions,
// their order and cycles, values against options, and (deep) reachability of every question and
// material by walking the answer paths.

#include "catalog/Catalog.h"

namespace ow::catalog {

// Paths walked per matter by the deep check; a larger matter is checked up to this bound only.
inline constexpr qint64 kReachabilityBound = 500'000;

void checkCatalog(const Catalog &catalog, QList<CatalogError> &errors, bool deep);

} // namespace ow::catalog
