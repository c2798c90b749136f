package ru.masterskaya.notifications;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues e-mails in the caller's transaction: if the business change rolls back, no e-mail goes out. */
@Service
public class MailOutbox {

    private final OutboxMessageRepository messages;
    private final OutboxAttachmentRepository attachments;
    private final Clock clock;

    MailOutbox(OutboxMessageRepository messages, OutboxAttachmentRepository attachments, Clock clock) {
        this.messages = messages;
        this.attachments = attachments;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        OutboxMessage message = messages.save(new OutboxMessage(mail, clock.instant()));
        for (int position = 0; position < mail.attachments().size(); position++) {
            attachments.save(new OutboxAttachment(message.getId(), position, mail.attachments().get(position)));
        }
    }
}
