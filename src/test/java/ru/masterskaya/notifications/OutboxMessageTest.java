package ru.masterskaya.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How a message that cannot be sent is retried: backing off exponentially, then given up and kept for the administrator. */
class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void eachFailureDoublesTheWaitUntilTheLastAttemptMarksTheMessageFailed() {
        OutboxMessage message = new OutboxMessage(new OutgoingMail("someone@example.org", "Тема", "Текст"), NOW);

        message.markFailed("Connection refused", NOW, 4);
        assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        message.markFailed("Connection refused", NOW, 4);
        assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        message.markFailed("Connection refused", NOW, 4);
        assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        assertThat(message.hasFailed()).isFalse();

        message.markFailed("Connection refused", NOW, 4);

        assertThat(message.hasFailed()).isTrue();
        assertThat(message.getFailedAt()).isEqualTo(NOW);
        assertThat(message.getAttempts()).isEqualTo(4);
        assertThat(message.getLastError()).isEqualTo("Connection refused");
    }

    @Test
    void theWaitNeverExceedsADay() {
        OutboxMessage message = new OutboxMessage(new OutgoingMail("someone@example.org", "Тема", "Текст"), NOW);
        for (int attempt = 0; attempt < 15; attempt++) {
            message.markFailed("Connection refused", NOW, 100);
        }
        assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void sendingAFailedMessageAgainGivesItAFreshSetOfAttemptsFromNow() {
        OutboxMessage message = new OutboxMessage(new OutgoingMail("someone@example.org", "Тема", "Текст"), NOW);
        message.markFailed("Connection refused", NOW, 1);
        Instant later = NOW.plus(Duration.ofHours(3));

        message.retry(later);

        assertThat(message.hasFailed()).isFalse();
        assertThat(message.getAttempts()).isZero();
        assertThat(message.getNextAttemptAt()).isEqualTo(later);
    }
}
