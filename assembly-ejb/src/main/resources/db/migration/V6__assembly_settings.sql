-- Settings per Assembly (platform.settings): each Assembly stores only the settings the Secretariat
-- set, as text by key; the defaults live in one place, the catalog in the code
-- (org.ipu.assembly.platform.settings.rules.Setting). One version per Assembly for optimistic
-- locking: two officers editing at once cannot both save over the same version.
CREATE TABLE assembly_settings (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  session_id  BIGINT       NOT NULL,
  changed_by  VARCHAR(100) NULL,
  changed_at  TIMESTAMP(3) NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_assembly_settings_session UNIQUE (session_id),
  CONSTRAINT fk_assembly_settings_session FOREIGN KEY (session_id) REFERENCES assembly_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assembly_setting (
  settings_id BIGINT        NOT NULL,
  name        VARCHAR(100)  NOT NULL,
  value       VARCHAR(4000) NOT NULL,
  PRIMARY KEY (settings_id, name),
  CONSTRAINT fk_assembly_setting_settings FOREIGN KEY (settings_id) REFERENCES assembly_settings (id),
  CONSTRAINT ck_assembly_setting_name CHECK (name REGEXP '^[a-z]+(-[a-z]+)*([.][a-z]+(-[a-z]+)*)+$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Move the vote weighting settings V2 kept on assembly_session, keeping every existing Assembly's
-- values as they are (the brackets keep their text form, fromPersons:bonus,...).
INSERT INTO assembly_settings (session_id, version)
  SELECT id, 1 FROM assembly_session;

INSERT INTO assembly_setting (settings_id, name, value)
  SELECT st.id, 'vote.minimum', CAST(s.vote_minimum AS CHAR)
    FROM assembly_settings st JOIN assembly_session s ON s.id = st.session_id;

INSERT INTO assembly_setting (settings_id, name, value)
  SELECT st.id, 'vote.population-brackets', s.vote_brackets
    FROM assembly_settings st JOIN assembly_session s ON s.id = st.session_id;

INSERT INTO assembly_setting (settings_id, name, value)
  SELECT st.id, 'vote.gender-sanction', CAST(s.vote_gender_sanction AS CHAR)
    FROM assembly_settings st JOIN assembly_session s ON s.id = st.session_id;

INSERT INTO assembly_setting (settings_id, name, value)
  SELECT st.id, 'vote.max-per-delegate', CAST(s.vote_max_per_delegate AS CHAR)
    FROM assembly_settings st JOIN assembly_session s ON s.id = st.session_id;

ALTER TABLE assembly_session
  DROP COLUMN vote_minimum,
  DROP COLUMN vote_brackets,
  DROP COLUMN vote_gender_sanction,
  DROP COLUMN vote_max_per_delegate;
