-- files an outbox e-mail carries, kept until the e-mail is sent (a document's PDF, for example)
CREATE TABLE mail_outbox_attachment (
    id           UUID         NOT NULL PRIMARY KEY,
    mail_id      UUID         NOT NULL REFERENCES mail_outbox (id) ON DELETE CASCADE,
    position     INT          NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      BYTEA        NOT NULL
);
CREATE INDEX mail_outbox_attachment_mail_ix ON mail_outbox_attachment (mail_id, position);
