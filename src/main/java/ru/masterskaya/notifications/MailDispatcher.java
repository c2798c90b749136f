package ru.masterskaya.notifications;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties the outbox over SMTP. The ShedLock lock makes one node send at a time, and each message
 * is marked sent in its own transaction right after it leaves, so no e-mail is sent twice. A message
 * that cannot be sent is retried with exponential backoff a bounded number of times
 * ({@code masterskaya.mail.max-attempts}), then marked failed for the administrator ({@link FailedMails}).
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 50;

    private final OutboxMessageRepository messages;
    private final JavaMailSender sender;
    private final MailProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MailDispatcher(
            OutboxMessageRepository messages,
            JavaMailSender sender,
            MailProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.messages = messages;
        this.sender = sender;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${masterskaya.mail.dispatch-interval}")
    @SchedulerLock(name = "mail-dispatcher", lockAtMostFor = "PT5M")
    void dispatch() {
        var due = messages.findBySentAtIsNullAndNextAttemptAtLessThanEqualAndAttemptsLessThanOrderByCreatedAt(
                clock.instant(), properties.maxAttempts(), Limit.of(BATCH));
        for (OutboxMessage message : due) {
            send(message);
        }
    }

    private void send(OutboxMessage message) {
        try {
            sender.send(toMime(message.toMail()));
            message.markSent(clock.instant());
        } catch (MailException | jakarta.mail.MessagingException e) {
            message.markFailed(e.getMessage() == null ? e.getClass().getName() : e.getMessage(), clock.instant(), properties.maxAttempts());
            if (message.hasFailed()) {
                log.error("E-mail {} to {} given up after {} attempts, the administrator sees it under /admin/mail: {}", message.getId(),
                        message.getRecipient(), message.getAttempts(), e.getMessage());
            } else {
                log.warn("E-mail {} not sent (attempt {} of {}), next at {}: {}", message.getId(), message.getAttempts(),
                        properties.maxAttempts(), message.getNextAttemptAt(), e.getMessage());
            }
        }
        transactions.executeWithoutResult(status -> messages.save(message));
    }

    private MimeMessage toMime(OutgoingMail mail) throws jakarta.mail.MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        return mime;
    }
}
