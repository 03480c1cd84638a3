#include "storage/Cases.h"

#include "core/IdNumber.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/Statement.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ow::storage {
namespace {

QString isoUtc(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QDateTime fromIso(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// Associated data: a sealed field only opens in its own column of its own case.
QByteArray ad(const char *column, const QString &caseNumber)
{
    return QByteArray("case.") + column + ':' + caseNumber.toUtf8();
}

QByteArray sealOrNull(const Vault &v, const QString &value, const char *column, const QString &caseNumber)
{
    return value.isEmpty() ? QByteArray() : v.sealText(value, ad(column, caseNumber));
}

QByteArray indexOrNull(const Vault &v, const char *domain, const QString &value)
{
    return value.isEmpty() ? QByteArray() : v.blindIndex(domain, value);
}

constexpr const char *kColumns =
    "id, case_number, status, matter_code, catalog_version, officer, created_at, updated_at, version, "
    "name_enc, id_number_enc, address_enc, phone_enc, payload_enc, urgent, deadline";

// An officer types the reason freely and may paste an ID or phone number into it; the audit
// log must never hold one in clear.
QString scrubbed(const QString &reason)
{
    static const QRegularExpression id(QStringLiteral("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])"));
    static const QRegularExpression phone(QStringLiteral("(?<![0-9])1[3-9][0-9]{9}(?![0-9])"));
    QString out = reason.simplified();
    // Replaced from the end so that a mask of another length cannot shift the later matches.
    auto maskAll = [&out](const QRegularExpression &re, const auto &mask) {
        QList<QRegularExpressionMatch> found;
        for (auto it = re.globalMatch(out); it.hasNext();) found << it.next();
        for (auto m = found.crbegin(); m != found.crend(); ++m)
            out.replace(m->capturedStart(), m->capturedLength(), mask(m->captured()));
    };
    maskAll(id, [](const QString &s) { return core::IdNumber::mask(s); });
    maskAll(phone, [](const QString &s) { return s.left(3) + QStringLiteral("****") + s.right(4); });
    return out;
}

} // namespace

QString normalizeName(const QString &name)
{
    QString n = name.trimmed();
    n.remove(QRegularExpression(QStringLiteral("\\s+")));
    return n;
}

QString normalizePhone(const QString &phone)
{
    QString digits;
    for (QChar c : phone)
        if (c.isDigit()) digits.append(QChar(u'0' + c.digitValue()));
    if (digits.startsWith(u"0086")) digits.remove(0, 4);
    else if (digits.startsWith(u"86") && digits.size() == 13) digits.remove(0, 2);
    return digits;
}

CaseStore::CaseStore(Database &db, std::shared_ptr<const Vault> vault, AuditLog &audit, QString counterNumber,
                     bool practice, const core::Clock &clock)
    : m_db(db), m_vault(std::move(vault)), m_audit(audit), m_counter(std::move(counterNumber)), m_practice(practice),
      m_clock(clock)
{
}

QString CaseStore::caseNumberFor(QDate day, int sequence) const
{
    // P20261121-01-00042 in practice, 20261121-01-00042 for real.
    return QStringLiteral("%1%2-%3-%4")
        .arg(m_practice ? QStringLiteral("P") : QString(), day.toString(QStringLiteral("yyyyMMdd")), m_counter)
        .arg(sequence, 5, 10, QChar(u'0'));
}

core::Result<QString> CaseStore::nextCaseNumber(QDate day)
{
    const QString key = day.toString(Qt::ISODate);
    Statement up(m_db, "INSERT INTO case_sequence(day, next) VALUES (?1, 2) "
                       "ON CONFLICT(day) DO UPDATE SET next = next + 1 RETURNING next - 1");
    up.bind(1, key);
    auto r = up.step();
    if (!r) return r.error();
    const int seq = int(up.int64(0));
    (void)up.exec();
    return caseNumberFor(day, seq);
}

core::Status CaseStore::insert(CaseRecord &c, const QString &officer)
{
    const QDateTime now = m_clock.now().toUTC();
    auto number = nextCaseNumber(m_clock.now().date());
    if (!number) return number.error();
    c.caseNumber = number.value();
    c.officer = officer;
    if (!c.createdAt.isValid()) c.createdAt = now;
    if (!c.updatedAt.isValid()) c.updatedAt = c.createdAt;
    const Vault &v = *m_vault;
    auto idNum = core::IdNumber::parse(c.idNumber, m_clock.today());
    const QString idKey = idNum ? idNum.value().text() : c.idNumber.trimmed().toUpper();

    Statement st(m_db, "INSERT INTO case_record(case_number, status, matter_code, catalog_version, officer, created_at, "
                       "updated_at, version, id_hash, name_hash, phone_hash, name_enc, id_number_enc, address_enc, "
                       "phone_enc, payload_enc, urgent, deadline) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                       "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
    st.bind(1, c.caseNumber).bind(2, core::caseStatusKey(c.status)).bind(3, c.matterCode).bind(4, c.catalogVersion);
    st.bind(5, c.officer).bind(6, isoUtc(c.createdAt)).bind(7, isoUtc(c.updatedAt)).bind(8, c.version);
    st.bind(9, indexOrNull(v, "id", idKey));
    st.bind(10, indexOrNull(v, "name", normalizeName(c.applicantName)));
    st.bind(11, indexOrNull(v, "phone", normalizePhone(c.phone)));
    st.bind(12, sealOrNull(v, c.applicantName, "name", c.caseNumber));
    st.bind(13, sealOrNull(v, c.idNumber, "id_number", c.caseNumber));
    st.bind(14, sealOrNull(v, c.address, "address", c.caseNumber));
    st.bind(15, sealOrNull(v, c.phone, "phone", c.caseNumber));
    st.bind(16, v.seal(QJsonDocument(c.payload).toJson(QJsonDocument::Compact), ad("payload", c.caseNumber)));
    st.bind(17, c.urgent ? 1 : 0);
    if (c.deadline.isValid()) st.bind(18, c.deadline.toString(Qt::ISODate));
    else st.bindNull(18);
    if (auto r = st.exec(); !r) return r;
    c.id = m_db.lastInsertId();

    // The central service learns of the case through the outbox (sync module), sealed as well.
    QJsonObject op{{"caseNumber", c.caseNumber}, {"status", core::caseStatusKey(c.status)}};
    auto queued = enqueueOutbox(m_db, v, QStringLiteral("case"), c.caseNumber, 0, op, now);
    if (!queued) return queued.error();
    return {};
}

core::Result<CaseRecord> CaseStore::create(CaseRecord draft, const QString &officer)
{
    Transaction tx(m_db);
    if (!tx.begun()) return tx.begun().error();
    if (auto st = insert(draft, officer); !st) return st.error();
    if (auto st = m_audit.append({officer, audit::kCaseCreate, draft.caseNumber,
                                  QStringLiteral("matter %1, applicant %2")
                                      .arg(draft.matterCode, core::IdNumber::mask(draft.idNumber))});
        !st)
        return st.error();
    if (auto st = tx.commit(); !st) return st.error();
    return draft;
}

core::Status CaseStore::createAll(QList<CaseRecord> &cases, const QString &officer)
{
    Transaction tx(m_db);
    if (!tx.begun()) return tx.begun();
    for (CaseRecord &c : cases) {
        if (auto st = insert(c, officer); !st) return st;
        if (auto st = m_audit.append({officer, audit::kCaseCreate, c.caseNumber,
                                      QStringLiteral("matter %1, applicant %2, %3")
                                          .arg(c.matterCode, core::IdNumber::mask(c.idNumber), core::caseStatusKey(c.status))});
            !st)
            return st;
    }
    return tx.commit();
}

core::Status CaseStore::createMany(QList<CaseRecord> &cases, const QString &officer, const QString &auditDetail)
{
    Transaction tx(m_db);
    if (!tx.begun()) return tx.begun();
    for (CaseRecord &c : cases)
        if (auto st = insert(c, officer); !st) return st;
    if (!cases.isEmpty()) {
        if (auto st = m_audit.append({officer, audit::kCaseCreate,
                                      QStringLiteral("%1 .. %2").arg(cases.first().caseNumber, cases.last().caseNumber),
                                      auditDetail});
            !st)
            return st;
    }
    return tx.commit();
}

core::Result<CaseRecord> CaseStore::read(const Statement &st) const
{
    CaseRecord c;
    c.id = st.int64(0);
    c.caseNumber = st.text(1);
    c.status = core::caseStatusFromKey(st.text(2)).value_or(core::CaseStatus::Draft);
    c.matterCode = st.text(3);
    c.catalogVersion = st.text(4);
    c.officer = st.text(5);
    c.createdAt = fromIso(st.text(6));
    c.updatedAt = fromIso(st.text(7));
    c.version = int(st.int64(8));
    const Vault &v = *m_vault;
    struct Field {
        int col;
        const char *name;
        QString *into;
    };
    for (const Field &f : {Field{9, "name", &c.applicantName}, Field{10, "id_number", &c.idNumber},
                           Field{11, "address", &c.address}, Field{12, "phone", &c.phone}}) {
        if (st.isNull(f.col)) continue;
        auto plain = v.openText(st.blob(f.col), ad(f.name, c.caseNumber));
        if (!plain) return plain.error();
        *f.into = plain.value();
    }
    auto payload = v.open(st.blob(13), ad("payload", c.caseNumber));
    if (!payload) return payload.error();
    c.payload = QJsonDocument::fromJson(payload.value()).object();
    c.urgent = st.int64(14) != 0;
    if (!st.isNull(15)) c.deadline = QDate::fromString(st.text(15), Qt::ISODate);
    return c;
}

core::Result<std::optional<CaseRecord>> CaseStore::findByNumber(const QString &caseNumber)
{
    static const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM case_record WHERE case_number = ?1";
    Statement st(m_db, sql.constData());
    st.bind(1, caseNumber.trimmed().toUpper());
    auto r = st.step();
    if (!r) return r.error();
    if (!r.value()) return std::optional<CaseRecord>();
    auto c = read(st);
    if (!c) return c.error();
    return std::optional<CaseRecord>(c.value());
}

core::Result<QList<CaseRecord>> CaseStore::findByHash(const char *sql, const QByteArray &hash, int limit)
{
    Statement st(m_db, sql);
    st.bind(1, hash).bind(2, limit);
    QList<CaseRecord> out;
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (!r.value()) break;
        auto c = read(st);
        if (!c) return c.error();
        out << c.value();
    }
    return out;
}

core::Result<QList<CaseRecord>> CaseStore::findByIdNumber(const QString &idNumber, int limit)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM case_record WHERE id_hash = ?1 ORDER BY created_at DESC LIMIT ?2";
    auto id = core::IdNumber::parse(idNumber, m_clock.today());
    const QString key = id ? id.value().text() : idNumber.trimmed().toUpper();
    return findByHash(sql.constData(), m_vault->blindIndex("id", key), limit);
}

core::Result<QList<CaseRecord>> CaseStore::findByName(const QString &name, int limit)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM case_record WHERE name_hash = ?1 ORDER BY created_at DESC LIMIT ?2";
    return findByHash(sql.constData(), m_vault->blindIndex("name", normalizeName(name)), limit);
}

