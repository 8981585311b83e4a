-- Why a Member is suspended (Statutes Art. 5: arrears), as the Secretariat records it.
ALTER TABLE membership ADD COLUMN suspension_reason VARCHAR(500) NULL AFTER suspended;
