package ru.masterskaya.practice.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Region;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.Role;
import ru.masterskaya.registry.ScopedRole;

/**
 * A region's practice year at issue 6's scale: 20 municipalities, 400 organisations, 24,000 people,
 * 20,000 pairs in every state and 200,000 journal entries. Measures the nightly health computation
 * over all pairs (target ≤ 5 s) and the coordinator's board under 20 region coordinators reading it
 * at once over real HTTP, each a virtual thread that opens the board with a random filter and pauses
 * 0.5–1.5 s as a person reads it (target p95 ≤ 300 ms). The data is written with plain SQL, which is
 * what the board and the computation read. Runs only with {@code -Pbench}.
 */
@MasterskayaIntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"spring.datasource.hikari.maximum-pool-size=10", "spring.datasource.hikari.minimum-idle=10"})
class PracticeBoardBenchmark {

    private static final int MUNICIPALITIES = 20;
    private static final int ORGANISATIONS_PER_MUNICIPALITY = 20;
    private static final int MASTERS = 4_000;
    private static final int PAIRS = 20_000;
    private static final int ENTRIES = 200_000;
    private static final int COORDINATORS = 20;
    private static final int REQUESTS_PER_COORDINATOR = 25;
    private static final long P95_LIMIT_MS = 300;
    private static final long HEALTH_LIMIT_MS = 5_000;
    private static final String PASSWORD = "benchmark-password";

    @LocalServerPort
    int port;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HealthComputation health;

    @Autowired
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    @Test
    void aRegionsBoardAndNightlyHealthAtTwentyThousandPairs() throws Exception {
        Region region = registry.region();
        List<Municipality> municipalities = new ArrayList<>();
        for (int index = 0; index < MUNICIPALITIES; index++) {
            municipalities.add(registry.municipality(region));
        }
        Organisation workplace = registry.school(municipalities.getFirst());
        long seeding = System.nanoTime();
        List<UUID[]> organisations = organisations(municipalities, region);
        List<UUID[]> people = people(organisations);
        pairsAndEntries(people);
        jdbc.execute("ANALYZE");
        System.out.printf("Seeded %,d people, %,d pairs and %,d journal entries in %,d ms.%n", people.size(), PAIRS,
                jdbc.queryForObject("SELECT COUNT(*) FROM practice_journal_entry", Long.class),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - seeding));

        LocalDate today = LocalDate.now(clock);
        long[] healthRuns = new long[3];
        for (int run = 0; run < healthRuns.length; run++) {
            long started = System.nanoTime();
            HealthComputation.Result result = health.compute(today.plusDays(run == 2 ? 10 : 0));
            healthRuns[run] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            System.out.printf("Health computation %d: %,d ms for %,d pairs under way (%,d need a check, %,d stalled, %,d rows written).%n",
                    run + 1, healthRuns[run], result.pairs(), result.needsCheck(), result.stalled(), result.written());
        }

