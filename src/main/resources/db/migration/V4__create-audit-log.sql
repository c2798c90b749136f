CREATE TABLE audit_entry (
    id          UUID         NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(254) NOT NULL,
    subject     VARCHAR(40)  NOT NULL,
    subject_id  VARCHAR(64)  NOT NULL,
    subject_label VARCHAR(500) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    changes     TEXT
);
CREATE INDEX audit_entry_occurred_ix ON audit_entry (occurred_at);
CREATE INDEX audit_entry_subject_ix ON audit_entry (subject, subject_id);
