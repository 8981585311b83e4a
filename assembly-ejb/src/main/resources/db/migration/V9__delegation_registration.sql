-- Delegation registration: each parliament's delegation to one Assembly, registered by its focal
-- points and approved (accredited) or returned by the Secretariat, and the people in it.

CREATE TABLE delegation (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  session_id           BIGINT        NOT NULL,
  parliament_id        BIGINT        NOT NULL,
  state                VARCHAR(10)   NOT NULL,
  -- Why the Secretariat returned it (kept until it is approved).
  return_comment       VARCHAR(2000) NULL,
  submitted_at         TIMESTAMP(3)  NULL,
  ever_submitted       BOOLEAN       NOT NULL DEFAULT FALSE,
  decided_at           TIMESTAMP(3)  NULL,
  decided_by           VARCHAR(100)  NULL,
  -- The participants as last approved (JSON), to show what changed since.
  approved_composition MEDIUMTEXT    NULL,
  created_at           TIMESTAMP(3)  NOT NULL,
  -- When its participants last changed.
  changed_at           TIMESTAMP(3)  NOT NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_delegation UNIQUE (session_id, parliament_id),
  INDEX ix_delegation_queue (session_id, state, submitted_at),
  CONSTRAINT fk_delegation_session FOREIGN KEY (session_id) REFERENCES assembly_session (id),
  CONSTRAINT fk_delegation_parliament FOREIGN KEY (parliament_id) REFERENCES parliament (id),
  CONSTRAINT ck_delegation_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
  CONSTRAINT ck_delegation_submitted CHECK (state <> 'SUBMITTED' OR submitted_at IS NOT NULL),
  CONSTRAINT ck_delegation_returned CHECK (state <> 'RETURNED' OR return_comment IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person registered in a delegation. Personal data: visible to the parliament's focal points, the
-- Secretariat and the person only.
CREATE TABLE participant (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  delegation_id       BIGINT        NOT NULL,
  family_name         VARCHAR(100)  NOT NULL,
  given_names         VARCHAR(100)  NOT NULL,
  title               VARCHAR(50)   NULL,
  gender              VARCHAR(6)    NOT NULL,
  born_on             DATE          NULL,
  category            VARCHAR(25)   NOT NULL,
  head                BOOLEAN       NOT NULL DEFAULT FALSE,
  email               VARCHAR(200)  NULL,
  phone               VARCHAR(40)   NULL,
  working_language    CHAR(2)       NOT NULL,
  arrives_on          DATE          NULL,
  departs_on          DATE          NULL,
  accessibility_needs VARCHAR(1000) NULL,
  visa_letter         BOOLEAN       NOT NULL DEFAULT FALSE,
  listed              BOOLEAN       NOT NULL DEFAULT FALSE,
  version             BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX ix_participant_delegation (delegation_id),
  CONSTRAINT fk_participant_delegation FOREIGN KEY (delegation_id) REFERENCES delegation (id),
  CONSTRAINT ck_participant_gender CHECK (gender IN ('FEMALE', 'MALE')),
  CONSTRAINT ck_participant_category CHECK (category IN
    ('MEMBER_OF_PARLIAMENT', 'ADVISER', 'DELEGATION_SECRETARY', 'ACCOMPANYING_PERSON')),
  CONSTRAINT ck_participant_head CHECK (NOT head OR category = 'MEMBER_OF_PARLIAMENT'),
  CONSTRAINT ck_participant_language CHECK (working_language IN ('en', 'fr', 'es', 'ar')),
  CONSTRAINT ck_participant_stay CHECK (departs_on IS NULL OR arrives_on IS NULL
    OR departs_on >= arrives_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A delegate's seat on a Standing Committee: member or substitute.
CREATE TABLE participant_committee (
  participant_id BIGINT      NOT NULL,
  committee      VARCHAR(30) NOT NULL,
  seat           VARCHAR(10) NOT NULL,
  PRIMARY KEY (participant_id, committee),
  CONSTRAINT fk_committee_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
    ON DELETE CASCADE,
  CONSTRAINT ck_committee_name CHECK (committee IN ('PEACE_AND_SECURITY', 'SUSTAINABLE_DEVELOPMENT',
    'DEMOCRACY_AND_HUMAN_RIGHTS', 'UNITED_NATIONS_AFFAIRS')),
  CONSTRAINT ck_committee_seat CHECK (seat IN ('MEMBER', 'SUBSTITUTE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
