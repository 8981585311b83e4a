-- Data protection: the personal data of an Assembly's participants is deleted once the Assembly's
-- retention period is over (setting registration.retention). What stays of each delegation: the
-- delegation row itself (its parliament and state) and these anonymous counts, enough for the
-- statistics of participation and for the gender sanction's history.

-- How many participants of one category and gender a delegation had, and how many of them were
-- young parliamentarians (members of parliament only), counted when their personal data was deleted.
CREATE TABLE delegation_statistics (
  id            BIGINT      NOT NULL AUTO_INCREMENT,
  delegation_id BIGINT      NOT NULL,
  category      VARCHAR(25) NOT NULL,
  gender        VARCHAR(6)  NOT NULL,
  participants  INT         NOT NULL,
  young         INT         NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_delegation_statistics UNIQUE (delegation_id, category, gender),
  CONSTRAINT fk_statistics_delegation FOREIGN KEY (delegation_id) REFERENCES delegation (id),
  CONSTRAINT ck_statistics_gender CHECK (gender IN ('FEMALE', 'MALE')),
  CONSTRAINT ck_statistics_category CHECK (category IN
    ('MEMBER_OF_PARLIAMENT', 'ADVISER', 'DELEGATION_SECRETARY', 'ACCOMPANYING_PERSON')),
  CONSTRAINT ck_statistics_counts CHECK (participants > 0 AND young >= 0 AND young <= participants),
  CONSTRAINT ck_statistics_young CHECK (young = 0 OR category = 'MEMBER_OF_PARLIAMENT')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When the personal data of the delegation's participants was deleted (null while it is kept). The
-- Secretariat's return comment and the approved composition (which name people) go with it, so a
-- returned delegation's comment may then be empty.
ALTER TABLE delegation
  ADD COLUMN personal_data_deleted_at TIMESTAMP(3) NULL;
ALTER TABLE delegation
  DROP CONSTRAINT ck_delegation_returned;
ALTER TABLE delegation
  ADD CONSTRAINT ck_delegation_returned
    CHECK (state <> 'RETURNED' OR return_comment IS NOT NULL OR personal_data_deleted_at IS NOT NULL);
