-- A vote's subject in the Assembly's other languages: the subject (English, required) and, where
-- the Secretariat gives them, its French, Spanish and Arabic texts; each screen shows the one in
-- its reader's language, else the English one.
ALTER TABLE vote
  ADD COLUMN subject_fr VARCHAR(500) NULL,
  ADD COLUMN subject_es VARCHAR(500) NULL,
  ADD COLUMN subject_ar VARCHAR(500) NULL;
