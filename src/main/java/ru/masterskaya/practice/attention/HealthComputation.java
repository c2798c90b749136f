package ru.masterskaya.practice.attention;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges every pair under way by its territory's rules and stores the health with its reasons.
 * Only changed rows are written. A pair that stays stalled keeps the day it stalled, which names
 * the stall its reminders escalate; pairs no longer under way lose their row.
 */
@Component
public class HealthComputation {

    private final PairFactsReader facts;
    private final TerritoryAttentionRules territories;
    private final JdbcTemplate jdbc;

    HealthComputation(PairFactsReader facts, TerritoryAttentionRules territories, JdbcTemplate jdbc) {
        this.facts = facts;
        this.territories = territories;
        this.jdbc = jdbc;
    }

    /** Whether no health has been stored although pairs are under way. */
    @Transactional(readOnly = true)
    public boolean neverComputed() {
        Boolean never = jdbc.queryForObject("""
                SELECT NOT EXISTS (SELECT 1 FROM pair_health)
                   AND EXISTS (SELECT 1 FROM practice_pair WHERE status IN ('AGREED', 'ACTIVE', 'PAUSED'))""", Boolean.class);
        return Boolean.TRUE.equals(never);
    }

    @Transactional
    public Result compute(LocalDate today) {
        TerritoryAttentionRules.Resolver rules = territories.resolver();
        Map<UUID, StoredHealth> stored = stored();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int stalled = 0;
        int needsCheck = 0;
        List<PairUnderWay> pairs = facts.pairsUnderWay();
        for (PairUnderWay pair : pairs) {
            HealthAssessment assessment = HealthCheck.assess(pair.facts(),
                    rules.settingsFor(pair.municipalityId(), pair.regionId()).rules(), today);
            StoredHealth before = stored.remove(pair.facts().pairId());
            LocalDate stalledSince = assessment.stalledSince();
            if (before != null && before.health() == PairHealth.STALLED && assessment.health() == PairHealth.STALLED) {
                stalledSince = before.stalledSince();
            }
            String reasons = assessment.reasons().stream().map(Enum::name).collect(Collectors.joining(","));
            StoredHealth after = new StoredHealth(assessment.health(), reasons, stalledSince);
            if (before == null) {
                inserts.add(new Object[] {after.health().name(), reasons, sqlDate(stalledSince), Date.valueOf(today), pair.facts().pairId()});
            } else if (!before.equals(after)) {
                updates.add(new Object[] {after.health().name(), reasons, sqlDate(stalledSince), Date.valueOf(today), pair.facts().pairId()});
            }
            stalled += assessment.health() == PairHealth.STALLED ? 1 : 0;
            needsCheck += assessment.health() == PairHealth.NEEDS_CHECK ? 1 : 0;
        }
        jdbc.batchUpdate("INSERT INTO pair_health (health, reasons, stalled_since, changed_on, pair_id) VALUES (?, ?, ?, ?, ?)", inserts);
        jdbc.batchUpdate("UPDATE pair_health SET health = ?, reasons = ?, stalled_since = ?, changed_on = ? WHERE pair_id = ?", updates);
        jdbc.batchUpdate("DELETE FROM pair_health WHERE pair_id = ?", stored.keySet().stream().map(id -> new Object[] {id}).toList());
        return new Result(pairs.size(), needsCheck, stalled, inserts.size() + updates.size() + stored.size());
    }

    private Map<UUID, StoredHealth> stored() {
        Map<UUID, StoredHealth> stored = new HashMap<>();
        jdbc.query("SELECT pair_id, health, reasons, stalled_since FROM pair_health", row -> {
            Date since = row.getDate(4);
            stored.put(row.getObject(1, UUID.class),
                    new StoredHealth(PairHealth.valueOf(row.getString(2)), row.getString(3), since == null ? null : since.toLocalDate()));
        });
        return stored;
    }

    private static @Nullable Date sqlDate(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static List<HealthReason> reasons(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.stream(stored.split(",")).map(HealthReason::valueOf).toList();
    }

    private record StoredHealth(PairHealth health, String reasons, @Nullable LocalDate stalledSince) {}

    /** What one computation found and how many rows it wrote. */
    public record Result(int pairs, int needsCheck, int stalled, int written) {}
}
