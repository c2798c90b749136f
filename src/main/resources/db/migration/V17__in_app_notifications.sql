-- In-app notifications (the bell): one row per person and event, shown in the reader's language
-- from a message key and its arguments; read_at is set when the owner has seen it.
CREATE TABLE notification (
    id          UUID          NOT NULL PRIMARY KEY,
    person_id   UUID          NOT NULL,
    kind        VARCHAR(60)   NOT NULL,
    message_key VARCHAR(200)  NOT NULL,
    args        VARCHAR(2000) NOT NULL,
    link        VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_person_ix ON notification (person_id, created_at);
CREATE INDEX notification_unread_ix ON notification (person_id, read_at);

-- how often a person wants a digest; a person without a row gets the weekly default
CREATE TABLE digest_preference (
    person_id  UUID        NOT NULL PRIMARY KEY,
    frequency  VARCHAR(10) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT digest_preference_frequency_ck CHECK (frequency IN ('NEVER', 'DAILY', 'WEEKLY'))
);
