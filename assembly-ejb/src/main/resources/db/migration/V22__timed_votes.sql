-- Timed votes: the moment an open vote closes by itself (null: the Secretariat closes it). The
-- server reschedules its close from this column when it starts, so a restart loses no deadline.
ALTER TABLE vote ADD COLUMN closes_at TIMESTAMP(3) NULL AFTER closed_at;
CREATE INDEX ix_vote_state_closes_at ON vote (state, closes_at);
