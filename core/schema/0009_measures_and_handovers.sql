-- Migration 9: a support measure's last review held, and the day a participant's specialist took
-- over.
--
-- support_measures.reviewed_on (core/supportmeasures.h): review_on is the next review, reviewed_on
-- the day the last one was held. A new period of a measure is a new row of the same kind (the period
-- before it ends the day before), so no other column is needed for its history.
--
-- participants.followed_since (core/handover.h): the day specialist_id took over, set at intake and
-- by a hand-over, so the participant's page can say "followed by X since DATE". Pushed with
-- specialist_id, by the same rule (sync/policy.cpp: only a lead's tablet or the office changes it).
ALTER TABLE support_measures ADD COLUMN reviewed_on TEXT;
ALTER TABLE participants ADD COLUMN followed_since TEXT;
