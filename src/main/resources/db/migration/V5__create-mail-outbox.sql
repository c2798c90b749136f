-- e-mails are written here in the business transaction and sent by one node at a time, with retries
CREATE TABLE mail_outbox (
    id              UUID         NOT NULL PRIMARY KEY,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body            TEXT         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INT          NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000)
);
CREATE INDEX mail_outbox_pending_ix ON mail_outbox (sent_at, next_attempt_at);
