-- the practitioners and masters a run was solved on, as JSON, so that its result and certificate
-- can be checked later against exactly those inputs, whatever has changed in offers and requests since
ALTER TABLE matching_run ADD COLUMN inputs TEXT;
