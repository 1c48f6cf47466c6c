-- Migration 10: the fidelity self-assessment as the form the team knows (core/fidelity.h). Each
-- specialist answers the 19 items for themselves, for a round (the first day of the month answered
-- for); the team's result is worked out from everyone's answers. An answer is its author's own
-- record (scope u:<respondent_id>): it reaches their tablets and the lead's, never a colleague's.
-- answers holds the 19 items joined with '|': an option 1-5, the letters of the practices ticked
-- ("bcd", "0" for none), or nothing for an item left open. No national ID number, ever: the
-- respondent is their app account. The team-level fidelity_assessments stay as earlier results.
CREATE TABLE fidelity_responses (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0, _deleted INTEGER NOT NULL DEFAULT 0,
    respondent_id TEXT NOT NULL DEFAULT '',
    round_on TEXT,
    answered_on TEXT,
    answers TEXT NOT NULL DEFAULT ''
);
CREATE INDEX fidelity_responses_scope ON fidelity_responses(_scope);
