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
        {2, R"sql(
-- Officers and their key slots. Officer names are staff data shown on the login screen;
-- citizens' data never appears outside *_enc columns.
CREATE TABLE officer (
    id              INTEGER PRIMARY KEY,
    number          TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    roles           TEXT NOT NULL,              -- comma list: officer,supervisor,trainer,admin
    active          INTEGER NOT NULL DEFAULT 1,
    demo            INTEGER NOT NULL DEFAULT 0, -- practice demo account, listed on its login screen
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,                       -- ISO UTC; lockout after repeated failures
    created_at      TEXT NOT NULL,
    password_changed_at TEXT NOT NULL
) STRICT;

-- The profile's data key, wrapped once per officer with a key derived from that officer's
-- password (Argon2id). `verifier` is the second half of the same derivation: it checks the
-- password without trying to unwrap.
CREATE TABLE key_slot (
    officer_id  INTEGER PRIMARY KEY REFERENCES officer(id) ON DELETE CASCADE,
    kdf         TEXT NOT NULL,                  -- argon2id13
    salt        BLOB NOT NULL,
    opslimit    INTEGER NOT NULL,
    memlimit    INTEGER NOT NULL,
    verifier    BLOB NOT NULL,
    wrapped_key BLOB NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

-- Append-only, hash-chained audit log (see AuditLog.h).
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    officer     TEXT NOT NULL,
    workstation TEXT NOT NULL,
    profile     TEXT NOT NULL,
    action      TEXT NOT NULL,
    subject     TEXT NOT NULL,                  -- masked: 1101**********0178, a case number, ...
    detail      TEXT NOT NULL,
    prev_hash   BLOB NOT NULL,
    hash        BLOB NOT NULL
) STRICT;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Cases. Personal data only in *_enc (AEAD, bound to the case number); look-ups through keyed
-- hashes (*_hash) so equal values can be found without being readable.
CREATE TABLE case_record (
    id              INTEGER PRIMARY KEY,
    case_number     TEXT NOT NULL UNIQUE,
    status          TEXT NOT NULL,
    matter_code     TEXT NOT NULL DEFAULT '',
    catalog_version TEXT NOT NULL DEFAULT '',
    officer         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    id_hash         BLOB,
    name_hash       BLOB,
    phone_hash      BLOB,
    name_enc        BLOB,
    id_number_enc   BLOB,
    address_enc     BLOB,
    phone_enc       BLOB,
    payload_enc     BLOB
) STRICT;
CREATE INDEX case_record_id_hash ON case_record(id_hash);
CREATE INDEX case_record_name_hash ON case_record(name_hash);
CREATE INDEX case_record_phone_hash ON case_record(phone_hash);
CREATE INDEX case_record_status ON case_record(status, created_at);
CREATE INDEX case_record_created ON case_record(created_at);

-- Per-day case number sequence of this workstation.
CREATE TABLE case_sequence (
    day  TEXT PRIMARY KEY,
    next INTEGER NOT NULL
) STRICT;

-- Photos, signatures and scans, encrypted; content-addressed by the plaintext's SHA-256.
CREATE TABLE blob_store (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER REFERENCES case_record(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,                    -- photo, signature, scan
    sha256     TEXT NOT NULL,
    size       INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    data_enc   BLOB NOT NULL
) STRICT;
CREATE INDEX blob_store_case ON blob_store(case_id);
CREATE INDEX blob_store_sha ON blob_store(sha256);

-- Work in progress, saved as the officer types; restored after a crash.
CREATE TABLE draft (
    id          INTEGER PRIMARY KEY,
    draft_key   TEXT NOT NULL UNIQUE,            -- e.g. visit:<officer>
    officer     TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    payload_enc BLOB NOT NULL
) STRICT;

-- Changes the central service must learn of, written in the same transaction as the change.
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    op_id       TEXT NOT NULL UNIQUE,
    entity      TEXT NOT NULL,
    entity_key  TEXT NOT NULL,
    base_version INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'pending',  -- pending, sent, rejected
    payload_enc BLOB NOT NULL
) STRICT;
CREATE INDEX outbox_state ON outbox(state, id);
)sql"},
        {3, R"sql(
-- Look-ups return the newest cases first: with the date in the index the newest 50 of a common
-- name come straight from the index instead of sorting every match (588 for the commonest
-- synthetic name at a million cases).
DROP INDEX case_record_id_hash;
DROP INDEX case_record_name_hash;
DROP INDEX case_record_phone_hash;
CREATE INDEX case_record_id_hash ON case_record(id_hash, created_at);
CREATE INDEX case_record_name_hash ON case_record(name_hash, created_at);
CREATE INDEX case_record_phone_hash ON case_record(phone_hash, created_at);
-- The sync finds a case's pending operations by its key.
CREATE INDEX outbox_entity ON outbox(entity, entity_key);
)sql"},
        {4, R"sql(
-- Zero backlog: an urgent flag (加急) and the legal deadline (ISO date, local calendar day) of
-- each case. Existing cases get no deadline rather than a guessed one.
ALTER TABLE case_record ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE case_record ADD COLUMN deadline TEXT;
-- Only open cases with a deadline are ever listed by deadline, and they are a small share of a
-- workstation's history: a partial index stays small and needs no sort. Its WHERE must match
-- CaseStore::openCasesByDeadline word for word, or SQLite will not use it.
CREATE INDEX case_record_open_deadline ON case_record(deadline)
    WHERE deadline IS NOT NULL AND status NOT IN ('collected', 'mailed', 'refused', 'withdrawn');
)sql"},
        {5, R"sql(
-- Case search (CaseSearch): every filter has an index whose entries, after that filter's value,
-- are in created_at (then id) order, so the newest page of any filter comes straight from the
-- index at a million cases, without sorting the matches.
-- Matter alone, and status with matter (one stream per status, merged by CaseSearch).
CREATE INDEX case_record_matter ON case_record(matter_code, created_at);
CREATE INDEX case_record_status_matter ON case_record(status, matter_code, created_at);
-- A case number prefix: covers the key step (case number and date), no table look-up.
CREATE INDEX case_record_number_created ON case_record(case_number, created_at);
-- Urgent cases are few: a partial index holds only them.
CREATE INDEX case_record_urgent ON case_record(created_at) WHERE urgent = 1;
-- Overdue: the open cases whose deadline is past. With created_at in the index each deadline day's
-- entries are newest first, which an overdue search merges day by day (CaseSearch);
-- openCasesByDeadline still reads it in deadline order. Same WHERE as in migration 4.
DROP INDEX case_record_open_deadline;
CREATE INDEX case_record_open_deadline ON case_record(deadline, created_at)
    WHERE deadline IS NOT NULL AND status NOT IN ('collected', 'mailed', 'refused', 'withdrawn');
-- Overdue with statuses: one merge per status, each starting with a seek on its status.
CREATE INDEX case_record_open_status_deadline ON case_record(status, deadline, created_at)
    WHERE deadline IS NOT NULL AND status NOT IN ('collected', 'mailed', 'refused', 'withdrawn');
)sql"},
        {6, R"sql(
-- Blobs (BlobStore): one row per distinct content, so the SHA-256 is unique; a blob may belong to
-- several cases (one photo for two matters of a visit, one fee receipt for both), so cases are
-- linked through blob_case. blob_store.case_id is no longer written: links made through it
-- before this migration move into blob_case.
DROP INDEX blob_store_sha;
CREATE UNIQUE INDEX blob_store_sha ON blob_store(sha256);
CREATE TABLE blob_case (
    blob_id     INTEGER NOT NULL REFERENCES blob_store(id) ON DELETE CASCADE,
    case_id     INTEGER NOT NULL REFERENCES case_record(id) ON DELETE CASCADE,
    attached_at TEXT NOT NULL,
    officer     TEXT NOT NULL,
    PRIMARY KEY (case_id, blob_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX blob_case_blob ON blob_case(blob_id);
INSERT INTO blob_case(blob_id, case_id, attached_at, officer)
    SELECT id, case_id, created_at, '-' FROM blob_store WHERE case_id IS NOT NULL;
UPDATE blob_store SET case_id = NULL;
-- What a blob is, for lists (e.g. "case-receipt" for an archived printout); never personal data.
ALTER TABLE blob_store ADD COLUMN label TEXT NOT NULL DEFAULT '';
-- Text messages queued for the citizen (Notifier): the message itself travels sealed in its
-- outbox row; this table says which template went for which case on which day, so that a
-- reminder is not queued twice the same day, without opening any outbox payload.
CREATE TABLE notification (
    op_id       TEXT PRIMARY KEY,            -- the outbox row that carries the message
    case_number TEXT NOT NULL,
    template    TEXT NOT NULL,               -- accepted, ready, mailed
    day         TEXT NOT NULL,               -- local calendar day, ISO
    created_at  TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX notification_case ON notification(case_number, template, day);
)sql"},
        {7, R"sql(
-- Standard ID photos (一照通用, StandardPhotoStore): which person a stored photo belongs to, by the
-- blind index of the ID number (the same keyed hash as case_record.id_hash), so a later visit
-- finds the photo without any ID number in clear. The photo itself is a sealed blob (kind photo).
CREATE TABLE standard_photo (
    id          INTEGER PRIMARY KEY,
    id_hash     BLOB NOT NULL,
    blob_sha    TEXT NOT NULL REFERENCES blob_store(sha256),
    spec        TEXT NOT NULL,               -- id-card, exit-entry
    taken_at    TEXT NOT NULL,               -- ISO UTC
    officer     TEXT NOT NULL
) STRICT;
CREATE INDEX standard_photo_person ON standard_photo(id_hash, taken_at);
)sql"},
        {8, R"sql(
-- Sync (modules/sync): an outbox row stays 'pending' until the central service answers for it,
-- then becomes 'sent' (applied, or a duplicate of an op it had applied), 'conflict' (the server
-- holds a newer version; shown to an officer) or 'rejected' (with the server's reason). A row
-- in flight when the client stops is still 'pending' and is sent again: the server answers
-- duplicate for an op id it has seen, so nothing is applied twice.
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN answered_at TEXT;
ALTER TABLE outbox ADD COLUMN result TEXT;              -- applied, duplicate, conflict, rejected
ALTER TABLE outbox ADD COLUMN server_version INTEGER;
ALTER TABLE outbox ADD COLUMN reason TEXT;              -- the server's reason for a conflict or rejection
-- Where each pull stream stopped (catalog, calendar, appointments, case-status, officers).
CREATE TABLE sync_cursor (
    stream     TEXT PRIMARY KEY,
    cursor     TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
-- What pull streams brought, for the modules that consume them (counter workflow).
CREATE TABLE sync_inbox (
    id          INTEGER PRIMARY KEY,
    stream      TEXT NOT NULL,
    body        TEXT NOT NULL,
    received_at TEXT NOT NULL
) STRICT;
CREATE INDEX sync_inbox_stream ON sync_inbox(stream, id);
-- Blobs the central service holds complete (by SHA-256): never uploaded again.
CREATE TABLE sync_blob (
    sha256      TEXT PRIMARY KEY,
    uploaded_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
-- Last success, last attempt, last failure (code and the officer's words), failures in a row.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
)sql"},
        {9, R"sql(
-- Pulled case statuses (modules/sync InboxApplier). A back-office move of a case this
-- workstation still has a change pending or in conflict for is not applied: it waits here
-- until an officer takes the central version (state 'resolved'). One row per case: a later
-- move replaces the centre's side of an open row.
CREATE TABLE sync_status_conflict (
    case_number    TEXT PRIMARY KEY,
    local_status   TEXT NOT NULL,
    local_version  INTEGER NOT NULL,
    server_status  TEXT NOT NULL,
    server_version INTEGER NOT NULL,
    state          TEXT NOT NULL DEFAULT 'open',   -- open, resolved
    received_at    TEXT NOT NULL,
    resolved_at    TEXT,
    resolved_by    TEXT
) STRICT, WITHOUT ROWID;
-- The centre's status in a push conflict, so that "take the central version" needs no network.
-- An outbox row an officer settled that way becomes 'resolved'.
ALTER TABLE outbox ADD COLUMN server_status TEXT;
)sql"},
    };
    return list;
}

} // namespace ow::storage
