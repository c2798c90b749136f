package ru.masterskaya.documents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts requests to the public verification page per client address and minute in the database,
 * so that the limit holds across all nodes: past it, the page answers 429 until the minute ends.
 */
@Component
class VerificationThrottle {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int limitPerMinute;

    VerificationThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${masterskaya.documents.verification-limit-per-minute:30}") int limitPerMinute) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.limitPerMinute = limitPerMinute;
    }

    /** Counts this request and tells whether it is within the limit. */
    boolean admit(String clientAddress) {
        String client = clientAddress.length() > 64 ? clientAddress.substring(0, 64) : clientAddress;
        Timestamp window = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MINUTES));
        Integer hits = transaction.execute(status -> {
            if (increment(client, window) == 0) {
                try {
                    jdbc.update("INSERT INTO document_verification_hit (client_address, window_start, hits) VALUES (?, ?, 0)", client, window);
                } catch (DataIntegrityViolationException anotherNodeWasFirst) {
                    status.setRollbackOnly();
                    return null;
                }
                increment(client, window);
            }
            return jdbc.queryForObject("SELECT hits FROM document_verification_hit WHERE client_address = ? AND window_start = ?",
                    Integer.class, client, window);
        });
        if (hits == null) {
            return admit(clientAddress);
        }
        return hits <= limitPerMinute;
    }

    private int increment(String client, Timestamp window) {
        return jdbc.update("UPDATE document_verification_hit SET hits = hits + 1 WHERE client_address = ? AND window_start = ?", client, window);
    }

    /** Old counters are of no use; one node clears them now and then. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @SchedulerLock(name = "documents-verification-counters", lockAtMostFor = "PT5M")
    void forgetOldCounters() {
        Instant before = clock.instant().minus(Duration.ofHours(1));
        jdbc.update("DELETE FROM document_verification_hit WHERE window_start < ?", Timestamp.from(before));
    }
}
