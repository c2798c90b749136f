package ru.masterskaya.practice.attention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly round: computes every pair's health, sends the reminder steps that are due and the
 * digests. ShedLock lets one node run it; the keys of reminders and digests make a second round —
 * on any node, the same night — send nothing twice.
 */
@Component
public class AttentionJob {

    private static final Logger log = LoggerFactory.getLogger(AttentionJob.class);

    private final HealthComputation health;
    private final Reminders reminders;
    private final Digests digests;
    private final Clock clock;

    AttentionJob(HealthComputation health, Reminders reminders, Digests digests, Clock clock) {
        this.health = health;
        this.reminders = reminders;
        this.digests = digests;
        this.clock = clock;
    }

    @Scheduled(cron = "${masterskaya.practice.attention-cron:0 30 6 * * *}", zone = "${masterskaya.time-zone:Europe/Moscow}")
    @SchedulerLock(name = "practice-attention", lockAtMostFor = "PT30M")
    void runNightly() {
        run(clock.instant());
    }

    /** One round as if it were this moment; what the schedule calls with the current time. */
    public Round run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        long started = System.nanoTime();
        HealthComputation.Result computed = health.compute(today);
        int reminded = reminders.remind(today, now);
        int digested = digests.send(today, now);
        Round round = new Round(computed.pairs(), computed.needsCheck(), computed.stalled(), reminded, digested,
                (System.nanoTime() - started) / 1_000_000);
        log.info("Practice attention round: {}", round);
        return round;
    }

    /**
     * On a start where pairs exist but no health was ever stored (a new installation, the demo data),
     * computes it at once, so the board does not stay blank until the night. Health only: reminders
     * and digests keep to their night.
     */
    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = "practice-attention", lockAtMostFor = "PT30M")
    public void computeHealthIfNeverComputed() {
        if (health.neverComputed()) {
            HealthComputation.Result computed = computeHealth(clock.instant());
            log.info("Practice health computed on start for {} pairs", computed.pairs());
        }
    }

    /** Recomputes the health only, e.g. right after a coordinator changed the rules. */
    public HealthComputation.Result computeHealth(Instant now) {
        return health.compute(LocalDate.ofInstant(now, clock.getZone()));
    }

    /** What one round did. */
    public record Round(int pairs, int needsCheck, int stalled, int remindersSent, int digestsSent, long millis) {}
}
