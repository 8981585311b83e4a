-- Results are the record (#10): a closed vote is never annulled; the Secretariat may void its
-- result after the fact, with a reason, and the result stays published, marked void. Who voided it
-- and when are kept with the vote (and in its audit chain).
ALTER TABLE vote
  ADD COLUMN voided_at TIMESTAMP(3) NULL AFTER annul_reason,
  ADD COLUMN void_reason VARCHAR(1000) NULL AFTER voided_at,
  ADD COLUMN voided_by VARCHAR(255) NULL AFTER void_reason;

-- Public reads that do not grow with the number of votes (#10): the open vote, the latest one and a
-- page of closed results (newest first) are read through this index, never the whole history.
CREATE INDEX ix_vote_session_state_closed ON vote (session_id, state, closed_at);
