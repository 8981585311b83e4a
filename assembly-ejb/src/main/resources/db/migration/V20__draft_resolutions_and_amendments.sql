-- Draft resolutions of the Standing Committees and the amendments Member Parliaments table to them.

-- A Standing Committee's draft resolution at an Assembly (one a year; a replacement may follow): its titles
-- (English and French required, Spanish and Arabic optional), its co-rapporteurs, the deadline for
-- amendments with the time zone in which it is announced. A draft is prepared (state DRAFT: only the
-- Secretariat sees it), then published: Member Parliaments table amendments. Each correction of the
-- published text raises the edition. voting_order: the presiding officer's order of the amendments
-- (their ids, comma separated), null while the proposed order stands.
CREATE TABLE draft_resolution (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  session_id      BIGINT        NOT NULL,
  committee       VARCHAR(32)   NOT NULL,
  title_en        VARCHAR(300)  NOT NULL,
  title_fr        VARCHAR(300)  NOT NULL,
  title_es        VARCHAR(300)  NULL,
  title_ar        VARCHAR(300)  NULL,
  co_rapporteurs  VARCHAR(300)  NOT NULL,
  deadline        TIMESTAMP(3)  NOT NULL,
  time_zone       VARCHAR(40)   NOT NULL,
  state           VARCHAR(12)   NOT NULL,
  edition         INT           NOT NULL DEFAULT 1,
  published_at    TIMESTAMP(3)  NULL,
  voting_order    TEXT          NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX ix_draft_session (session_id, committee),
  CONSTRAINT fk_draft_session FOREIGN KEY (session_id) REFERENCES assembly_session (id),
  CONSTRAINT ck_draft_committee CHECK (committee IN ('PEACE_AND_SECURITY', 'SUSTAINABLE_DEVELOPMENT',
    'DEMOCRACY_AND_HUMAN_RIGHTS', 'UNITED_NATIONS_AFFAIRS')),
  CONSTRAINT ck_draft_state CHECK (state IN ('DRAFT', 'PUBLISHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A paragraph of a draft. Its id is its identity: amendments name it, whatever its number (derived
-- from position and kind) becomes. A paragraph the Secretariat removes from a published draft stays
-- (removed = true) so that amendments to it can say so. Each language's text is plain text, words
-- separated by single spaces, with the revision amendments to it are written against (raised by
-- each correction of that text).
CREATE TABLE draft_paragraph (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  draft_id    BIGINT        NOT NULL,
  position    INT           NOT NULL,
  kind        VARCHAR(16)   NOT NULL,
  removed     BOOLEAN       NOT NULL DEFAULT FALSE,
  text_en     TEXT          NOT NULL,
  text_fr     TEXT          NOT NULL,
  text_es     TEXT          NULL,
  text_ar     TEXT          NULL,
  revision_en INT           NOT NULL DEFAULT 1,
  revision_fr INT           NOT NULL DEFAULT 1,
  revision_es INT           NOT NULL DEFAULT 1,
  revision_ar INT           NOT NULL DEFAULT 1,
  version     BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX ix_paragraph_draft (draft_id, position),
  CONSTRAINT fk_paragraph_draft FOREIGN KEY (draft_id) REFERENCES draft_resolution (id)
    ON DELETE CASCADE,
  CONSTRAINT ck_paragraph_kind CHECK (kind IN ('PREAMBULAR', 'OPERATIVE', 'SUB_PARAGRAPH'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An amendment tabled by a Member Parliament (sponsor) to a paragraph of a draft, in one language:
-- kind WORDS (words word_from..word_to, which read original_words, become new_words: replaced,
-- deleted or inserted), NEW_PARAGRAPH (new_words, of new_kind, after the paragraph) or
-- DELETE_PARAGRAPH. paragraph_revision and base_text: the paragraph's text as the sponsor saw it.
-- late: entered by the Secretariat after the deadline. needs_review: a correction of the base text
-- touched its words. number: its number in the draft's list, in the order tabled.
CREATE TABLE amendment (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  draft_id           BIGINT        NOT NULL,
  number             INT           NOT NULL,
  sponsor_id         BIGINT        NOT NULL,
  language           CHAR(2)       NOT NULL,
  kind               VARCHAR(16)   NOT NULL,
  paragraph_id       BIGINT        NOT NULL,
  paragraph_revision INT           NOT NULL,
  word_from          INT           NOT NULL DEFAULT 0,
  word_to            INT           NOT NULL DEFAULT 0,
  original_words     TEXT          NOT NULL,
  new_words          TEXT          NOT NULL,
  new_kind           VARCHAR(16)   NULL,
  base_text          TEXT          NOT NULL,
  justification      TEXT          NULL,
  state              VARCHAR(12)   NOT NULL,
  late               BOOLEAN       NOT NULL DEFAULT FALSE,
  needs_review       BOOLEAN       NOT NULL DEFAULT FALSE,
  tabled_at          TIMESTAMP(3)  NOT NULL,
  tabled_by          VARCHAR(100)  NOT NULL,
  changed_at         TIMESTAMP(3)  NOT NULL,
  version            BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_amendment_number UNIQUE (draft_id, number),
  INDEX ix_amendment_paragraph (paragraph_id),
  INDEX ix_amendment_sponsor (sponsor_id),
  CONSTRAINT fk_amendment_draft FOREIGN KEY (draft_id) REFERENCES draft_resolution (id)
    ON DELETE CASCADE,
  CONSTRAINT fk_amendment_paragraph FOREIGN KEY (paragraph_id) REFERENCES draft_paragraph (id),
  CONSTRAINT fk_amendment_sponsor FOREIGN KEY (sponsor_id) REFERENCES parliament (id),
  CONSTRAINT ck_amendment_language CHECK (language IN ('en', 'fr', 'es', 'ar')),
  CONSTRAINT ck_amendment_kind CHECK (kind IN ('WORDS', 'NEW_PARAGRAPH', 'DELETE_PARAGRAPH')),
  CONSTRAINT ck_amendment_state CHECK (state IN ('TABLED', 'WITHDRAWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A parliament the sponsor named as co-sponsor; it co-sponsors once its own focal point confirmed
-- (confirmed_at, confirmed_by), before the deadline.
CREATE TABLE amendment_cosponsor (
  amendment_id  BIGINT        NOT NULL,
  parliament_id BIGINT        NOT NULL,
  confirmed_at  TIMESTAMP(3)  NULL,
  confirmed_by  VARCHAR(100)  NULL,
  PRIMARY KEY (amendment_id, parliament_id),
  INDEX ix_cosponsor_parliament (parliament_id),
  CONSTRAINT fk_cosponsor_amendment FOREIGN KEY (amendment_id) REFERENCES amendment (id)
    ON DELETE CASCADE,
  CONSTRAINT fk_cosponsor_parliament FOREIGN KEY (parliament_id) REFERENCES parliament (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
