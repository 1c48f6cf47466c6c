-- Migration 1: the case store.
--
-- Every synced table starts with the same columns:
--   id       record id (UUID text), unique across devices
--   _scope   whose data this is: 'p:<participant>', 'e:<employer>', 'u:<staff>' or 't' (the team);
--            fixed at creation, it decides which devices receive the row
--   _hlc, _dev   the version of the row's creation (journal: of the entry); a field edited later
--            has its own version in field_versions
--   _seq     the office's sequence number of the row state this replica holds (0: not yet synced)
--   _deleted (mutable tables only) tombstone flag; its version is field_versions(col '_deleted')
-- Mutable tables hold records edited field by field; journal tables hold append-only entries that
-- never change once written (drafts live in `drafts`, on the author's device only).
-- Dates are 'YYYY-MM-DD' text, booleans 0/1, enumerations stable lower-case codes.

CREATE TABLE staff (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'specialist'
);

-- Tablets known to the office, so that every replica can say who made an edit.
CREATE TABLE devices (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    staff_id TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    revoked_on TEXT
);

CREATE TABLE participants (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    display_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    other_contact TEXT NOT NULL DEFAULT '',
    programme TEXT NOT NULL DEFAULT 'utvidet_oppfolging',
    referral_on TEXT,
    referral_reason TEXT NOT NULL DEFAULT '',
    measure_end_on TEXT,
    steps TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'referred',
    discharge_reason TEXT,
    discharged_on TEXT,
    preferred_language TEXT NOT NULL DEFAULT '',
    interpreter_needed INTEGER NOT NULL DEFAULT 0,
    childcare_constraint TEXT NOT NULL DEFAULT '',
    shift_constraint TEXT NOT NULL DEFAULT '',
    transport_constraint TEXT NOT NULL DEFAULT '',
    refused_tasks TEXT NOT NULL DEFAULT '',
    specialist_id TEXT
);

CREATE TABLE measure_extensions (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL,
    decided_on TEXT,
    new_end_on TEXT,
    justification TEXT NOT NULL DEFAULT ''
);

CREATE TABLE language_levels (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL,
    assessed_on TEXT,
    level TEXT NOT NULL DEFAULT 'a1',
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE consents (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'disclosure',
    item TEXT,
    recipient_kind TEXT,
    recipient_id TEXT,
    recipient_name TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    granted_on TEXT,
    revoked_on TEXT,
    summary TEXT NOT NULL DEFAULT '',
    summary_simple TEXT NOT NULL DEFAULT ''
);

CREATE TABLE profiles (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL,
    interests TEXT NOT NULL DEFAULT '',
    skills TEXT NOT NULL DEFAULT '',
    experience TEXT NOT NULL DEFAULT '',
    strengths TEXT NOT NULL DEFAULT '',
    work_values TEXT NOT NULL DEFAULT '',
    support_needs TEXT NOT NULL DEFAULT '',
    must_have TEXT NOT NULL DEFAULT '',
    must_avoid TEXT NOT NULL DEFAULT '',
    dream_job TEXT NOT NULL DEFAULT '',
    wanted_hours_pct INTEGER,
    can_today TEXT NOT NULL DEFAULT '',
    needs_to_learn TEXT NOT NULL DEFAULT ''
);

CREATE TABLE employers (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    org_number TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    needs TEXT NOT NULL DEFAULT '',
    culture TEXT NOT NULL DEFAULT '',
    inclusion_experience TEXT NOT NULL DEFAULT '',
    accommodation_options TEXT NOT NULL DEFAULT '',
    follow_up_preference TEXT NOT NULL DEFAULT 'on_site',
    owner_id TEXT,
    risk_flag TEXT NOT NULL DEFAULT 'none',
    risk_note TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE employer_contacts (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    employer_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT ''
);

CREATE TABLE workplaces (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    employer_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    lunch TEXT NOT NULL DEFAULT '',
    lateness TEXT NOT NULL DEFAULT '',
    absence_reporting TEXT NOT NULL DEFAULT '',
    shifts TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE workplace_tasks (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    employer_id TEXT NOT NULL,
    workplace_id TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE placements (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL,
    employer_id TEXT,
    workplace_id TEXT,
    kind TEXT NOT NULL DEFAULT 'job_tasting',
    contract TEXT,
    title TEXT NOT NULL DEFAULT '',
    start_on TEXT,
    trial_end_on TEXT,
    contract_end_on TEXT,
    ended_on TEXT,
    end_reason TEXT NOT NULL DEFAULT '',
    carved_tasks TEXT NOT NULL DEFAULT '',
    accommodations TEXT NOT NULL DEFAULT ''
);

CREATE TABLE position_changes (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL,
    placement_id TEXT NOT NULL,
    from_on TEXT,
    percent INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE support_measures (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL,
    placement_id TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'wage_subsidy',
    percent INTEGER,
    hours_per_month INTEGER,
    from_on TEXT,
    to_on TEXT,
    review_on TEXT
);

CREATE TABLE plans (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    schedule TEXT NOT NULL DEFAULT '',
    tapering TEXT NOT NULL DEFAULT '',
    agreed_participant_on TEXT,
    agreed_employer_on TEXT
);

CREATE TABLE goals (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL,
    parent_id TEXT,
    text TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',
    due_on TEXT
);

CREATE TABLE mentors (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    employer_id TEXT NOT NULL,
    staff_id TEXT,
    name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    training TEXT NOT NULL DEFAULT ''
);

CREATE TABLE mentor_assignments (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL,
    mentor_id TEXT NOT NULL,
    placement_id TEXT,
    from_on TEXT,
    to_on TEXT,
    mandate TEXT NOT NULL DEFAULT '',
    talk_interval_days INTEGER NOT NULL DEFAULT 14,
    handover_on TEXT
);

CREATE TABLE learning_goals (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL,
    assignment_id TEXT,
    text TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open'
);

CREATE TABLE agreed_actions (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT,
    employer_id TEXT,
    visit_id TEXT,
    text TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT 'specialist',
    due_on TEXT,
    done_on TEXT
);

CREATE TABLE reminders (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT,
    author_id TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    text TEXT NOT NULL DEFAULT '',
    done_on TEXT
);

CREATE TABLE fidelity_assessments (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    assessed_on TEXT,
    scores TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);

-- Conflicts are records too: created by the office when two edits of one field crossed (or a delete
-- crossed an edit), shown to everyone who sees the field, until a person resolves them.
CREATE TABLE conflicts (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'field',
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL DEFAULT '',
    kept_value,
    kept_hlc INTEGER NOT NULL DEFAULT 0,
    kept_dev TEXT NOT NULL DEFAULT '',
    other_value,
    other_hlc INTEGER NOT NULL DEFAULT 0,
    other_dev TEXT NOT NULL DEFAULT '',
    resolution TEXT,
    resolved_by TEXT,
    resolved_hlc INTEGER
);

-- Journal: append-only.
CREATE TABLE visits (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT,
    employer_id TEXT,
    workplace_id TEXT,
    author_id TEXT NOT NULL DEFAULT '',
    contact_type TEXT NOT NULL,
    occurred_on TEXT NOT NULL,
    start_time TEXT,
    duration_min INTEGER,
    place TEXT NOT NULL DEFAULT '',
    attendees TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    steps TEXT NOT NULL DEFAULT '',
    obs_person TEXT NOT NULL DEFAULT '',
    obs_task TEXT NOT NULL DEFAULT '',
    obs_environment TEXT NOT NULL DEFAULT '',
    next_visit_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT 'team',
    field_time INTEGER NOT NULL DEFAULT 0,
    corrects_id TEXT
);

CREATE TABLE natural_support_entries (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL,
    mentor_id TEXT,
    author_id TEXT NOT NULL DEFAULT '',
    occurred_on TEXT NOT NULL,
    minutes INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'task_training',
    situation TEXT NOT NULL DEFAULT '',
    handled_well TEXT NOT NULL DEFAULT '',
    needs_work TEXT NOT NULL DEFAULT '',
    expected_behaviour TEXT NOT NULL DEFAULT '',
    needs_specialist INTEGER NOT NULL DEFAULT 0,
    corrects_id TEXT
);

CREATE TABLE reflections (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    author_id TEXT NOT NULL,
    occurred_on TEXT NOT NULL,
    situation TEXT NOT NULL DEFAULT '',
    what_i_did TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',
    could_do_differently TEXT NOT NULL DEFAULT '',
    what_worked TEXT NOT NULL DEFAULT '',
    step INTEGER,
    corrects_id TEXT
);

-- Indexes for the screens' queries and for scope-wide operations (snapshot, eviction, purge).
CREATE INDEX participants_scope ON participants(_scope);
CREATE INDEX visits_participant ON visits(participant_id, occurred_on);
CREATE INDEX visits_employer ON visits(employer_id, occurred_on);
CREATE INDEX visits_scope ON visits(_scope);
CREATE INDEX nse_participant ON natural_support_entries(participant_id, occurred_on);
CREATE INDEX placements_participant ON placements(participant_id);
CREATE INDEX consents_participant ON consents(participant_id);
CREATE INDEX actions_participant ON agreed_actions(participant_id);
CREATE INDEX conflicts_open ON conflicts(resolution, tbl, row_id);
CREATE INDEX workplaces_employer ON workplaces(employer_id);
CREATE INDEX mentor_assignments_participant ON mentor_assignments(participant_id);

-- Sync bookkeeping (never synced itself).
CREATE TABLE field_versions (
    tbl TEXT NOT NULL, row_id TEXT NOT NULL, col TEXT NOT NULL,
    hlc INTEGER NOT NULL, dev TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id, col)
) WITHOUT ROWID;

-- Local changes not yet acknowledged by the office, in the order they were made. `seq` is the
-- device sequence number that makes a push idempotent.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op TEXT NOT NULL,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT,
    value,
    hlc INTEGER NOT NULL,
    base_hlc INTEGER,
    base_dev TEXT,
    payload TEXT
);
CREATE INDEX outbox_row ON outbox(tbl, row_id, col);

-- The office's changes feed: for each row, the sequence number of its latest state. Devices pull
-- by cursor (rows with seq above it); a purge leaves only a '_purge' marker. Empty on a tablet.
CREATE TABLE feed (
    seq INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    UNIQUE (tbl, row_id)
);
CREATE INDEX feed_scope ON feed(scope, seq);


-- Office: the highest sequence number applied from each device (pushes at or below it are replays).
CREATE TABLE device_seq (
    device TEXT PRIMARY KEY,
    seq INTEGER NOT NULL
) WITHOUT ROWID;

-- Tablet: the scopes this replica holds, with the fingerprint of the view the office sent them in.
-- A scope whose fingerprint changes (a consent revoked, say) is evicted and sent again.
CREATE TABLE held_scopes (
    scope TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value
) WITHOUT ROWID;

-- Drafts stay on the author's device; they are typed-as-you-go form contents, not records.
CREATE TABLE drafts (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    participant_id TEXT,
    updated_ms INTEGER NOT NULL,
    payload TEXT NOT NULL
);

-- Full-text search over names and notes, inside the encrypted database.
CREATE VIRTUAL TABLE search_index USING fts5(
    tbl UNINDEXED, row_id UNINDEXED, participant_id UNINDEXED, body,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1);
