-- how many pairs published earlier in the year already worked when a run was solved: their
-- practitioners were left out of the run and their masters' places reduced by them
ALTER TABLE matching_run ADD COLUMN working_pairs INT DEFAULT 0 NOT NULL;

-- an e-mail the dispatcher gave up on after its last attempt; the administrator sees it and may send it again
ALTER TABLE mail_outbox ADD COLUMN failed_at TIMESTAMP WITH TIME ZONE;
