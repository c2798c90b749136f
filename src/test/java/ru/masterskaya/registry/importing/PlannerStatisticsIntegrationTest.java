package ru.masterskaya.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.masterskaya.MasterskayaIntegrationTest;

@MasterskayaIntegrationTest
class PlannerStatisticsIntegrationTest {

    @Autowired
    PlannerStatistics statistics;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refreshesTheStatisticsOfTheImportedTableAfterALargeImport() {
        Instant before = Instant.now().minusSeconds(1);

        statistics.refreshAfter(ImportKind.PEOPLE, PlannerStatistics.LARGE_IMPORT);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lastAnalyzed("person")).isAfter(before));
    }

    @Test
    void leavesTheStatisticsAloneAfterASmallImport() {
        Instant before = lastAnalyzed("organisation");

        statistics.refreshAfter(ImportKind.ORGANISATIONS, PlannerStatistics.LARGE_IMPORT - 1);

        assertThat(lastAnalyzed("organisation")).isEqualTo(before);
    }

    private Instant lastAnalyzed(String table) {
        Timestamp analyzed = jdbc.queryForObject(
                "select last_analyze from pg_stat_user_tables where relname = ?", Timestamp.class, table);
        return analyzed == null ? Instant.EPOCH : analyzed.toInstant();
    }
}
