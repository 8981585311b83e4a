-- Ballots chain per delegation, so that delegations cast in parallel: each delegation's entries in
-- a vote form their own hash chain (chain = its parliament id) whose head is kept on its electorate
-- row. The vote's own chain (chain 0) keeps its lifecycle, and the entry that closes the vote
-- records a digest of every delegation chain's head.
ALTER TABLE vote_electorate
  ADD COLUMN audit_sequence INT      NOT NULL DEFAULT 0,
  ADD COLUMN audit_head     CHAR(64) NULL;

ALTER TABLE audit_entry
  ADD COLUMN chain BIGINT NOT NULL DEFAULT 0 AFTER vote_id,
  DROP INDEX uq_audit_sequence,
  ADD CONSTRAINT uq_audit_sequence UNIQUE (vote_id, chain, sequence);
