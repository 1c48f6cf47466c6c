-- Migration 2: what sync needs beside the case data. Both kinds of replica get every table; the
-- office uses all but the last, a tablet the first and the last. None of them is synced.

-- Key material and pinned identities, inside the encrypted store and never in files: the office's
-- certificate authority and server key and certificates; a tablet's own TLS key and certificate,
-- the office's address and the pin of its public key.
CREATE TABLE credentials (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;

-- Office: one-time pairing tokens. Only a token's SHA-256 is kept; spent_ms marks it used.
CREATE TABLE pairing_tokens (
    token_hash TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    expires_ms INTEGER NOT NULL,
    spent_ms INTEGER,
    device_id TEXT
) WITHOUT ROWID;

-- Office: the certificate issued to each paired tablet (its serial and SHA-256, for the audit).
CREATE TABLE device_certificates (
    device_id TEXT PRIMARY KEY,
    serial TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    issued_ms INTEGER NOT NULL
) WITHOUT ROWID;

-- Office: every access, append-only and hash-chained (hash = SHA-256 of the previous hash and this
-- entry). Ids, counts and outcomes only: never a name or a note.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at_ms INTEGER NOT NULL,
    device_id TEXT NOT NULL DEFAULT '',
    staff_id TEXT NOT NULL DEFAULT '',
    event TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Office: the changes it refused from each device, so that a push sent again (its answer was lost)
-- hears "refused" again rather than "already applied". Reasons name rules, never values.
CREATE TABLE device_rejections (
    device TEXT NOT NULL,
    seq INTEGER NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (device, seq)
) WITHOUT ROWID;

-- Tablet: local changes the office refused (a participant handed to a colleague, a field the
-- user may not write). The change leaves the outbox and the record returns to the office's state,
-- but what was typed stays here, in the encrypted store, for the sync report and the app to show
-- until the user dismisses it. Erased with the participant's other data (scope).
CREATE TABLE rejected_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    seq INTEGER NOT NULL,
    op TEXT NOT NULL,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT '',
    col TEXT,
    value,
    payload TEXT,
    reason TEXT NOT NULL,
    rejected_ms INTEGER NOT NULL,
    dismissed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX rejected_changes_scope ON rejected_changes(scope);
