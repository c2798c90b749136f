package ru.masterskaya.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.Mailbox;
import ru.masterskaya.MasterskayaIntegrationTest;

/** The SMTP server goes away for a while: the outbox keeps every e-mail, uses up no attempts, and sends once it is back. */
@MasterskayaIntegrationTest
class MailOutageIntegrationTest {

    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxMessageRepository messages;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anEmailQueuedDuringAnOutageIsSentWhenTheServerReturnsWithoutUsingUpItsAttempts() throws Exception {
        mailbox.stop();
        try {
            String recipient = "outage-" + UUID.randomUUID() + "@example.ru";
            transactions.executeWithoutResult(status -> outbox.enqueue(new OutgoingMail(recipient, "Во время сбоя", "Текст")));

            Thread.sleep(3000);
            OutboxMessage waiting = messages.findAll().stream()
                    .filter(message -> message.toMail().recipient().equals(recipient))
                    .findFirst().orElseThrow();
            assertThat(waiting.getSentAt()).isNull();
            assertThat(waiting.getAttempts()).isZero();

            mailbox.start();
            assertThat(mailbox.awaitMailTo(recipient).subject()).isEqualTo("Во время сбоя");
            assertThat(messages.findById(waiting.getId()).orElseThrow().getAttempts()).isEqualTo(1);
        } finally {
            if (!mailbox.isRunning()) {
                mailbox.start();
            }
        }
    }
}
