-- Delegates a Member Parliament authorises to table and change its amendments at an Assembly, besides
-- its focal points: the focal point names them (authorised_by, authorised_at) and may take the
-- authorisation back (the row is deleted).
CREATE TABLE amendment_delegate (
  session_id    BIGINT       NOT NULL,
  account_id    BIGINT       NOT NULL,
  parliament_id BIGINT       NOT NULL,
  authorised_by VARCHAR(100) NOT NULL,
  authorised_at TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (session_id, account_id),
  INDEX ix_amendment_delegate_parliament (session_id, parliament_id),
  CONSTRAINT fk_amendment_delegate_session FOREIGN KEY (session_id) REFERENCES assembly_session (id),
  CONSTRAINT fk_amendment_delegate_account FOREIGN KEY (account_id) REFERENCES account (id)
    ON DELETE CASCADE,
  CONSTRAINT fk_amendment_delegate_parliament FOREIGN KEY (parliament_id) REFERENCES parliament (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
