package ru.masterskaya.diagnostics.respondent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicFilter;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.CampaignParameters;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.diagnostics.instrument.ItemDraft;
import ru.masterskaya.diagnostics.instrument.ItemKind;
import ru.masterskaya.diagnostics.instrument.ItemOption;
import ru.masterskaya.diagnostics.scoring.Thresholds;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.RegistryScope;

/**
 * A campaign's busiest hour: 500 teachers take a 40-item self-diagnosis at the same time through
 * their personal links, over real HTTP to the application on a random port and PostgreSQL. Each
 * respondent is a virtual thread that saves its 40 answers one by one to
 * {@code /d/{token}/answers/{itemId}}, pausing 0.5–1.5 s before each answer as a person reads the
 * next question. Every request's latency is recorded; the p95 must stay within 200 ms, and every
 * one of the 20,000 answers must be stored. Runs only with {@code -Pbench}.
 */
@MasterskayaIntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DiagnosticsFixtures.class)
// measured with the production pool, not the small one the test suite uses
@TestPropertySource(properties = {"spring.datasource.hikari.maximum-pool-size=10", "spring.datasource.hikari.minimum-idle=10"})
class AnswerSaveBenchmark {

    private static final int RESPONDENTS = 500;
    private static final int ITEMS = 40;
    private static final int WARM_UP_RESPONDENTS = 20;
    private static final long THINK_MIN_MS = 500;
    private static final long THINK_MAX_MS = 1500;
    private static final long P95_LIMIT_MS = 200;

    @LocalServerPort
    int port;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    Instruments instruments;

    @Autowired
    Campaigns campaigns;

    @Autowired
    TopicCatalogue topics;

    @Autowired
    DiagnosticsFixtures diagnostics;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    @Test
    void fiveHundredRespondentsSaveFortyAnswersEach() throws Exception {
        InstrumentVersion version = fortyItemInstrument();
        Municipality municipality = registry.municipality();
        List<Organisation> schools = List.of(registry.school(municipality), registry.school(municipality), registry.kindergarten(municipality));

        Campaign warmUp = campaign(version, municipality, invitees(schools, WARM_UP_RESPONDENTS, "Разминкина"));
        run(warmUp, version, WARM_UP_RESPONDENTS, 0, 0);
        System.out.println("Warm-up: " + WARM_UP_RESPONDENTS + " respondents × " + ITEMS + " answers without pauses.");

        Campaign campaign = campaign(version, municipality, invitees(schools, RESPONDENTS, "Отвечающая"));
        long started = System.nanoTime();
        long[] latencies = run(campaign, version, RESPONDENTS, THINK_MIN_MS, THINK_MAX_MS);
        long wall = System.nanoTime() - started;

        long stored = jdbc.queryForObject("""
                select count(*) from diagnosis_answer a join diagnosis_response r on r.id = a.response_id where r.campaign_id = ?""",
                Long.class, campaign.getId());
        Arrays.sort(latencies);
        System.out.printf("%d respondents × %d answers = %,d saves in %,d ms (%.0f saves/s); think time %d–%d ms.%n",
                RESPONDENTS, ITEMS, latencies.length, TimeUnit.NANOSECONDS.toMillis(wall),
                latencies.length / (wall / 1e9), THINK_MIN_MS, THINK_MAX_MS);
        System.out.printf("Latency of one save: min %.1f ms, median %.1f ms, p90 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms.%n",
                millis(latencies[0]), millis(percentile(latencies, 50)), millis(percentile(latencies, 90)),
                millis(percentile(latencies, 95)), millis(percentile(latencies, 99)), millis(latencies[latencies.length - 1]));
        System.out.printf("Answers stored: %,d of %,d sent.%n", stored, RESPONDENTS * ITEMS);

        assertThat(stored).isEqualTo((long) RESPONDENTS * ITEMS);
        assertThat(millis(percentile(latencies, 95))).isLessThanOrEqualTo(P95_LIMIT_MS);
    }

