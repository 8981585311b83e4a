-- Mail: an outbox written in the business transaction and sent after commit (retried with backoff),
-- and accounts opened by invitation: the person sets their own password through a single-use,
-- expiring link; only the SHA-256 of the link's token is stored.

CREATE TABLE mail_outbox (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  recipient       VARCHAR(200)  NOT NULL,
  language        CHAR(2)       NOT NULL,
  subject         VARCHAR(300)  NOT NULL,
  -- The text is erased once sent: it may carry a link that must not outlive its delivery.
  body            TEXT          NULL,
  state           VARCHAR(10)   NOT NULL,
  attempts        INT           NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMP(3)  NOT NULL,
  last_error      VARCHAR(500)  NULL,
  created_at      TIMESTAMP(3)  NOT NULL,
  sent_at         TIMESTAMP(3)  NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX ix_mail_outbox_due (state, next_attempt_at),
  CONSTRAINT ck_mail_outbox_state CHECK (state IN ('PENDING', 'SENT', 'FAILED')),
  CONSTRAINT ck_mail_outbox_attempts CHECK (attempts >= 0),
  CONSTRAINT ck_mail_outbox_sent CHECK ((state = 'SENT') = (sent_at IS NOT NULL)),
  CONSTRAINT ck_mail_outbox_body CHECK (state <> 'PENDING' OR body IS NOT NULL),
  CONSTRAINT ck_mail_outbox_language CHECK (language IN ('en', 'fr', 'es', 'ar'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An invited account has no password until its owner sets one; it cannot sign in until then.
ALTER TABLE account
  MODIFY COLUMN password_hash VARCHAR(255) NULL,
  ADD COLUMN language CHAR(2) NOT NULL DEFAULT 'en' AFTER email,
  ADD CONSTRAINT ck_account_language CHECK (language IN ('en', 'fr', 'es', 'ar'));

CREATE TABLE account_invitation (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  account_id  BIGINT       NOT NULL,
  token_hash  CHAR(64)     NOT NULL,
  created_at  TIMESTAMP(3) NOT NULL,
  expires_at  TIMESTAMP(3) NOT NULL,
  used_at     TIMESTAMP(3) NULL,
  -- Set when a newer invitation to the same account replaces this one.
  revoked_at  TIMESTAMP(3) NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_account_invitation_token UNIQUE (token_hash),
  CONSTRAINT fk_account_invitation_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT ck_account_invitation_expiry CHECK (expires_at > created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
