-- The reminders mailed to the focal points of parliaments that have not submitted their delegation:
-- each reminder once per parliament and Assembly, whichever server's timer sends it first.
CREATE TABLE registration_reminder (
  session_id    BIGINT       NOT NULL,
  parliament_id BIGINT       NOT NULL,
  reminder      INT          NOT NULL,
  sent_at       TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (session_id, parliament_id, reminder),
  CONSTRAINT fk_reminder_session FOREIGN KEY (session_id) REFERENCES assembly_session (id),
  CONSTRAINT fk_reminder_parliament FOREIGN KEY (parliament_id) REFERENCES parliament (id),
  CONSTRAINT ck_reminder_number CHECK (reminder IN (1, 2))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
