package ru.masterskaya.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "mail_outbox")
class OutboxMessage implements Persistable<UUID> {

    @Id
    private UUID id;

    /** Ids are assigned here, so saving must not first look the row up (which would slow imports). */
    @Transient
    private boolean fresh = true;

    private String recipient;

    private String subject;

    private String body;

    private Instant createdAt;

    private int attempts;

    private Instant nextAttemptAt;

    private @Nullable Instant sentAt;

    private @Nullable String lastError;

    /** When the dispatcher gave up after the last allowed attempt; the administrator may send it again. */
    private @Nullable Instant failedAt;

    protected OutboxMessage() {}

    OutboxMessage(OutgoingMail mail, Instant now) {
        this.id = UUID.randomUUID();
        this.recipient = mail.recipient();
        this.subject = mail.subject();
        this.body = mail.body();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void markSent(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /**
     * Backs off exponentially: 1, 2, 4, … minutes, at most a day; after the last allowed attempt the
     * message is marked failed and no longer tried.
     */
    void markFailed(String error, Instant now, int maxAttempts) {
        attempts++;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        long minutes = Math.min(1L << Math.min(attempts - 1, 20), Duration.ofDays(1).toMinutes());
        nextAttemptAt = now.plus(Duration.ofMinutes(minutes));
        if (attempts >= maxAttempts) {
            failedAt = now;
        }
    }

    /** The administrator sends a failed message again: it gets a fresh set of attempts, starting now. */
    void retry(Instant now) {
        attempts = 0;
        failedAt = null;
        nextAttemptAt = now;
    }

    boolean hasFailed() {
        return failedAt != null;
    }

    @Nullable Instant getFailedAt() {
        return failedAt;
    }

    @Nullable Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    @Nullable String getLastError() {
        return lastError;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    OutgoingMail toMail() {
        return new OutgoingMail(recipient, subject, body);
    }

    int getAttempts() {
        return attempts;
    }

    @Nullable Instant getSentAt() {
        return sentAt;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        fresh = false;
    }
}
