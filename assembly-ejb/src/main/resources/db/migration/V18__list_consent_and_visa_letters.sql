-- The list of participants and visa-support letters.

-- Consent to the published list of participants, in three levels instead of yes / no: NOBODY (not
-- listed), PARTICIPANTS (in the list the Assembly's signed-in participants read) or PUBLIC (also in
-- the public list). A participant who had agreed to "the published list" agreed to the public one.
ALTER TABLE participant
  ADD COLUMN list_consent VARCHAR(12) NOT NULL DEFAULT 'NOBODY' AFTER visa_letter;

ALTER TABLE participant
  ADD CONSTRAINT ck_participant_list_consent
    CHECK (list_consent IN ('NOBODY', 'PARTICIPANTS', 'PUBLIC'));

UPDATE participant SET list_consent = CASE WHEN listed THEN 'PUBLIC' ELSE 'NOBODY' END;

ALTER TABLE participant DROP COLUMN listed;

-- The approved compositions the Secretariat compares with (JSON, one object of fields per
-- participant, written without spaces): the old field becomes the new one, so that a delegation
-- approved before shows no change that nobody made.
UPDATE delegation
   SET approved_composition = REPLACE(REPLACE(approved_composition,
         '"listed":"true"', '"listConsent":"PUBLIC"'),
         '"listed":"false"', '"listConsent":"NOBODY"')
 WHERE approved_composition IS NOT NULL;

-- A visa-support letter the participant asked for (visa_letter), once the Secretariat signed it
-- off: when and by whom (user name). Only then can it be downloaded.
ALTER TABLE participant
  ADD COLUMN visa_letter_signed_at TIMESTAMP(3) NULL AFTER list_consent,
  ADD COLUMN visa_letter_signed_by VARCHAR(100) NULL AFTER visa_letter_signed_at;

ALTER TABLE participant
  ADD CONSTRAINT ck_participant_visa_letter_signed CHECK (visa_letter_signed_at IS NULL
    OR (visa_letter AND visa_letter_signed_by IS NOT NULL));
