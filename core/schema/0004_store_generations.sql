-- Migration 4: store generations, so that a tablet store restored from a backup, or copied to a
-- second tablet, never has a new change taken for a replay of an old one (sync/README.md).

-- Tablet: the generation each change was made in. A store takes a fresh random generation every
-- time it is opened; changes from before this migration are in generation 0.
ALTER TABLE outbox ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;

-- Office: the highest sequence number applied from each device, per generation of its store
-- (pushes at or below it, in the same generation, are replays).
ALTER TABLE device_seq RENAME TO device_seq_before_generations;
CREATE TABLE device_seq (
    device TEXT NOT NULL,
    generation INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (device, generation)
) WITHOUT ROWID;
INSERT INTO device_seq(device, generation, seq) SELECT device, 0, seq FROM device_seq_before_generations;
DROP TABLE device_seq_before_generations;

-- Office: the changes it refused from each device, per generation, so that a push sent again
-- hears "refused" again. Reasons name rules, never values.
ALTER TABLE device_rejections RENAME TO device_rejections_before_generations;
CREATE TABLE device_rejections (
    device TEXT NOT NULL,
    generation INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (device, generation, seq)
) WITHOUT ROWID;
INSERT INTO device_rejections(device, generation, seq, reason)
    SELECT device, 0, seq, reason FROM device_rejections_before_generations;
DROP TABLE device_rejections_before_generations;
