-- A registered delegate's login account, opened by the focal point through an invitation: the same
-- person keeps one account from Assembly to Assembly.
ALTER TABLE participant
  ADD COLUMN account_id BIGINT NULL AFTER delegation_id,
  ADD CONSTRAINT fk_participant_account FOREIGN KEY (account_id) REFERENCES account (id),
  ADD CONSTRAINT uq_participant_account UNIQUE (delegation_id, account_id);