core::Result<QList<CaseRecord>> CaseStore::findByPhone(const QString &phone, int limit)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM case_record WHERE phone_hash = ?1 ORDER BY created_at DESC LIMIT ?2";
    return findByHash(sql.constData(), m_vault->blindIndex("phone", normalizePhone(phone)), limit);
}

core::Result<QList<CaseRecord>> CaseStore::findByStatus(core::CaseStatus status, int limit)
{
    // Served by the index case_record_status(status, created_at).
    static const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM case_record WHERE status = ?1 ORDER BY created_at LIMIT ?2";
    Statement st(m_db, sql.constData());
    st.bind(1, core::caseStatusKey(status)).bind(2, limit);
    QList<CaseRecord> out;
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (!r.value()) break;
        auto c = read(st);
        if (!c) return c.error();
        out << c.value();
    }
    return out;
}

core::Result<qint64> CaseStore::count()
{
    Statement st(m_db, "SELECT count(*) FROM case_record");
    auto r = st.step();
    if (!r) return r.error();
    return st.int64(0);
}

core::Status CaseStore::enqueue(const QString &caseNumber, int baseVersion, const QJsonObject &op)
{
    auto queued = enqueueOutbox(m_db, *m_vault, QStringLiteral("case"), caseNumber, baseVersion, op, m_clock.now());
    if (!queued) return queued.error();
    return {};
}

