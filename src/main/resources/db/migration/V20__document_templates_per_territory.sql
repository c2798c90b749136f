-- a municipality or a region may keep its own templates; documents of a territory without its own use
-- its region's, then the shared ones ('*'), which every installation starts with
ALTER TABLE document_template ADD COLUMN owner_key VARCHAR(40) DEFAULT '*' NOT NULL;
ALTER TABLE document_template DROP CONSTRAINT document_template_version_uq;
ALTER TABLE document_template ADD CONSTRAINT document_template_version_uq UNIQUE (kind, owner_key, version_number);
