-- Plenary voting takes its delegates from the approved registration, per Assembly, instead of from
-- a flag fixed on the login account. When the Secretariat approves a delegation, each of its
-- members of parliament is accredited for that Assembly as a delegate, the head of delegation as
-- the head; a change after approval leaves the accreditation as approved until the next approval.
ALTER TABLE participant
  ADD COLUMN accredited VARCHAR(8) NULL AFTER account_id,
  ADD CONSTRAINT ck_participant_accredited CHECK (accredited IN ('DELEGATE', 'HEAD'));

UPDATE participant p JOIN delegation d ON d.id = p.delegation_id
   SET p.accredited = CASE WHEN p.head THEN 'HEAD' ELSE 'DELEGATE' END
 WHERE d.state = 'APPROVED' AND p.category = 'MEMBER_OF_PARLIAMENT';

ALTER TABLE account DROP COLUMN head_of_delegation;
