package ru.masterskaya.notifications;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties the outbox over SMTP. The ShedLock lock makes one node send at a time, and each message
 * is marked sent in its own transaction right after it leaves, so no e-mail is sent twice. While the
 * server is unreachable nothing is given up: the oldest message is tried once per round, without
 * using up its attempts, until the server answers again. A message the server refuses is retried with
 * exponential backoff a bounded number of times ({@code masterskaya.mail.max-attempts}), then marked
 * failed for the administrator ({@link FailedMails}).
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 50;
    /** Well under the lock's PT5M, even if every message of a batch took the full SMTP timeouts. */
    private static final Duration SENDING_BUDGET = Duration.ofMinutes(2);

    private final OutboxMessageRepository messages;
    private final OutboxAttachmentRepository attachments;
    private final JavaMailSender sender;
    private final MailProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** Whether the last round found the server unreachable, so that an outage is logged once, not every round. */
    private volatile boolean serverDown;

    MailDispatcher(
            OutboxMessageRepository messages,
            OutboxAttachmentRepository attachments,
            JavaMailSender sender,
            MailProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.messages = messages;
        this.attachments = attachments;
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
        if (due.isEmpty()) {
            return;
        }
        // one query says which messages of the batch carry files, so a plain e-mail costs no extra round trip
        Set<UUID> withFiles = attachments.mailsWithAttachments(due.stream().map(OutboxMessage::getId).toList());
        long started = System.nanoTime();
        for (OutboxMessage message : due) {
            if (!send(message, withFiles.contains(message.getId())) || !withinLockBudget(started)) {
                break;
            }
        }
    }

    /**
     * Sending must end well before the lock expires, or another node could take the lock and send
     * the same messages again; the rest of the batch waits for the next round.
     */
    private static boolean withinLockBudget(long startedNanos) {
        return System.nanoTime() - startedNanos < SENDING_BUDGET.toNanos();
    }

    /**
     * Whether the server could not be reached at all (connection refused, timeout, unknown host,
     * login refused) rather than this message being refused: then no message is at fault, none
     * uses up its attempts, and the round stops instead of trying every message against a dead server.
     */
    private static boolean serverUnreachable(Exception failure) {
        if (failure instanceof MailAuthenticationException) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    /** Sends one message and records the outcome; false if the server is unreachable, so the round should stop. */
    private boolean send(OutboxMessage message, boolean hasFiles) {
        try {
            sender.send(toMime(message.toMail(), hasFiles ? attachmentsOf(message) : List.of()));
            message.markSent(clock.instant());
            if (serverDown) {
                log.info("Mail server reachable again");
                serverDown = false;
            }
        } catch (MailException | jakarta.mail.MessagingException e) {
            if (serverUnreachable(e)) {
                if (!serverDown) {
                    log.warn("Mail server unreachable, the outbox waits for it: {}", e.getMessage());
                }
                serverDown = true;
                return false;
            }
            message.markFailed(e.getMessage() == null ? e.getClass().getName() : e.getMessage(), clock.instant(), properties.maxAttempts());
            if (message.hasFailed()) {
                log.error("E-mail {} to {} given up after {} attempts, the administrator sees it under /admin/mail: {}", message.getId(),
                        message.getRecipient(), message.getAttempts(), e.getMessage());
            } else {
                log.warn("E-mail {} not sent (attempt {} of {}), next at {}: {}", message.getId(), message.getAttempts(),
                        properties.maxAttempts(), message.getNextAttemptAt(), e.getMessage());
            }
        }
        transactions.executeWithoutResult(status -> {
            messages.save(message);
            if (hasFiles && message.getSentAt() != null) {
                attachments.deleteByMailId(message.getId());
            }
        });
        return true;
    }

    /** A sent message's files are deleted with its sending: the documents they were made from can render them again. */
    private List<MailAttachment> attachmentsOf(OutboxMessage message) {
        return attachments.findByMailIdOrderByPosition(message.getId()).stream().map(OutboxAttachment::toAttachment).toList();
    }

    private MimeMessage toMime(OutgoingMail mail, List<MailAttachment> files) throws jakarta.mail.MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, !files.isEmpty(), StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        for (MailAttachment file : files) {
            helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
        }
        return mime;
    }
}
