package ru.masterskaya.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.Mailbox;
import ru.masterskaya.MasterskayaIntegrationTest;

/**
 * The SMTP server goes away for a while: the outbox keeps every e-mail with its files, uses up no
 * attempts, and sends once it is back; a file is deleted from the outbox once its e-mail is sent.
 */
@MasterskayaIntegrationTest
class MailOutageIntegrationTest {

    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxMessageRepository messages;

    @Autowired
    OutboxAttachmentRepository attachments;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anEmailQueuedDuringAnOutageIsSentWithItsFileWhenTheServerReturnsWithoutUsingUpItsAttempts() throws Exception {
        mailbox.stop();
        try {
            String recipient = "outage-" + UUID.randomUUID() + "@example.ru";
            transactions.executeWithoutResult(status -> outbox.enqueue(new OutgoingMail(recipient, "Во время сбоя", "Текст",
                    List.of(new MailAttachment("План встреч.txt", "text/plain", "Встреча 1: 12.01.2027".getBytes(StandardCharsets.UTF_8))))));

            Thread.sleep(3000);
            OutboxMessage waiting = messages.findAll().stream()
                    .filter(message -> message.toMail().recipient().equals(recipient))
                    .findFirst().orElseThrow();
            assertThat(waiting.getSentAt()).isNull();
            assertThat(waiting.getAttempts()).isZero();
            assertThat(attachments.findByMailIdOrderByPosition(waiting.getId())).hasSize(1);

            mailbox.start();
            Mailbox.ReceivedMail received = mailbox.awaitMailTo(recipient);
            assertThat(received.subject()).isEqualTo("Во время сбоя");
            assertThat(received.text()).isEqualTo("Текст");
            assertThat(received.attachments()).singleElement().satisfies(file -> {
                assertThat(file.fileName()).isEqualTo("План встреч.txt");
                assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("Встреча 1: 12.01.2027");
            });
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                assertThat(messages.findById(waiting.getId()).orElseThrow().getAttempts()).isEqualTo(1);
                assertThat(attachments.findByMailIdOrderByPosition(waiting.getId())).isEmpty();
            });
        } finally {
            if (!mailbox.isRunning()) {
                mailbox.start();
            }
        }
    }
}
