-- A participant's badge photo: a 600 x 600 JPEG made from the upload (checked, cropped square,
-- re-encoded without metadata). Kept out of the participant row so that lists never read it.
-- Personal data: visible to the parliament's focal points and the Secretariat only.
CREATE TABLE participant_photo (
  participant_id BIGINT       NOT NULL,
  jpeg           MEDIUMBLOB   NOT NULL,
  width          INT          NOT NULL,
  height         INT          NOT NULL,
  uploaded_at    TIMESTAMP(3) NOT NULL,
  -- Who uploaded it (user name).
  uploaded_by    VARCHAR(100) NOT NULL,
  PRIMARY KEY (participant_id),
  CONSTRAINT fk_photo_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
    ON DELETE CASCADE,
  CONSTRAINT ck_photo_size CHECK (width > 0 AND height > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
