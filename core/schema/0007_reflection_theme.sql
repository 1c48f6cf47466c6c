-- Migration 7: the theme of a reflection log entry (what it is about, in the specialist's own
-- words: "employer doubts", "first day"), by which the lead reads the team's entries grouped with
-- the process step (core/reflection.h). Never a participant's name.
ALTER TABLE reflections ADD COLUMN theme TEXT NOT NULL DEFAULT '';
