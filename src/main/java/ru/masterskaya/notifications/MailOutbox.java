package ru.masterskaya.notifications;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues e-mails in the caller's transaction: if the business change rolls back, no e-mail goes out. */
@Service
public class MailOutbox {

    private final OutboxMessageRepository messages;
    private final Clock clock;

    MailOutbox(OutboxMessageRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        messages.save(new OutboxMessage(mail, clock.instant()));
    }
}
