package ru.masterskaya.registry.importing;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes files that were uploaded for an import but never confirmed or cancelled: they hold
 * personal data nobody asked to keep. A day leaves time to finish a preview after a break.
 */
@Component
class AbandonedUploads {

    static final Duration KEPT_FOR = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(AbandonedUploads.class);

    private final ImportUploadRepository uploads;
    private final Clock clock;

    AbandonedUploads(ImportUploadRepository uploads, Clock clock) {
        this.uploads = uploads;
        this.clock = clock;
    }

    @Scheduled(cron = "0 17 * * * *")
    @SchedulerLock(name = "abandoned-import-uploads")
    @Transactional
    public void deleteExpired() {
        int deleted = uploads.deleteByUploadedAtBefore(clock.instant().minus(KEPT_FOR));
        if (deleted > 0) {
            log.info("Deleted {} import uploads left unconfirmed for more than {}", deleted, KEPT_FOR);
        }
    }
}
