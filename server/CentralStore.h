#pragma once
// onewindow-central's data, through QtSql: SQLite (QSQLITE) by default, PostgreSQL (QPSQL) for a
// deployment that outgrows one machine. The SQL is the common subset of both; the one difference
// that matters (the type of a byte-exact text column is TEXT in both) needs no dialect switch, so
// `Dialect` only decides the connection and the pragmas.

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace ow::central {

// What one pushed operation came to (docs/sync-protocol.md, "Push").
struct OpResult {
    QString opId;
    QString result;  // applied, duplicate, conflict, rejected
    int serverVersion = 0;
    QString serverStatus;
    QString code;    // rejected/conflict: a stable reason code
    QString reason;  // rejected/conflict: English explanation
    [[nodiscard]] QJsonObject toJson() const;
};

class CentralStore {
public:
    enum class Dialect { Sqlite, Postgres };

    // `url`: a file path (SQLite) or postgres://user@host:port/dbname (QPSQL).
    static std::optional<CentralStore> open(const QString &url, QString *error);
    CentralStore(CentralStore &&) noexcept;
    ~CentralStore();

    [[nodiscard]] Dialect dialect() const { return m_dialect; }

    // Applies a batch of operations pushed by `workstation` in one transaction: each op id once,
    // in order. A failed commit leaves nothing applied (the client sends the batch again).
    std::optional<QList<OpResult>> push(const QString &workstation, const QJsonArray &ops, QString *error);

    // Blobs: the row is written once the bytes are complete and verified.
    bool recordBlob(const QString &sha256, qint64 size);
    // Small blobs of one batch upload, stored one after another in the pack file `pack` (a name
    // under blobs/packs/): recorded in one transaction once the pack is on disk.
    struct PackedBlob {
        QString sha256;
        qint64 offset = 0;
        qint64 size = 0;
    };
    bool recordPackedBlobs(const QString &pack, const QList<PackedBlob> &blobs);
    // Which of `sha256s` the service holds complete (loose files and packed alike).
    QSet<QString> heldBlobs(const QStringList &sha256s);
    // Every blob held: SHA-256 -> [size, pack or "" for a loose file, offset].
    QList<std::pair<QString, PackedBlob>> allBlobs(QStringList *packs);
    // Where a packed blob is; nullopt for a loose file or an unknown blob.
    std::optional<std::pair<QString, PackedBlob>> packedBlob(const QString &sha256);

    // Pull streams kept in tables: "appointments", "case-status". Items after `cursor` (exclusive),
    // oldest first, at most `limit`; the new cursor is the last item's sequence.
    // case-status leaves out changes `workstation` pushed itself.
    QJsonObject pull(const QString &stream, qint64 cursor, int limit, const QString &workstation = QString());

    // Back office and admin.
    std::optional<OpResult> moveCaseStatus(const QString &caseNumber, const QString &status, QString *error);
    bool addAppointment(const QJsonObject &appointment, QString *error);
    bool addEnrolmentCode(const QString &codeHash, const QString &workstation, const QString &expiresAt);
    // The workstation of an unused, unexpired code, marked used; nullopt otherwise.
    std::optional<QString> useEnrolmentCode(const QString &codeHash, const QString &nowIso);
    QJsonObject counts();
    QJsonArray listCases(int limit);
    QJsonArray listNotifications(int limit);
    // For the integration tests: case number -> payload SHA-256 of every case held.
    QJsonObject caseHashes();

private:
    CentralStore(QString connection, Dialect dialect);
    bool migrate(QString *error);
    qint64 nextSeq();
    qint64 reserveSeq(qint64 count);
    // The op applied to its case; nullopt (and `error`) when the database cannot write, which
    // aborts the whole batch (a full disk must not leave an op remembered without its case).
    // Case number -> (version, status) of the cases a push touches, as they stand in the batch.
    using CaseStates = QHash<QString, std::pair<int, QString>>;
    std::optional<OpResult> applyCase(const QString &workstation, const QJsonObject &op, const QString &payload,
                                      const QString &payloadSha, CaseStates &cases, QString *error);
    // Runs `sqlWithIn` (with %1 where the IN list goes) for `values`, a hundred at a time, and
    // calls `row` for every row.
    bool lookUp(const QString &sqlWithIn, const QStringList &values, const std::function<void(const QSqlQuery &)> &row,
                QString *error);
    [[nodiscard]] QSqlDatabase db() const;
    // The hot statements of a push, prepared once per connection and run again with new values:
    // preparing costs as much as running on both databases. nullptr (and `error`) on failure;
    // the query stays valid until the next call with the same SQL.
    QSqlQuery *exec(const QString &sql, const QVariantList &args, QString *error = nullptr);

    QString m_connection;
    Dialect m_dialect = Dialect::Sqlite;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
    qint64 m_seqNext = 0;  // numbers reserved for the push in progress: m_seqNext..m_seqLast
    qint64 m_seqLast = 0;
};

} // namespace ow::central
