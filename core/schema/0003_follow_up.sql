-- Migration 3: follow-up after a job starts, mentoring, contracted hours and the disclosure log.
-- Same conventions as migration 1 (see 0001_case_store.sql).

-- A proposed follow-up meeting: one per slot of the fidelity cadence (schedule.h), proposed when a
-- placement starts. A person may move it (proposed_on) or cancel it (tombstone); whether the slot
-- was kept is never stored, it is read from the contacts logged in the slot's window.
CREATE TABLE follow_up_meetings (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL,
    placement_id TEXT NOT NULL,
    slot INTEGER NOT NULL DEFAULT 0,
    proposed_on TEXT,
    note TEXT NOT NULL DEFAULT ''
);

-- A staff member's contracted working time from a date on (a change is a new row): the denominator
-- of the share of working time spent out of the office. Scoped to the staff member ('u:').
CREATE TABLE working_hours (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    staff_id TEXT NOT NULL,
    from_on TEXT,
    minutes_per_week INTEGER NOT NULL DEFAULT 0
);

-- A mentor's training record: one row per course or session completed.
CREATE TABLE mentor_trainings (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    mentor_id TEXT NOT NULL,
    employer_id TEXT NOT NULL,
    completed_on TEXT,
    title TEXT NOT NULL DEFAULT '',
    hours INTEGER
);

-- The tapering plan: from each date, how often the specialist still comes and what the mentor and
-- colleagues take over. Agreement with participant and employer is on the plan (plans.agreed_*).
CREATE TABLE tapering_steps (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL,
    placement_id TEXT,
    from_on TEXT,
    specialist_interval_days INTEGER,
    specialist_role TEXT NOT NULL DEFAULT '',
    mentor_role TEXT NOT NULL DEFAULT '',
    colleagues_role TEXT NOT NULL DEFAULT ''
);

-- Journal: what was shared about a participant, with whom, when and how (an employer brief exported,
-- a printout handed over). Consents say what may be shared; this says what was.
CREATE TABLE disclosures (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL,
    recipient_kind TEXT NOT NULL,
    recipient_id TEXT,
    recipient_name TEXT NOT NULL DEFAULT '',
    items TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT 'export',
    purpose TEXT NOT NULL DEFAULT '',
    occurred_on TEXT NOT NULL,
    author_id TEXT NOT NULL DEFAULT ''
);

CREATE INDEX follow_up_meetings_placement ON follow_up_meetings(placement_id, slot);
CREATE INDEX working_hours_staff ON working_hours(staff_id, from_on);
CREATE INDEX tapering_steps_participant ON tapering_steps(participant_id, from_on);
CREATE INDEX disclosures_participant ON disclosures(participant_id, occurred_on);
-- Figures read a specialist's own contacts by period.
CREATE INDEX visits_author ON visits(author_id, occurred_on);
-- A corrected entry counts by its correction: "is this entry corrected?" is asked of every entry
-- read, and without these it scans the whole journal each time.
CREATE INDEX visits_corrects ON visits(corrects_id) WHERE corrects_id IS NOT NULL;
CREATE INDEX nse_corrects ON natural_support_entries(corrects_id) WHERE corrects_id IS NOT NULL;