core::Result<CaseStore::StoredState> CaseStore::storedState(const QString &number)
{
    Statement cur(m_db, "SELECT status, version, urgent FROM case_record WHERE case_number = ?1");
    cur.bind(1, number);
    auto found = cur.step();
    if (!found) return found.error();
    if (!found.value())
        return core::makeError(QStringLiteral("storage.case_not_found"),
                               QCoreApplication::translate("ow::storage", "Case %1 was not found.").arg(number));
    return StoredState{cur.text(0), int(cur.int64(1)), cur.int64(2) != 0};
}

core::Result<CaseRecord> CaseStore::transition(const QString &caseNumber, core::CaseStatus to, const QString &officer,
                                               const QString &reason, int expectedVersion)
{
    const QString number = caseNumber.trimmed().toUpper();
    const QString why = reason.trimmed();
    // BEGIN IMMEDIATE takes the write lock before the read, so the status and version checked
    // below are still the stored ones when the update runs.
    Transaction tx(m_db);
    if (!tx.begun()) return tx.begun().error();
    auto state = storedState(number);
    if (!state) return state.error();
    const QString fromKey = state->status;
    const int version = state->version;
    const auto from = core::caseStatusFromKey(fromKey);
    if (!from)
        return core::makeError(QStringLiteral("storage.transition_not_allowed"),
                               QCoreApplication::translate("ow::storage", "Case %1 has an unknown status.").arg(number),
                               QStringLiteral("status '%1'").arg(fromKey));
    if (version != expectedVersion)
        return core::makeError(
            QStringLiteral("storage.version_conflict"),
            QCoreApplication::translate("ow::storage",
                                        "Case %1 was changed by someone else after you opened it. Open it again "
                                        "and check its status before changing it.")
                .arg(number),
            QStringLiteral("expected version %1, stored %2").arg(expectedVersion).arg(version));
    if (!core::caseTransitionAllowed(*from, to))
        return core::makeError(QStringLiteral("storage.transition_not_allowed"),
                               QCoreApplication::translate("ow::storage", "A case that is %1 cannot become %2.")
                                   .arg(core::caseStatusDisplayName(*from), core::caseStatusDisplayName(to)),
                               QStringLiteral("%1->%2").arg(fromKey, core::caseStatusKey(to)));
    if (core::caseTransitionNeedsReason(to) && why.isEmpty())
        return core::makeError(QStringLiteral("storage.reason_required"),
                               QCoreApplication::translate("ow::storage", "Give the reason why the case becomes %1.")
                                   .arg(core::caseStatusDisplayName(to)));

    const QDateTime now = m_clock.now().toUTC();
    Statement up(m_db, "UPDATE case_record SET status = ?1, updated_at = ?2, version = version + 1 "
                       "WHERE case_number = ?3 AND version = ?4");
    up.bind(1, core::caseStatusKey(to)).bind(2, isoUtc(now)).bind(3, number).bind(4, version);
    if (auto st = up.exec(); !st) return st.error();

    const QString toKey = core::caseStatusKey(to);
    QJsonObject op{{"op", "transition"}, {"caseNumber", number}, {"from", fromKey}, {"status", toKey}};
    if (!why.isEmpty()) op.insert(QStringLiteral("reason"), why);
    if (auto st = enqueue(number, version, op); !st) return st.error();
    QString detail = QStringLiteral("%1->%2").arg(fromKey, toKey);
    if (!why.isEmpty()) detail += QStringLiteral(": ") + scrubbed(why);
    if (auto st = m_audit.append({officer, audit::kCaseTransition, number, detail}); !st) return st.error();

    auto stored = findByNumber(number);
    if (!stored) return stored.error();
    if (auto st = tx.commit(); !st) return st.error();
    return *stored.value();
}

