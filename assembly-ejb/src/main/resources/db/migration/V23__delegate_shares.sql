-- Splits delegate by delegate: each delegate present casts their share of the delegation's votes
-- from their own tablet; the delegation's ballot (table ballot) is the sum of every delegate's
-- latest share. Every version of a share is kept, with the ballot version it produced. Secret
-- votes take no shares (how a delegate voted would be stored).
CREATE TABLE delegate_share (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  vote_id         BIGINT       NOT NULL,
  parliament_id   BIGINT       NOT NULL,
  account_id      BIGINT       NOT NULL,
  cast_by         VARCHAR(100) NOT NULL,
  yes_votes       INT          NOT NULL,
  no_votes        INT          NOT NULL,
  abstain_votes   INT          NOT NULL,
  ballot_id       BIGINT       NOT NULL,
  idempotency_key VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  cast_at         TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_delegate_share_delegation (vote_id, parliament_id),
  CONSTRAINT uq_delegate_share_idempotency UNIQUE (vote_id, idempotency_key),
  CONSTRAINT fk_delegate_share_vote FOREIGN KEY (vote_id) REFERENCES vote (id),
  CONSTRAINT fk_delegate_share_parliament FOREIGN KEY (parliament_id) REFERENCES parliament (id),
  CONSTRAINT fk_delegate_share_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_delegate_share_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id),
  CONSTRAINT ck_delegate_share_counts CHECK (yes_votes >= 0 AND no_votes >= 0 AND abstain_votes >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
