-- Assembly sessions, the Member Parliaments taking part in each, and the accounts of the people using the system.

CREATE TABLE assembly_session (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  number        INT          NOT NULL,
  city          VARCHAR(100) NOT NULL,
  country_code  CHAR(2)      NOT NULL,
  opens_on      DATE         NOT NULL,
  closes_on     DATE         NOT NULL,
  is_current    BOOLEAN      NOT NULL DEFAULT FALSE,
  version       BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_assembly_session_number UNIQUE (number),
  CONSTRAINT ck_assembly_session_dates CHECK (closes_on >= opens_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A parliament or parliamentary body that may take part in Assemblies. National parliaments carry
-- an ISO 3166-1 code (their names come from locale data); other bodies carry their names.
CREATE TABLE parliament (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  country_code  CHAR(2)      NULL,
  name_en       VARCHAR(200) NULL,
  name_fr       VARCHAR(200) NULL,
  name_es       VARCHAR(200) NULL,
  name_ar       VARCHAR(200) NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_parliament_country UNIQUE (country_code),
  CONSTRAINT ck_parliament_named CHECK (country_code IS NOT NULL OR name_en IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE parliament_geo_group (
  parliament_id BIGINT      NOT NULL,
  geo_group     VARCHAR(20) NOT NULL,
  PRIMARY KEY (parliament_id, geo_group),
  CONSTRAINT fk_geo_group_parliament FOREIGN KEY (parliament_id) REFERENCES parliament (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A parliament's standing at one Assembly: status, suspension and the population figure used there.
CREATE TABLE membership (
  id            BIGINT      NOT NULL AUTO_INCREMENT,
  session_id    BIGINT      NOT NULL,
  parliament_id BIGINT      NOT NULL,
  status        VARCHAR(20) NOT NULL,
  suspended     BOOLEAN     NOT NULL DEFAULT FALSE,
  population    BIGINT      NOT NULL,
  version       BIGINT      NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_membership UNIQUE (session_id, parliament_id),
  CONSTRAINT fk_membership_session FOREIGN KEY (session_id) REFERENCES assembly_session (id),
  CONSTRAINT fk_membership_parliament FOREIGN KEY (parliament_id) REFERENCES parliament (id),
  CONSTRAINT ck_membership_status CHECK (status IN ('MEMBER', 'ASSOCIATE_MEMBER', 'OBSERVER')),
  CONSTRAINT ck_membership_population CHECK (population >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  username      VARCHAR(100) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  full_name     VARCHAR(200) NOT NULL,
  email         VARCHAR(200) NULL,
  role          VARCHAR(20)  NOT NULL,
  parliament_id BIGINT       NULL,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version       BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_account_username UNIQUE (username),
  CONSTRAINT fk_account_parliament FOREIGN KEY (parliament_id) REFERENCES parliament (id),
  CONSTRAINT ck_account_role CHECK (role IN ('SECRETARIAT', 'FOCAL_POINT', 'DELEGATE', 'OBSERVER')),
  CONSTRAINT ck_account_parliament CHECK (role IN ('SECRETARIAT', 'OBSERVER') OR parliament_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
