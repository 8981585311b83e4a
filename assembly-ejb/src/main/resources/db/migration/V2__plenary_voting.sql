-- Live plenary voting: per-Assembly vote allocation settings, presence in the plenary, votes with
-- their frozen electorate, ballots (every version kept), secret-ballot totals, and the audit trail.

-- Vote allocation settings of an Assembly (defaults: the IPU Statutes, Art. 15).
ALTER TABLE assembly_session
  ADD COLUMN vote_minimum          INT           NOT NULL DEFAULT 10,
  ADD COLUMN vote_brackets         VARCHAR(1000) NOT NULL DEFAULT '0:0,1000000:1,5000000:2,10000000:3,20000000:4,30000000:5,40000000:6,50000000:7,60000000:8,80000000:9,100000000:10,150000000:11,200000000:12,300000000:13',
  ADD COLUMN vote_gender_sanction  INT           NOT NULL DEFAULT 2,
  ADD COLUMN vote_max_per_delegate INT           NOT NULL DEFAULT 10;

-- A delegation made up of one sex only at three consecutive Assemblies (Art. 15(2)(c)).
ALTER TABLE membership ADD COLUMN gender_sanction BOOLEAN NOT NULL DEFAULT FALSE;

-- The head of a delegation casts its ballot, or designates delegates who may.
ALTER TABLE account ADD COLUMN head_of_delegation BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE casting_designation (
  session_id    BIGINT NOT NULL,
  account_id    BIGINT NOT NULL,
  designated_by BIGINT NOT NULL,
  PRIMARY KEY (session_id, account_id),
  CONSTRAINT fk_designation_session FOREIGN KEY (session_id) REFERENCES assembly_session (id),
  CONSTRAINT fk_designation_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_designation_by FOREIGN KEY (designated_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A delegate's presence in the plenary: asked for on the tablet, confirmed by the Secretariat.
CREATE TABLE plenary_presence (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  session_id    BIGINT       NOT NULL,
  account_id    BIGINT       NOT NULL,
  parliament_id BIGINT       NOT NULL,
  state         VARCHAR(20)  NOT NULL,
  changed_at    TIMESTAMP(3) NOT NULL,
  changed_by    VARCHAR(100) NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_presence UNIQUE (session_id, account_id),
  CONSTRAINT fk_presence_session FOREIGN KEY (session_id) REFERENCES assembly_session (id),
  CONSTRAINT fk_presence_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_presence_parliament FOREIGN KEY (parliament_id) REFERENCES parliament (id),
  CONSTRAINT ck_presence_state CHECK (state IN ('REQUESTED', 'PRESENT', 'ABSENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE vote (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  session_id          BIGINT       NOT NULL,
  subject             VARCHAR(500) NOT NULL,
  method              VARCHAR(20)  NOT NULL,
  majority_rule       VARCHAR(30)  NOT NULL,
  quorum_basis        VARCHAR(20)  NOT NULL DEFAULT 'NONE',
  quorum_numerator    INT          NOT NULL DEFAULT 0,
  quorum_denominator  INT          NOT NULL DEFAULT 1,
  state               VARCHAR(20)  NOT NULL,
  roll_call_letter    CHAR(1)      NULL,
  created_at          TIMESTAMP(3) NOT NULL,
  opened_at           TIMESTAMP(3) NULL,
  closed_at           TIMESTAMP(3) NULL,
  annulled_at         TIMESTAMP(3) NULL,
  annul_reason        VARCHAR(1000) NULL,
  replaces_vote_id    BIGINT       NULL,
  result_yes          INT          NULL,
  result_no           INT          NULL,
  result_abstain      INT          NULL,
  result_required     INT          NULL,
  result_outcome      VARCHAR(20)  NULL,
  secret_yes          INT          NOT NULL DEFAULT 0,
  secret_no           INT          NOT NULL DEFAULT 0,
  secret_abstain      INT          NOT NULL DEFAULT 0,
  audit_sequence      INT          NOT NULL DEFAULT 0,
  audit_head          CHAR(64)     NOT NULL,
  version             BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_vote_session FOREIGN KEY (session_id) REFERENCES assembly_session (id),
  CONSTRAINT fk_vote_replaces FOREIGN KEY (replaces_vote_id) REFERENCES vote (id),
  CONSTRAINT ck_vote_state CHECK (state IN ('DRAFT', 'OPEN', 'CLOSED', 'ANNULLED')),
  CONSTRAINT ck_vote_method CHECK (method IN ('ELECTRONIC', 'ROLL_CALL', 'SECRET'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The delegations that may vote, frozen when the vote opens.
CREATE TABLE vote_electorate (
  vote_id           BIGINT NOT NULL,
  parliament_id     BIGINT NOT NULL,
  entitlement       INT    NOT NULL,
  delegates_present INT    NOT NULL,
  usable_votes      INT    NOT NULL,
  PRIMARY KEY (vote_id, parliament_id),
  CONSTRAINT fk_electorate_vote FOREIGN KEY (vote_id) REFERENCES vote (id),
  CONSTRAINT fk_electorate_parliament FOREIGN KEY (parliament_id) REFERENCES parliament (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every ballot a delegation cast in a named vote, each change a new version; the highest counts.
CREATE TABLE ballot (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  vote_id         BIGINT       NOT NULL,
  parliament_id   BIGINT       NOT NULL,
  ballot_version  INT          NOT NULL,
  yes_votes       INT          NOT NULL,
  no_votes        INT          NOT NULL,
  abstain_votes   INT          NOT NULL,
  cast_by         VARCHAR(100) NOT NULL,
  cast_at         TIMESTAMP(3) NOT NULL,
  idempotency_key VARCHAR(100) NOT NULL,
  audit_sequence  INT          NOT NULL,
  audit_hash      CHAR(64)     NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_ballot_version UNIQUE (vote_id, parliament_id, ballot_version),
  CONSTRAINT uq_ballot_idempotency UNIQUE (vote_id, idempotency_key),
  CONSTRAINT fk_ballot_vote FOREIGN KEY (vote_id) REFERENCES vote (id),
  CONSTRAINT fk_ballot_parliament FOREIGN KEY (parliament_id) REFERENCES parliament (id),
  CONSTRAINT ck_ballot_counts CHECK (yes_votes >= 0 AND no_votes >= 0 AND abstain_votes >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who took part in a secret vote; never how. The counts only ever reach vote.secret_*.
CREATE TABLE secret_participation (
  vote_id         BIGINT       NOT NULL,
  parliament_id   BIGINT       NOT NULL,
  idempotency_key VARCHAR(100) NOT NULL,
  audit_sequence  INT          NOT NULL,
  audit_hash      CHAR(64)     NOT NULL,
  PRIMARY KEY (vote_id, parliament_id),
  CONSTRAINT uq_secret_idempotency UNIQUE (vote_id, idempotency_key),
  CONSTRAINT fk_secret_vote FOREIGN KEY (vote_id) REFERENCES vote (id),
  CONSTRAINT fk_secret_parliament FOREIGN KEY (parliament_id) REFERENCES parliament (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only audit trail, one hash chain per vote: hash = SHA-256(previous hash | entry).
CREATE TABLE audit_entry (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  vote_id     BIGINT        NOT NULL,
  sequence    INT           NOT NULL,
  kind        VARCHAR(20)   NOT NULL,
  entry       VARCHAR(2000) NOT NULL,
  actor       VARCHAR(100)  NOT NULL,
  recorded_at TIMESTAMP(3)  NOT NULL,
  prev_hash   CHAR(64)      NOT NULL,
  hash        CHAR(64)      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_audit_sequence UNIQUE (vote_id, sequence),
  CONSTRAINT fk_audit_vote FOREIGN KEY (vote_id) REFERENCES vote (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
