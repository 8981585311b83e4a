-- Where an Assembly meets, in each of the application's languages (#10: "Geneva" was shown as such
-- on French, Spanish and Arabic pages). The city column keeps the English name; a name left empty
-- in another language is shown in English.
ALTER TABLE assembly_session
  ADD COLUMN city_fr VARCHAR(100) NULL,
  ADD COLUMN city_es VARCHAR(100) NULL,
  ADD COLUMN city_ar VARCHAR(100) NULL;