core::Status CaseStore::applyCentralStatus(const QString &caseNumber, core::CaseStatus status, int version,
                                          const QString &by, bool onlyIfNewer)
{
    const QString number = caseNumber.trimmed().toUpper();
    std::optional<Transaction> tx;
    if (!m_db.inTransaction()) {
        tx.emplace(m_db);
        if (!tx->begun()) return tx->begun();
    }
    auto state = storedState(number);
    if (!state) return state.error();
    if (onlyIfNewer && state->version >= version) return {};
    const QString toKey = core::caseStatusKey(status);
    Statement up(m_db, "UPDATE case_record SET status = ?1, version = ?2, updated_at = ?3 WHERE case_number = ?4");
    up.bind(1, toKey).bind(2, version).bind(3, isoUtc(m_clock.now())).bind(4, number);
    if (auto st = up.exec(); !st) return st;
    if (auto st = m_audit.append({by, audit::kCaseCentralStatus, number,
                                  QStringLiteral("%1->%2 v%3").arg(state->status, toKey).arg(version)});
        !st)
        return st;
    return tx ? tx->commit() : core::Status{};
}

core::Status CaseStore::setUrgent(const QString &caseNumber, bool urgent, const QString &officer)
{
    const QString number = caseNumber.trimmed().toUpper();
    Transaction tx(m_db);
    if (!tx.begun()) return tx.begun();
    auto state = storedState(number);
    if (!state) return state.error();
    const int version = state->version;
    if (state->urgent == urgent) return {};  // nothing changes, nothing to audit

    Statement up(m_db, "UPDATE case_record SET urgent = ?1, updated_at = ?2 WHERE case_number = ?3");
    up.bind(1, urgent ? 1 : 0).bind(2, isoUtc(m_clock.now())).bind(3, number);
    if (auto st = up.exec(); !st) return st;
    if (auto st = enqueue(number, version, QJsonObject{{"op", "urgent"}, {"caseNumber", number}, {"urgent", urgent}});
        !st)
        return st;
    if (auto st = m_audit.append({officer, audit::kCaseUrgent, number,
                                  urgent ? QStringLiteral("urgent") : QStringLiteral("not urgent")});
        !st)
        return st;
    return tx.commit();
}

