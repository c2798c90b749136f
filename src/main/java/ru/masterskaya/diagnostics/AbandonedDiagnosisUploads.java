package ru.masterskaya.diagnostics;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes instrument files and form-response exports that were uploaded but never confirmed or
 * cancelled: the exports hold personal answers nobody asked to keep. A day leaves time to finish a
 * preview after a break, as for the registry's imports.
 */
@Component
class AbandonedDiagnosisUploads {

    static final Duration KEPT_FOR = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(AbandonedDiagnosisUploads.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    AbandonedDiagnosisUploads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "0 23 * * * *")
    @SchedulerLock(name = "abandoned-diagnosis-uploads")
    public void deleteExpired() {
        int deleted = jdbc.sql("DELETE FROM diagnosis_upload WHERE uploaded_at < :before")
                .param("before", java.sql.Timestamp.from(clock.instant().minus(KEPT_FOR)))
                .update();
        if (deleted > 0) {
            log.info("Deleted {} diagnosis uploads left unconfirmed for more than {}", deleted, KEPT_FOR);
        }
    }
}
