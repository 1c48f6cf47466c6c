-- Migration 12: the indexes by which a participant's and an author's visits, a participant's agreed
-- actions, placements and mentor assignments are read also carry the employer (the mentor, for an
-- assignment), so that the office answers "which employers is this specialist's caseload linked to"
-- (sync/policy.cpp, asked again after every push that moves the feed) from the indexes alone,
-- without reading each row of the caseload. Each replaces the index of the same name: a visit's
-- save still writes as many index entries as before.
DROP INDEX visits_participant;
CREATE INDEX visits_participant ON visits(participant_id, occurred_on, employer_id);
DROP INDEX visits_author;
CREATE INDEX visits_author ON visits(author_id, occurred_on, employer_id);
DROP INDEX actions_participant;
CREATE INDEX actions_participant ON agreed_actions(participant_id, employer_id);
DROP INDEX placements_participant;
CREATE INDEX placements_participant ON placements(participant_id, employer_id);
DROP INDEX mentor_assignments_participant;
CREATE INDEX mentor_assignments_participant ON mentor_assignments(participant_id, mentor_id);
