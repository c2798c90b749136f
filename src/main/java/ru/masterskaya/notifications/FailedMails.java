package ru.masterskaya.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mails the dispatcher gave up on, for the administrator: to whom, what, how often it was tried
 * and the last error, so that a wrong address or a broken SMTP server is noticed; each may be sent again.
 */
@Service
@Transactional(readOnly = true)
public class FailedMails {

    /** More than an administrator reads; the page says how many there are in all. */
    static final int SHOWN = 200;

    private final OutboxMessageRepository messages;
    private final Clock clock;

    FailedMails(OutboxMessageRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public List<FailedMail> latest() {
        return messages.findByFailedAtIsNotNullOrderByFailedAtDesc(Limit.of(SHOWN)).stream()
                .map(message -> new FailedMail(message.getId(), message.getRecipient(), message.getSubject(), message.getCreatedAt(),
                        message.getAttempts(), message.getLastError(), message.getFailedAt()))
                .toList();
    }

    public long count() {
        return messages.countByFailedAtIsNotNull();
    }

    /** Queues a failed message again with a fresh set of attempts; an unknown or not failed one changes nothing. */
    @Transactional
    public boolean retry(UUID id) {
        return messages.findById(id).filter(OutboxMessage::hasFailed).map(message -> {
            message.retry(clock.instant());
            return true;
        }).orElse(false);
    }

    /** A failed e-mail as the administrator sees it. */
    public record FailedMail(UUID id, String recipient, String subject, Instant createdAt, int attempts, @Nullable String lastError,
            @Nullable Instant failedAt) {}
}
