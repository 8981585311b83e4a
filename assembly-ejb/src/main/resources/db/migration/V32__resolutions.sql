-- A draft resolution's way to adoption. The committee adopts its text: the text as amended at that
-- moment is stored as the committee's final text (a version of its own: later decisions do not
-- change it), in English and French and in Spanish and Arabic when the draft is written wholly in
-- them. The plenary then adopts it (state ADOPTED: by CONSENSUS, recorded by the Secretariat, or by
-- VOTE, with the vote's id and totals) or rejects it in a vote (REJECTED). version: two officers
-- acting at once, the second is told.
CREATE TABLE resolution (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  draft_id              BIGINT        NOT NULL,
  state                 VARCHAR(16)   NOT NULL,
  committee_adopted_at  TIMESTAMP(3)  NOT NULL,
  committee_adopted_by  VARCHAR(100)  NOT NULL,
  adoption              VARCHAR(16)   NULL,
  decided_at            TIMESTAMP(3)  NULL,
  decided_by            VARCHAR(100)  NULL,
  vote_id               BIGINT        NULL,
  votes_yes             INT           NULL,
  votes_no              INT           NULL,
  votes_abstain         INT           NULL,
  version               BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_resolution_draft UNIQUE (draft_id),
  CONSTRAINT fk_resolution_draft FOREIGN KEY (draft_id) REFERENCES draft_resolution (id)
    ON DELETE CASCADE,
  CONSTRAINT ck_resolution_state CHECK (state IN ('COMMITTEE_TEXT', 'ADOPTED', 'REJECTED')),
  CONSTRAINT ck_resolution_adoption CHECK (adoption IS NULL OR adoption IN ('CONSENSUS', 'VOTE')),
  CONSTRAINT ck_resolution_decided CHECK ((state = 'COMMITTEE_TEXT') = (adoption IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The committee's text in one language: its title and its paragraphs in order (position from 0),
-- each with its kind, citation (PP1, OP2, OP2(a)) and mark (2., (a)) as numbered in that text.
CREATE TABLE resolution_text (
  resolution_id  BIGINT        NOT NULL,
  language       CHAR(2)       NOT NULL,
  title          VARCHAR(500)  NOT NULL,
  PRIMARY KEY (resolution_id, language),
  CONSTRAINT fk_resolution_text FOREIGN KEY (resolution_id) REFERENCES resolution (id)
    ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resolution_paragraph (
  resolution_id  BIGINT        NOT NULL,
  language       CHAR(2)       NOT NULL,
  position       INT           NOT NULL,
  kind           VARCHAR(16)   NOT NULL,
  citation       VARCHAR(32)   NOT NULL,
  mark           VARCHAR(16)   NOT NULL,
  text           TEXT          NOT NULL,
  PRIMARY KEY (resolution_id, language, position),
  CONSTRAINT fk_resolution_paragraph FOREIGN KEY (resolution_id) REFERENCES resolution (id)
    ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
