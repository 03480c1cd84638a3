#include "storage/Migrations.h"

namespace ow::storage {

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
INSERT INTO meta(key, value) VALUES ('created_by', 'onewindow');
)sql"},
    };
    return list;
}

} // namespace ow::storage
