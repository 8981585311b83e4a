-- What a vote decides, when it decides something another component keeps (type and id: a
-- RESOLUTION, say); null for a vote of its own. Voting knows no such component: when the vote
-- closes it announces its decision with these, and the component concerned records it.
ALTER TABLE vote
  ADD COLUMN decides_type VARCHAR(32) NULL,
  ADD COLUMN decides_id   BIGINT      NULL,
  ADD CONSTRAINT ck_vote_decides CHECK ((decides_type IS NULL) = (decides_id IS NULL));
