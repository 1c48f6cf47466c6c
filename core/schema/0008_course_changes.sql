-- Migration 8: a participant's course through the process, each change with the day it took
-- effect (core/casecourse.h): the steps worked on as of a day, a status change, a pause with its
-- reason, the resume. participants.steps and participants.status hold the values now; this journal
-- holds how they got there. Same conventions as migration 1 (see 0001_case_store.sql); scoped to
-- the participant ('p:'), like measure_extensions.
--
-- What an entry is follows from what it holds: steps set is a change of the steps worked on; status
-- 'paused' with a reason is a pause; status_before 'paused' is a resume; any other status is a status
-- change. status_before is the status the entry left: on a pause, the status the resume returns to.
CREATE TABLE course_changes (
    id TEXT PRIMARY KEY, _scope TEXT NOT NULL, _hlc INTEGER NOT NULL, _dev TEXT NOT NULL,
    _seq INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL,
    author_id TEXT NOT NULL,
    changed_on TEXT NOT NULL,
    steps TEXT NOT NULL DEFAULT '',
    status TEXT,
    status_before TEXT,
    reason TEXT NOT NULL DEFAULT ''
);

CREATE INDEX course_changes_participant ON course_changes(participant_id, changed_on);
