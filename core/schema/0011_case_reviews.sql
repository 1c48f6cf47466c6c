-- Migration 11: the weekly case review's queue (core/casereview.h). A specialist puts one of their
-- participants up for the review with what they want to discuss, or brings an entry of their own
-- reflection log (never tied to a participant); the lead records the advice given and the day; the
-- specialist may withdraw an item not yet discussed. Same conventions as migration 1 (see
-- 0001_case_store.sql); a mutable table, edited field by field (the advice, the withdrawal).
--
-- Scope: 'p:<participant_id>' for a participant's item, so it goes where the person's record goes
-- (their specialist whole, the lead in the team view, question included: sync/policy.cpp);
-- 'u:<asked_by>' for a reflection entry's, which the lead holds with the colleague's reflection log.
-- Exactly one of participant_id and reflection_id is set.
CREATE TABLE case_reviews (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT,
    reflection_id TEXT,
    asked_by TEXT NOT NULL,
    asked_on TEXT NOT NULL,
    question TEXT NOT NULL DEFAULT '',
    advice TEXT NOT NULL DEFAULT '',
    advised_by TEXT,
    advised_on TEXT,
    withdrawn_on TEXT
);

CREATE INDEX case_reviews_participant ON case_reviews(participant_id, asked_on);
CREATE INDEX case_reviews_scope ON case_reviews(_scope);
