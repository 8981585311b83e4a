-- A committee vote: one vote per Member, cast by its member of that Standing Committee present or
-- else its substitute present (Rules of the Standing Committees, Rule 1); null for a plenary vote.
ALTER TABLE vote
  ADD COLUMN committee VARCHAR(30) NULL,
  ADD CONSTRAINT ck_vote_committee CHECK (committee IS NULL OR committee IN ('PEACE_AND_SECURITY',
    'SUSTAINABLE_DEVELOPMENT', 'DEMOCRACY_AND_HUMAN_RIGHTS', 'UNITED_NATIONS_AFFAIRS'));
