package ru.masterskaya.diagnostics.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.TopicBlock;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.CampaignRepository;
import ru.masterskaya.diagnostics.campaign.InviteeScope;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.RegistryScope;

/**
 * How long the needs of a large territory take to count: one campaign with an instrument version of
 * 60 topics and 100,000 finished responses from 80 organisations, written straight into the tables
 * with JDBC batches. Times {@link CampaignNeeds#needs} (one SQL read and counting in arrays) and the
 * whole page analysis, after warm-up runs. Prints figures; it runs only with {@code -Pbench}.
 */
@MasterskayaIntegrationTest
class NeedsBenchmark {

    private static final int TOPICS = 60;
    private static final int RESPONDENTS = 100_000;
    private static final int WARM_UP_RUNS = 3;
    private static final int MEASURED_RUNS = 7;
    private static final long LIMIT_MILLIS = 2_000;
    private static final int BATCH = 5_000;

    @Autowired
    CampaignNeeds needs;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countsTheNeedsOfAHundredThousandRespondentsOnSixtyTopicsWithinTwoSeconds() {
        long loading = System.nanoTime();
        Municipality municipality = registry.municipality();
        List<Organisation> organisations = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            organisations.add(registry.organisation(municipality, "SCHOOL", "МБОУ СОШ № " + i + " бенчмарка " + RegistryFixtures.unique()));
        }
        for (int i = 1; i <= 30; i++) {
            organisations.add(registry.organisation(municipality, "PRESCHOOL", "МБДОУ д/с № " + i + " бенчмарка " + RegistryFixtures.unique()));
        }
        UUID campaignId = insertCampaign(municipality, insertVersion());
        insertResponses(campaignId, organisations);
        jdbc.execute("analyze person");
        jdbc.execute("analyze diagnosis_response");
        System.out.printf("Loaded %,d finished responses on %d topics in %,d ms%n", RESPONDENTS, TOPICS, millis(System.nanoTime() - loading));

        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        List<Long> counts = new ArrayList<>();
        List<Long> pages = new ArrayList<>();
        for (int run = 1; run <= WARM_UP_RUNS + MEASURED_RUNS; run++) {
            long started = System.nanoTime();
            NeedsReport report = needs.needs(campaign, InviteeScope.ALL, NeedsFilter.NONE);
            long counted = System.nanoTime();
            CampaignAnalysis analysis = needs.analyse(campaignId, RegistryScope.EVERYTHING, NeedsFilter.NONE);
            long analysed = System.nanoTime();
            assertThat(report.respondents()).isEqualTo(RESPONDENTS);
            assertThat(report.topics()).hasSize(TOPICS);
            assertThat(analysis.participation().finished()).isEqualTo(RESPONDENTS);
            boolean measured = run > WARM_UP_RUNS;
            System.out.printf("%s run %d: needs %,d ms; whole page analysis %,d ms%n", measured ? "measured" : "warm-up", run,
                    millis(counted - started), millis(analysed - counted));
            if (measured) {
                counts.add(counted - started);
                pages.add(analysed - counted);
            }
        }
        System.out.printf("%,d respondents x %d topics, %d measured runs. Needs: median %,d ms, max %,d ms. Page analysis: median %,d ms, max %,d ms.%n",
                RESPONDENTS, TOPICS, MEASURED_RUNS, millis(median(counts)), millis(max(counts)), millis(median(pages)), millis(max(pages)));
        assertThat(millis(max(counts))).isLessThanOrEqualTo(LIMIT_MILLIS);
    }

    private UUID insertVersion() {
        Timestamp now = Timestamp.from(Instant.now());
        UUID instrument = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        jdbc.update("insert into instrument (id, title, description, version, created_at, updated_at) values (?, ?, null, 0, ?, ?)",
                instrument, "Бенчмарк " + RegistryFixtures.unique(), now, now);
        jdbc.update("insert into instrument_version (id, instrument_id, number, frozen_at, version, created_at, updated_at) values (?, ?, 1, ?, 0, ?, ?)",
                version, instrument, now, now, now);
        List<Object[]> topics = new ArrayList<>();
        List<Object[]> items = new ArrayList<>();
        for (int i = 0; i < TOPICS; i++) {
            UUID topic = UUID.randomUUID();
            // inactive, so that the benchmark's topics never show in the catalogue pages of the same database
            topics.add(new Object[] {topic, TopicBlock.values()[i % TopicBlock.values().length].name(),
                    "Тема бенчмарка " + (i + 1) + " " + RegistryFixtures.unique(), 1000 + i, now, now});
            items.add(new Object[] {UUID.randomUUID(), version, i + 1, topic, "Я владею темой " + (i + 1)});
        }
        jdbc.batchUpdate("insert into topic (id, block_code, name, description, active, sort_order, version, created_at, updated_at)"
                + " values (?, ?, ?, null, false, ?, 0, ?, ?)", topics);
        jdbc.batchUpdate("insert into instrument_item (id, instrument_version_id, position, topic_id, kind, text) values (?, ?, ?, ?, 'SELF_RATING', ?)",
                items);
        return version;
    }

    private UUID insertCampaign(Municipality municipality, UUID version) {
        Timestamp now = Timestamp.from(Instant.now());
        UUID campaign = UUID.randomUUID();
        LocalDate today = LocalDate.now();
        jdbc.update("insert into diagnosis_campaign (id, title, academic_year, instrument_version_id, municipality_id, opens_on, closes_on,"
                        + " medium_deficit_from, minimal_deficit_from, master_level_from, reminder_interval_days, invitees_description, created_by,"
                        + " version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 61, 81, 81, 3, ?, 'bench', 0, ?, ?)",
                campaign, "Самодиагностика бенчмарка " + RegistryFixtures.unique(), AcademicYear.containing(today).startYear(), version,
                municipality.getId(), today.minusDays(30), today.plusDays(1), "Все педагоги", now, now);
        return campaign;
    }

    private void insertResponses(UUID campaign, List<Organisation> organisations) {
        Random random = new Random(4);
        Timestamp now = Timestamp.from(Instant.now());
        int run = RegistryFixtures.unique();
        List<Object[]> people = new ArrayList<>(BATCH);
        List<Object[]> responses = new ArrayList<>(BATCH);
        for (int i = 0; i < RESPONDENTS; i++) {
            Organisation organisation = organisations.get(random.nextInt(organisations.size()));
            UUID person = UUID.randomUUID();
            people.add(new Object[] {person, organisation.getId(), "Педагогова", "Анна", "педагогова анна " + i,
                    "bench" + run + "n" + i + "@needs.example.ru", now, now});
            StringBuilder scores = new StringBuilder();
            int strength = random.nextInt(3);
            for (int topic = 0; topic < TOPICS; topic++) {
                scores.append(topic == 0 ? "" : ",").append(Math.min(4, random.nextInt(4) + (topic % 3 == strength ? 1 : 0)));
            }
            responses.add(new Object[] {UUID.randomUUID(), campaign, person, organisation.getId(), organisation.getType().getCode(),
                    UUID.randomUUID().toString().replace("-", ""), now, now, now, scores.toString()});
            if (people.size() == BATCH || i == RESPONDENTS - 1) {
                jdbc.batchUpdate("insert into person (id, organisation_id, last_name, first_name, search_name, email, position, category,"
                        + " active, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 'учитель', 'FIRST', true, 0, ?, ?)", people);
                jdbc.batchUpdate("insert into diagnosis_response (id, campaign_id, person_id, organisation_id, organisation_type, token, source,"
                        + " invited_at, reminders_sent, started_at, submitted_at, topic_scores, version)"
                        + " values (?, ?, ?, ?, ?, ?, 'LINK', ?, 0, ?, ?, ?, 0)", responses);
                people.clear();
                responses.clear();
            }
        }
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
