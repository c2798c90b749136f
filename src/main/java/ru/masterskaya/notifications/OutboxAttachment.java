package ru.masterskaya.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * An attachment of an outbox e-mail, stored apart from the message so that listing messages (the
 * dispatcher's batch, the administrator's failed mails) never loads file contents.
 */
@Entity
@Table(name = "mail_outbox_attachment")
class OutboxAttachment {

    @Id
    private UUID id;

    private UUID mailId;

    private int position;

    private String fileName;

    private String contentType;

    /** Plain {@code byte[]}: BYTEA on PostgreSQL, BINARY VARYING on H2; a {@code @Lob} would expect an OID. */
    private byte[] content;

    protected OutboxAttachment() {}

    OutboxAttachment(UUID mailId, int position, MailAttachment attachment) {
        this.id = UUID.randomUUID();
        this.mailId = mailId;
        this.position = position;
        this.fileName = attachment.fileName();
        this.contentType = attachment.contentType();
        this.content = attachment.content();
    }

    MailAttachment toAttachment() {
        return new MailAttachment(fileName, contentType, content);
    }
}
