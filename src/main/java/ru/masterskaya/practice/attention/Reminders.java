package ru.masterskaya.practice.attention;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Walks the stalled pairs and sends each the step of the ladder that is due, each in its own
 * transaction, so one failure holds back no other pair and a step another node sent is skipped.
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final JdbcTemplate jdbc;
    private final TerritoryAttentionRules territories;
    private final ReminderSender sender;

    Reminders(JdbcTemplate jdbc, TerritoryAttentionRules territories, ReminderSender sender) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.sender = sender;
    }

    int remind(LocalDate today, Instant now) {
        TerritoryAttentionRules.Resolver rules = territories.resolver();
        Map<UUID, Map<ReminderStep, LocalDate>> sent = sentSteps();
        List<Stall> stalls = jdbc.query("""
                SELECT h.pair_id, h.stalled_since, h.reasons, p.practitioner_municipality_id, p.practitioner_region_id
                FROM pair_health h JOIN practice_pair p ON p.id = h.pair_id
                WHERE h.health = 'STALLED' AND h.stalled_since IS NOT NULL""",
                (row, number) -> new Stall(row.getObject(1, UUID.class), row.getDate(2).toLocalDate(),
                        HealthComputation.reasons(row.getString(3)), row.getObject(4, UUID.class), row.getObject(5, UUID.class)));
        int sentNow = 0;
        for (Stall stall : stalls) {
            int interval = rules.settingsFor(stall.municipalityId(), stall.regionId()).reminderIntervalDays();
            Optional<ReminderStep> due = ReminderLadder.due(stall.since(), sent.getOrDefault(stall.pairId(), Map.of()), interval, today);
            if (due.isEmpty()) {
                continue;
            }
            try {
                sender.send(stall.pairId(), stall.since(), due.get(), stall.reasons(), today, now);
                sentNow++;
            } catch (DataIntegrityViolationException alreadySent) {
                log.info("Reminder {} of pair {} was already sent by another node", due.get(), stall.pairId());
            } catch (RuntimeException e) {
                log.warn("Reminder {} of pair {} not sent in this round: {}", due.get(), stall.pairId(), e.toString());
            }
        }
        return sentNow;
    }

    /** The steps sent for each pair's current stall. */
    private Map<UUID, Map<ReminderStep, LocalDate>> sentSteps() {
        Map<UUID, Map<ReminderStep, LocalDate>> sent = new HashMap<>();
        jdbc.query("""
                SELECT r.pair_id, r.step, r.sent_on FROM pair_reminder r
                JOIN pair_health h ON h.pair_id = r.pair_id AND h.stalled_since = r.stalled_since""", row -> {
            Date sentOn = row.getDate(3);
            sent.computeIfAbsent(row.getObject(1, UUID.class), id -> new EnumMap<>(ReminderStep.class))
                    .put(ReminderStep.ofNumber(row.getInt(2)), sentOn.toLocalDate());
        });
        return sent;
    }

    private record Stall(UUID pairId, LocalDate since, List<HealthReason> reasons, UUID municipalityId, UUID regionId) {}
}
