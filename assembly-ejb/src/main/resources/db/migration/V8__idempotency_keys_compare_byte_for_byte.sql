-- Idempotency keys compare byte for byte: with the tables' default collation (accent- and
-- case-insensitive) 'abc' and 'ABC' were the same key. New keys are ASCII letters, digits and
-- . _ : - (BallotRequest); the binary collation keeps any key stored before as it is.
ALTER TABLE ballot
  MODIFY COLUMN idempotency_key VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE secret_participation
  MODIFY COLUMN idempotency_key VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
