-- Splits delegate by delegate in a secret vote: each delegate present casts their share once, final
-- like a secret ballot; its split only ever reaches the vote's running totals (vote.secret_*). What
-- is stored is who took part and how many votes they used, never how. The delegation's
-- participation (secret_participation) is recorded with its first share: it has no ballot key of
-- its own then, and by_shares tells it from a whole ballot cast by the head of delegation.
ALTER TABLE secret_participation
  MODIFY COLUMN idempotency_key VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  ADD COLUMN by_shares BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE secret_delegate_share (
  vote_id         BIGINT       NOT NULL,
  parliament_id   BIGINT       NOT NULL,
  account_id      BIGINT       NOT NULL,
  cast_by         VARCHAR(100) NOT NULL,
  votes_used      INT          NOT NULL,
  idempotency_key VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  cast_at         TIMESTAMP(3) NOT NULL,
  audit_sequence  INT          NOT NULL,
  audit_hash      CHAR(64)     NOT NULL,
  PRIMARY KEY (vote_id, account_id),
  KEY ix_secret_share_delegation (vote_id, parliament_id),
  CONSTRAINT uq_secret_share_idempotency UNIQUE (vote_id, idempotency_key),
  CONSTRAINT fk_secret_share_participation FOREIGN KEY (vote_id, parliament_id)
    REFERENCES secret_participation (vote_id, parliament_id),
  CONSTRAINT fk_secret_share_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT ck_secret_share_votes CHECK (votes_used > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
