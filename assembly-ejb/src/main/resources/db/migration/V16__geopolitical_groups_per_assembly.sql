-- A Member's geopolitical groups are part of its membership of each Assembly (kept by the
-- Secretariat with the status, suspension and population, and copied to the next Assembly), no
-- longer fixed on the parliament.
CREATE TABLE membership_geo_group (
  membership_id BIGINT      NOT NULL,
  geo_group     VARCHAR(20) NOT NULL,
  PRIMARY KEY (membership_id, geo_group),
  CONSTRAINT fk_membership_geo_group FOREIGN KEY (membership_id) REFERENCES membership (id)
    ON DELETE CASCADE,
  CONSTRAINT ck_membership_geo_group CHECK (geo_group IN
    ('AFRICAN', 'ARAB', 'ASIA_PACIFIC', 'EURASIA', 'GRULAC', 'TWELVE_PLUS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO membership_geo_group (membership_id, geo_group)
SELECT m.id, g.geo_group FROM membership m JOIN parliament_geo_group g ON g.parliament_id = m.parliament_id;

DROP TABLE parliament_geo_group;
