package ru.masterskaya.practice.attention;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.masterskaya.practice.PracticePair;

/**
 * Reads the facts of every pair under way in two sequential queries over the practice tables, which
 * the pair keeps summarised (first meeting, last entry, attention flag), so 20,000 pairs take well
 * under a second. Read-only: the pairs' state rules stay with {@link PracticePair}.
 */
@Component
class PairFactsReader {

    private static final String UNDER_WAY = "('AGREED', 'ACTIVE', 'PAUSED')";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PairFactsReader(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<PairUnderWay> pairsUnderWay() {
        Map<UUID, int[]> checkIns = raisedCheckIns();
        return jdbc.query("""
                SELECT id, status, agreed_at, planned_start, planned_end, first_meeting_on, last_entry_on, paused_until,
                       attention_since, practitioner_municipality_id, practitioner_region_id
                FROM practice_pair WHERE status IN\s""" + UNDER_WAY, (row, number) -> pair(row, checkIns));
    }

    /**
     * The lowest answer and whether help was asked, over the check-ins since each raised attention
     * flag: which of the two raised it.
     */
    private Map<UUID, int[]> raisedCheckIns() {
        Map<UUID, int[]> result = new HashMap<>();
        jdbc.query("""
                SELECT c.pair_id, MIN(c.progress), MAX(CASE WHEN c.needs_help THEN 1 ELSE 0 END)
                FROM practice_check_in c JOIN practice_pair p ON p.id = c.pair_id
                WHERE p.attention_since IS NOT NULL AND c.answered_at >= p.attention_since AND p.status IN\s""" + UNDER_WAY + """

                GROUP BY c.pair_id""", row -> {
            result.put(row.getObject(1, UUID.class), new int[] {row.getInt(2), row.getInt(3)});
        });
        return result;
    }

    private PairUnderWay pair(ResultSet row, Map<UUID, int[]> checkIns) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        boolean flagged = row.getTimestamp("attention_since") != null;
        int[] answers = checkIns.get(id);
        boolean help = flagged && answers != null && answers[1] == 1;
        boolean low = flagged && (answers == null || answers[0] <= PracticePair.LOW_CHECK_IN || !help);
        Timestamp agreedAt = row.getTimestamp("agreed_at");
        PairFacts facts = new PairFacts(id, PairStage.valueOf(row.getString("status")),
                agreedAt == null ? null : LocalDate.ofInstant(agreedAt.toInstant(), clock.getZone()),
                date(row, "planned_start"), date(row, "planned_end"), date(row, "first_meeting_on"), date(row, "last_entry_on"),
                date(row, "paused_until"), low, help);
        return new PairUnderWay(facts, row.getObject("practitioner_municipality_id", UUID.class),
                row.getObject("practitioner_region_id", UUID.class));
    }

    private static @Nullable LocalDate date(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