core::Result<QList<CaseDeadline>> CaseStore::openCasesByDeadline(int limit)
{
    // The WHERE repeats the partial index case_record_open_deadline (migration 4) word for word.
    Statement st(m_db, "SELECT case_number, status, matter_code, deadline, urgent FROM case_record "
                       "WHERE deadline IS NOT NULL AND status NOT IN ('collected', 'mailed', 'refused', 'withdrawn') "
                       "ORDER BY deadline LIMIT ?1");
    st.bind(1, limit);
    QList<CaseDeadline> out;
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (!r.value()) break;
        CaseDeadline d;
        d.caseNumber = st.text(0);
        d.status = core::caseStatusFromKey(st.text(1)).value_or(core::CaseStatus::Draft);
        d.matterCode = st.text(2);
        d.deadline = QDate::fromString(st.text(3), Qt::ISODate);
        d.urgent = st.int64(4) != 0;
        out << d;
    }
    return out;
}

DraftStore::DraftStore(Database &db, std::shared_ptr<const Vault> vault, const core::Clock &clock)
    : m_db(db), m_vault(std::move(vault)), m_clock(clock)
{
}

core::Status DraftStore::save(const QString &key, const QString &officer, const QJsonObject &payload)
{
    Statement st(m_db, "INSERT INTO draft(draft_key, officer, updated_at, payload_enc) VALUES (?1, ?2, ?3, ?4) "
                       "ON CONFLICT(draft_key) DO UPDATE SET officer = ?2, updated_at = ?3, payload_enc = ?4");
    st.bind(1, key).bind(2, officer).bind(3, isoUtc(m_clock.now()));
    st.bind(4, m_vault->seal(QJsonDocument(payload).toJson(QJsonDocument::Compact), QByteArray("draft:") + key.toUtf8()));
    return st.exec();
}

core::Result<std::optional<QJsonObject>> DraftStore::load(const QString &key)
{
    Statement st(m_db, "SELECT payload_enc FROM draft WHERE draft_key = ?1");
    st.bind(1, key);
    auto r = st.step();
    if (!r) return r.error();
    if (!r.value()) return std::optional<QJsonObject>();
    auto plain = m_vault->open(st.blob(0), QByteArray("draft:") + key.toUtf8());
    if (!plain) return plain.error();
    return std::optional<QJsonObject>(QJsonDocument::fromJson(plain.value()).object());
}

core::Status DraftStore::remove(const QString &key)
{
    Statement st(m_db, "DELETE FROM draft WHERE draft_key = ?1");
    st.bind(1, key);
    return st.exec();
}

core::Result<QStringList> DraftStore::keysOf(const QString &officer)
{
    Statement st(m_db, "SELECT draft_key FROM draft WHERE officer = ?1 ORDER BY updated_at DESC");
    st.bind(1, officer);
    QStringList keys;
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (!r.value()) break;
        keys << st.text(0);
    }
    return keys;
}

} // namespace ow::storage
