-- Emergency item selection (Assembly Rule 11.2): several requests voted in one roll call. The
-- Secretariat sets up a selection with its requests (lettered as tabled; requests merged by their
-- sponsors under Rule 11.2(c) stand as one); when it opens, each request voted becomes a vote of its
-- own (two-thirds of the votes cast, its own ballots, receipts, audit chain and tally), and the
-- selection opens, is timed and closes them together. At the close the request added (or the tie
-- among the eligible, or none eligible) is stored and sealed into the selection's own audit chain.
CREATE TABLE emergency_selection (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  session_id            BIGINT        NOT NULL,
  subject               VARCHAR(500)  NOT NULL,
  method                VARCHAR(20)   NOT NULL,
  state                 VARCHAR(20)   NOT NULL,
  roll_call_letter      CHAR(1)       NULL,
  created_at            TIMESTAMP(3)  NOT NULL,
  opened_at             TIMESTAMP(3)  NULL,
  closed_at             TIMESTAMP(3)  NULL,
  annulled_at           TIMESTAMP(3)  NULL,
  annul_reason          VARCHAR(1000) NULL,
  replaces_selection_id BIGINT        NULL,
  outcome               VARCHAR(20)   NULL,
  leading_requests      VARCHAR(200)  NULL,
  audit_sequence        INT           NOT NULL DEFAULT 0,
  audit_head            CHAR(64)      NOT NULL,
  version               BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_emergency_selection_session (session_id),
  CONSTRAINT fk_emergency_selection_session FOREIGN KEY (session_id) REFERENCES assembly_session (id),
  CONSTRAINT fk_emergency_selection_replaces FOREIGN KEY (replaces_selection_id) REFERENCES emergency_selection (id),
  CONSTRAINT ck_emergency_selection_state CHECK (state IN ('DRAFT', 'OPEN', 'CLOSED', 'ANNULLED')),
  CONSTRAINT ck_emergency_selection_method CHECK (method IN ('ELECTRONIC', 'ROLL_CALL')),
  CONSTRAINT ck_emergency_selection_outcome CHECK (outcome IS NULL OR outcome IN ('ADDED', 'TIE', 'NONE_ELIGIBLE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every request of a selection: those tabled (label A, B, ...) and those merged from them (label
-- "B+C"); a request merged into another names it. Each request that stands when the selection opens
-- is voted as the vote it names.
CREATE TABLE emergency_request (
  selection_id BIGINT        NOT NULL,
  label        VARCHAR(60)   NOT NULL,
  position     INT           NOT NULL,
  title        VARCHAR(500)  NOT NULL,
  sponsors     VARCHAR(4000) NOT NULL DEFAULT '',
  merged_into  VARCHAR(60)   NULL,
  vote_id      BIGINT        NULL,
  PRIMARY KEY (selection_id, label),
  CONSTRAINT uq_emergency_request_vote UNIQUE (vote_id),
  CONSTRAINT fk_emergency_request_selection FOREIGN KEY (selection_id) REFERENCES emergency_selection (id),
  CONSTRAINT fk_emergency_request_vote FOREIGN KEY (vote_id) REFERENCES vote (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The vote of one request: its selection and the request's label.
ALTER TABLE vote
  ADD COLUMN emergency_selection_id BIGINT      NULL AFTER replaces_vote_id,
  ADD COLUMN emergency_request      VARCHAR(60) NULL AFTER emergency_selection_id,
  ADD CONSTRAINT fk_vote_emergency_selection FOREIGN KEY (emergency_selection_id) REFERENCES emergency_selection (id);
