-- Accreditation at the venue: the badges printed for the participants of approved delegations and
-- the check-ins their QR codes (or a search by name) record.

-- The time zone of the Assembly's venue: the days of attendance and the times the desks show.
ALTER TABLE assembly_session
  ADD COLUMN time_zone VARCHAR(40) NOT NULL DEFAULT 'Europe/Zurich' AFTER closes_on;

-- A printed badge. Its QR code carries only the token: 128 random bits, base64url, no personal data.
-- Reprinting a participant's badge revokes the badge printed before (revoked_at), so that a lost
-- card no longer checks anybody in. Personal data: goes with the participant.
CREATE TABLE badge (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  participant_id BIGINT       NOT NULL,
  token          VARCHAR(43)  NOT NULL,
  printed_at     TIMESTAMP(3) NOT NULL,
  -- Who printed it (user name).
  printed_by     VARCHAR(100) NOT NULL,
  revoked_at     TIMESTAMP(3) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_badge_token UNIQUE (token),
  INDEX ix_badge_participant (participant_id, revoked_at),
  CONSTRAINT fk_badge_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
    ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A participant checked in: on arrival at the Assembly (accreditation, once per Assembly: its day is
-- the Assembly's opening day), on entering the plenary hall (once a day) or as attending a day of
-- the Assembly (once a day). A second scan finds the row and records nothing. A desk that was
-- offline sends its scans with its own ids (client_id): a scan sent twice is recorded once.
CREATE TABLE check_in (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  session_id     BIGINT       NOT NULL,
  participant_id BIGINT       NOT NULL,
  kind           VARCHAR(8)   NOT NULL,
  day            DATE         NOT NULL,
  at             TIMESTAMP(3) NOT NULL,
  -- Where (the desk's name: "Main desk", "Plenary door") and who (the officer's user name).
  place          VARCHAR(100) NOT NULL,
  officer        VARCHAR(100) NOT NULL,
  -- The badge scanned (null: found by name).
  badge_id       BIGINT       NULL,
  client_id      VARCHAR(64)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_check_in UNIQUE (participant_id, kind, day),
  CONSTRAINT uq_check_in_client UNIQUE (client_id),
  INDEX ix_check_in_session (session_id, kind, day),
  CONSTRAINT fk_check_in_session FOREIGN KEY (session_id) REFERENCES assembly_session (id),
  CONSTRAINT fk_check_in_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
    ON DELETE CASCADE,
  CONSTRAINT fk_check_in_badge FOREIGN KEY (badge_id) REFERENCES badge (id) ON DELETE SET NULL,
  CONSTRAINT ck_check_in_kind CHECK (kind IN ('ARRIVAL', 'PLENARY', 'DAY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
