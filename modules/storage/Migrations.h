#pragma once
// Numbered, append-only schema migrations: never edit a shipped one, add the next.

#include <QList>

namespace ow::storage {

struct Migration {
    int version;
    const char *sql;
};

const QList<Migration> &migrations();

} // namespace ow::storage