        List<String> sessions = new ArrayList<>();
        for (int index = 0; index < COORDINATORS; index++) {
            var person = registry.person(workplace, "Координаторова", "Ирина" + index, "методист", ru.masterskaya.registry.QualificationCategory.HIGHEST);
            registry.user(person, PASSWORD, ScopedRole.inRegion(Role.COORDINATOR, region.getId()));
            sessions.add(logIn(person.getEmail()));
        }
        List<String> queries = List.of("", "health=STALLED", "attention=true", "status=ACTIVE", "organisationType=PRESCHOOL",
                "topicId=" + TOPICS[0], "organisationId=" + organisations.get(7)[0], "master=" + URLEncoder.encode("Петрова Мария", StandardCharsets.UTF_8), "page=40");
        for (String session : sessions.subList(0, 4)) {
            for (String query : queries) {
                assertThat(board(session, query).statusCode()).isEqualTo(200);
            }
        }
        for (String query : queries) {
            long single = System.nanoTime();
            for (int run = 0; run < 5; run++) {
                board(sessions.getFirst(), query);
            }
            System.out.printf("Alone, «%s»: %.1f ms a page.%n", query, millis((System.nanoTime() - single) / 5));
        }
        String first = board(sessions.getFirst(), "").body();
        assertThat(first).contains("id=\"board-funnel\"", "data-formed=\"" + PAIRS + "\"");

        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService coordinators = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String session : sessions) {
                coordinators.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int request = 0; request < REQUESTS_PER_COORDINATOR; request++) {
                        Thread.sleep(random.nextLong(500, 1501));
                        long sent = System.nanoTime();
                        HttpResponse<String> page = board(session, queries.get(random.nextInt(queries.size())));
                        latencies.add(System.nanoTime() - sent);
                        if (page.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        long wall = System.nanoTime() - started;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%d coordinators × %d boards = %d pages in %,d ms; think time 500–1500 ms.%n", COORDINATORS,
                REQUESTS_PER_COORDINATOR, sorted.length, TimeUnit.NANOSECONDS.toMillis(wall));
        System.out.printf("Board page: min %.1f ms, median %.1f ms, p90 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms.%n",
                millis(sorted[0]), millis(percentile(sorted, 50)), millis(percentile(sorted, 90)), millis(percentile(sorted, 95)),
                millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]));

        assertThat(failures.get()).isZero();
        assertThat(Arrays.stream(healthRuns).max().orElseThrow()).isLessThanOrEqualTo(HEALTH_LIMIT_MS);
        assertThat(millis(percentile(sorted, 95))).isLessThanOrEqualTo(P95_LIMIT_MS);
    }

    /** Seeded topics of the catalogue (V8), for the pairs. */
    private static final String[] TOPICS = {"7d0c1a00-0000-4000-8000-000000000402", "7d0c1a00-0000-4000-8000-000000000101",
            "7d0c1a00-0000-4000-8000-000000000201", "7d0c1a00-0000-4000-8000-000000000301"};

    /** {organisation id, municipality id, region id} for 400 schools and kindergartens. */
    private List<UUID[]> organisations(List<Municipality> municipalities, Region region) {
        List<UUID[]> result = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (Municipality municipality : municipalities) {
            for (int index = 0; index < ORGANISATIONS_PER_MUNICIPALITY; index++) {
                UUID id = UUID.randomUUID();
                boolean preschool = index % 3 == 0;
                String name = (preschool ? "МБДОУ д/с № " : "МБОУ СОШ № ") + (index + 1);
                rows.add(new Object[] {id, municipality.getId(), preschool ? "PRESCHOOL" : "SCHOOL", name, name + " (полное наименование)",
                        name.toLowerCase(), now, now});
                result.add(new UUID[] {id, municipality.getId(), region.getId()});
            }
        }
        jdbc.batchUpdate("INSERT INTO organisation (id, municipality_id, type_code, short_name, full_name, search_name, version, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)", rows);
        return result;
    }

    /** {person id, organisation id, municipality id, region id}; the first MASTERS are the masters. */
    private List<UUID[]> people(List<UUID[]> organisations) {
        String[] lastNames = {"Иванова", "Петрова", "Смирнова", "Кузнецова", "Соколова", "Попова", "Лебедева", "Козлова", "Новикова", "Морозова"};
        String[] firstNames = {"Анна", "Мария", "Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана", "Юлия", "Дарья"};
        List<UUID[]> result = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        int total = MASTERS + PAIRS;
        for (int index = 0; index < total; index++) {
            UUID id = UUID.randomUUID();
            UUID[] organisation = organisations.get(index % organisations.size());
            String last = lastNames[index % lastNames.length];
            String first = firstNames[(index / lastNames.length) % firstNames.length];
            rows.add(new Object[] {id, organisation[0], last, first, "Сергеевна", (last + " " + first + " сергеевна").toLowerCase(),
                    "bench-" + id + "@example.ru", "учитель", now, now});
            result.add(new UUID[] {id, organisation[0], organisation[1], organisation[2]});
            if (rows.size() == 2000) {
                insertPeople(rows);
            }
        }
        insertPeople(rows);
        return result;
    }

    private void insertPeople(List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO person (id, organisation_id, last_name, first_name, middle_name, search_name, email, position, category,"
                + " active, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'FIRST', TRUE, 0, ?, ?)", rows);
        rows.clear();
    }

    /** 20,000 pairs in every state of the year, ten journal entries for each pair that worked. */
    private void pairsAndEntries(List<UUID[]> people) {
        Random random = new Random(2025);
        LocalDate today = LocalDate.now(clock);
        int year = AcademicYear.containing(today).startYear();
        Timestamp created = Timestamp.from(clock.instant().minus(Duration.ofDays(120)));
        List<Object[]> pairs = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        int entriesLeft = ENTRIES;
        for (int index = 0; index < PAIRS; index++) {
            UUID id = UUID.randomUUID();
            UUID[] practitioner = people.get(MASTERS + index);
            UUID[] master = people.get(random.nextInt(MASTERS));
            int roll = random.nextInt(100);
            String status = roll < 8 ? "PROPOSED" : roll < 12 ? "DECLINED" : roll < 22 ? "AGREED" : roll < 72 ? "ACTIVE" : roll < 76 ? "PAUSED"
                    : roll < 92 ? "COMPLETED" : "ENDED_EARLY";
            boolean agreed = !status.equals("PROPOSED") && !status.equals("DECLINED");
            boolean worked = status.equals("ACTIVE") || status.equals("PAUSED") || status.equals("COMPLETED") || status.equals("ENDED_EARLY");
            LocalDate agreedOn = today.minusDays(30 + random.nextInt(90));
            LocalDate lastEntry = null;
            LocalDate firstMeeting = null;
            int count = 0;
            if (worked && entriesLeft > 0) {
                count = Math.min(entriesLeft, 13);
                entriesLeft -= count;
                LocalDate day = agreedOn.plusDays(random.nextInt(10));
                firstMeeting = day;
                for (int entry = 0; entry < count; entry++) {
                    if (day.isAfter(today)) {
                        day = today;
                    }
                    entries.add(new Object[] {UUID.randomUUID(), id, entry % 2 == 0 ? practitioner[0] : master[0],
                            entry % 2 == 0 ? "PRACTITIONER" : "MASTER", entry == 0 ? "MEETING" : "OWN_WORK", Date.valueOf(day), 60,
                            "Работа над продуктом", created});
                    lastEntry = day;
                    day = day.plusDays(3 + random.nextInt(random.nextInt(10) < 2 ? 40 : 12));
                }
            }
            pairs.add(new Object[] {id, year, practitioner[0], practitioner[1], practitioner[2], practitioner[3], master[0], master[1],
                    master[2], master[3], UUID.fromString(TOPICS[index % TOPICS.length]), status, created, Date.valueOf(today.minusDays(120)),
                    agreed ? Date.valueOf(agreedOn.minusDays(10)) : null, agreed ? Date.valueOf(agreedOn.plusDays(150)) : null,
                    agreed ? Timestamp.valueOf(agreedOn.atStartOfDay()) : null, worked ? Date.valueOf(agreedOn.plusDays(2)) : null,
                    status.equals("PAUSED") ? Date.valueOf(today.plusDays(random.nextInt(20) - 10)) : null,
                    firstMeeting == null ? null : Date.valueOf(firstMeeting), lastEntry == null ? null : Date.valueOf(lastEntry), count,
                    agreed && random.nextInt(50) == 0 ? created : null});
            if (pairs.size() == 1000) {
                insertPairs(pairs, entries);
            }
        }
        insertPairs(pairs, entries);
        while (entriesLeft > 0) {
            throw new IllegalStateException(entriesLeft + " entries were not placed");
        }
    }

    private void insertPairs(List<Object[]> pairs, List<Object[]> entries) {
        jdbc.batchUpdate("""
                INSERT INTO practice_pair (id, academic_year, practitioner_id, practitioner_organisation_id, practitioner_municipality_id,
                    practitioner_region_id, master_id, master_organisation_id, master_municipality_id, master_region_id, topic_id, origin,
                    status, created_at, created_on, created_by, planned_start, planned_end, agreed_at, activated_on, paused_until,
                    first_meeting_on, last_entry_on, entry_count, attention_since, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'MANUAL', ?, ?, ?, 'benchmark', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", pairs);
        jdbc.batchUpdate("""
                INSERT INTO practice_journal_entry (id, pair_id, author_id, author_side, kind, occurred_on, minutes, note, shared, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)""", entries);
        pairs.clear();
        entries.clear();
    }

    private HttpResponse<String> board(String session, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/practice/board" + (query.isEmpty() ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(60)).header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String logIn(String email) throws Exception {
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String anonymous = cookie(loginPage);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> loggedIn = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", anonymous)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        return cookie(loggedIn);
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("SESSION="))
                .map(value -> value.substring(0, value.indexOf(';'))).findFirst().orElseThrow();
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