    /** Every respondent in its own virtual thread; returns the latency of every save in nanoseconds. */
    private long[] run(Campaign campaign, InstrumentVersion version, int respondents, long thinkMin, long thinkMax) throws Exception {
        List<DiagnosisResponse> responses = DiagnosticsFixtures.asAdministrator(() -> campaigns.responses(campaign, RegistryScope.EVERYTHING));
        assertThat(responses).hasSize(respondents);
        List<InstrumentItem> items = version.getItems();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        ConcurrentLinkedQueue<String> failureSamples = new ConcurrentLinkedQueue<>();
        try (ExecutorService respondentsPool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (DiagnosisResponse response : responses) {
                respondentsPool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (InstrumentItem item : items) {
                        if (thinkMax > 0) {
                            Thread.sleep(random.nextLong(thinkMin, thinkMax + 1));
                        }
                        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/d/" + response.getToken()
                                        + "/answers/" + item.getId()))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(answerFor(item, random)))
                                .build();
                        long sent = System.nanoTime();
                        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - sent);
                        if (answer.statusCode() != 200) {
                            failures.incrementAndGet();
                            if (failureSamples.size() < 5) {
                                failureSamples.add(answer.statusCode() + " " + answer.body());
                            }
                        }
                    }
                    return null;
                });
            }
        }
        assertThat(failures.get()).as("failed saves, for example %s", failureSamples).isZero();
        return latencies.stream().mapToLong(Long::longValue).toArray();
    }

    private static String answerFor(InstrumentItem item, ThreadLocalRandom random) {
        String name = URLEncoder.encode("a-" + item.getId(), StandardCharsets.UTF_8) + "=";
        return switch (item.getKind()) {
            case SELF_RATING -> name + random.nextInt(0, 5);
            case SINGLE_CHOICE -> name + random.nextInt(1, item.getOptions().size() + 1);
            case MULTIPLE_CHOICE -> name + 1 + "&" + name + item.getOptions().size();
            case FREE_TEXT -> name + URLEncoder.encode("Хочу научиться вести сетевое сообщество", StandardCharsets.UTF_8);
        };
    }

    /** Forty items over ten seeded topics: per topic two self-ratings, a single choice and a multiple choice. */
    private InstrumentVersion fortyItemInstrument() {
        List<Topic> chosen = topics.list(TopicFilter.ACTIVE).stream().limit(ITEMS / 4).toList();
        assertThat(chosen).hasSize(ITEMS / 4);
        List<ItemDraft> drafts = new ArrayList<>();
        for (Topic topic : chosen) {
            drafts.add(ItemDraft.selfRating(topic.getId(), "Я владею темой «" + topic.getName() + "» настолько, что применяю её в работе"));
            drafts.add(ItemDraft.selfRating(topic.getId(), "Я могу объяснить коллеге, как применять «" + topic.getName() + "»"));
            drafts.add(ItemDraft.choice(ItemKind.SINGLE_CHOICE, topic.getId(), "С чего начинается работа по теме «" + topic.getName() + "»?",
                    List.of(new ItemOption("С постановки цели", 2), new ItemOption("С отчёта", 0), new ItemOption("С приказа", 0))));
            drafts.add(ItemDraft.choice(ItemKind.MULTIPLE_CHOICE, topic.getId(), "Что относится к теме «" + topic.getName() + "»?",
                    List.of(new ItemOption("Планирование", 1), new ItemOption("Случайный выбор", -1), new ItemOption("Рефлексия", 1))));
        }
        return DiagnosticsFixtures.asAdministrator(() -> instruments.create("Самодиагностика для замера " + RegistryFixtures.unique(), null, drafts));
    }

    private List<Person> invitees(List<Organisation> schools, int count, String lastName) {
        List<Person> people = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            people.add(registry.teacher(schools.get(index % schools.size()), lastName, "Участница" + index));
        }
        return people;
    }

    private Campaign campaign(InstrumentVersion version, Municipality municipality, List<Person> invitees) {
        LocalDate today = LocalDate.now();
        return DiagnosticsFixtures.asAdministrator(() -> campaigns.start(new CampaignParameters("Замер " + RegistryFixtures.unique(),
                        AcademicYear.containing(today), version.getId(), null, municipality.getId(), null, today.minusDays(1), today.plusDays(30),
                        Thresholds.R201, 81, 3, "Все педагоги замера"),
                invitees, RegistryScope.EVERYTHING, "bench@masterskaya"));
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
