-- One audit trail for every component (org.ipu.assembly.platform.audit): a hash chain per subject,
-- keyed 'type:id[/type:id...]' (e.g. 'vote:42', 'vote:42/delegation:7'). Payloads are canonical
-- JSON written in ASCII (every other character escaped), so keys, kinds and payloads compare byte
-- for byte. Appended, never changed.
CREATE TABLE audit_record (
  subject      VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  sequence     INT          NOT NULL,
  subject_type VARCHAR(120) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  kind         VARCHAR(60)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  payload      MEDIUMTEXT   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  actor        VARCHAR(100) NOT NULL,
  recorded_at  DATETIME(3)  NOT NULL,
  prev_hash    CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  hash         CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (subject, sequence),
  KEY ix_audit_record_type (subject_type),
  CONSTRAINT ck_audit_record_sequence CHECK (sequence >= 1),
  CONSTRAINT ck_audit_record_hashes CHECK (prev_hash REGEXP '^[0-9a-f]{64}$' AND hash REGEXP '^[0-9a-f]{64}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The heads of the chains the trail keeps itself (subjects whose owner keeps no head on a row of
-- its own); a vote's chains keep theirs on vote and vote_electorate, as before.
CREATE TABLE audit_chain (
  subject  VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  sequence INT          NOT NULL DEFAULT 0,
  head     CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NULL,
  PRIMARY KEY (subject),
  CONSTRAINT ck_audit_chain_sequence CHECK (sequence >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
