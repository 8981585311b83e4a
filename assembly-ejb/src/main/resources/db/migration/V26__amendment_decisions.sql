-- The committee's decision on an amendment (one row per amendment, changed when the decision is
-- corrected; every decision is on the draft's audit chain): ADOPTED, ADOPTED_AS_REVISED (the text
-- as orally revised in revised_words, in the amendment's place), REJECTED, WITHDRAWN (in the
-- meeting), MERGED (into other_amendment_id) or FELL (made impossible by the adopted
-- other_amendment_id). source: who recorded it (SECRETARIAT; a committee vote later), decided_by
-- the account or the vote. version: two officers deciding at once, the second is told.
CREATE TABLE amendment_decision (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  amendment_id       BIGINT        NOT NULL,
  decision           VARCHAR(24)   NOT NULL,
  revised_words      TEXT          NULL,
  other_amendment_id BIGINT        NULL,
  source             VARCHAR(24)   NOT NULL,
  decided_at         TIMESTAMP(3)  NOT NULL,
  decided_by         VARCHAR(100)  NOT NULL,
  version            BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_amendment_decision UNIQUE (amendment_id),
  INDEX ix_amendment_decision_other (other_amendment_id),
  CONSTRAINT fk_amendment_decision_amendment FOREIGN KEY (amendment_id) REFERENCES amendment (id)
    ON DELETE CASCADE,
  CONSTRAINT fk_amendment_decision_other FOREIGN KEY (other_amendment_id) REFERENCES amendment (id),
  CONSTRAINT ck_amendment_decision CHECK (decision IN
    ('ADOPTED', 'ADOPTED_AS_REVISED', 'REJECTED', 'WITHDRAWN', 'MERGED', 'FELL')),
  CONSTRAINT ck_amendment_decision_other CHECK
    ((decision IN ('MERGED', 'FELL')) = (other_amendment_id IS NOT NULL)),
  CONSTRAINT ck_amendment_decision_revised CHECK
    ((decision = 'ADOPTED_AS_REVISED') = (revised_words IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
