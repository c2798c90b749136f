package ru.masterskaya.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.masterskaya.diagnostics.scoring.DeficitLevel;

/**
 * The full-graph solve of a large municipality-to-region cohort: 10,000 practitioners, 2,000 masters,
 * 40 topics, every practitioner with 2–4 needs and every master strong on 2–4 topics, seeded. Times
 * the solve (candidate generation, OR-Tools min-cost flow, the dual certificate) and the independent
 * certificate check, with the peak heap of each and the process's peak RSS. Runs only with -Pbench.
 */
class MatchingBenchmark {

    private static final int PRACTITIONERS = 10_000;
    private static final int MASTERS = 2_000;
    private static final int TOPICS = 40;
    private static final long SEED = 20261123L;

    @Test
    void solvesTenThousandPractitionersAndTwoThousandMastersExactlyWithACheckedCertificate() throws IOException {
        long started = System.nanoTime();
        MatchingProblem problem = instance(new Random(SEED));
        long generated = System.nanoTime();
        System.out.printf("instance generated in %d ms; RSS peak so far %d MiB%n", millis(started, generated), rssPeakMiB());

        new MatchingSolver().solve(instance(new Random(1)).withRules(problem.rules()));
        System.gc();
        resetPeaks();
        long solveStart = System.nanoTime();
        MatchingResult result = new MatchingSolver().solve(problem);
        long solveEnd = System.nanoTime();
        long solveHeap = heapPeakMiB();
        long solveRss = rssPeakMiB();

        System.gc();
        resetPeaks();
        long checkStart = System.nanoTime();
        List<String> violations = CertificateCheck.violations(problem, result);
        long checkEnd = System.nanoTime();

        System.out.printf("candidate pairs %,d; pairs %,d; unmatched %,d; total score %,d; group proposals %d%n",
                result.candidatePairs(), result.pairs().size(), result.unmatched().size(), result.totalScore(),
                result.groupProposals().size());
        System.out.printf("solve %,d ms, heap peak %,d MiB, RSS peak %,d MiB%n", millis(solveStart, solveEnd), solveHeap, solveRss);
        System.out.printf("certificate check %,d ms, heap peak %,d MiB, RSS peak %,d MiB%n", millis(checkStart, checkEnd),
                heapPeakMiB(), rssPeakMiB());
        assertThat(violations).isEmpty();
    }

    static MatchingProblem instance(Random random) {
        return instance(random, PRACTITIONERS, MASTERS, TOPICS, 20, 500);
    }

    /** A seeded cohort of the given size, generated the same way at every size. */
    static MatchingProblem instance(Random random, int practitionerCount, int masterCount, int topicCount,
            int municipalityCount, int organisationCount) {
        List<UUID> topics = ids(random, topicCount);
        List<UUID> municipalities = ids(random, municipalityCount);
        List<UUID> organisations = ids(random, organisationCount);
        Map<UUID, UUID> municipalityOf = new HashMap<>();
        Map<UUID, String> typeOf = new HashMap<>();
        for (UUID organisation : organisations) {
            municipalityOf.put(organisation, municipalities.get(random.nextInt(municipalities.size())));
            typeOf.put(organisation, random.nextInt(10) < 3 ? "PRESCHOOL" : "SCHOOL");
        }
        List<Practitioner> practitioners = new ArrayList<>(practitionerCount);
        for (int i = 0; i < practitionerCount; i++) {
            List<Need> needs = new ArrayList<>();
            for (UUID topic : distinct(random, topics, 2 + random.nextInt(3))) {
                int percent = 10 + random.nextInt(71);
                needs.add(new Need(topic, percent, percent < 61 ? DeficitLevel.HIGH : DeficitLevel.MEDIUM));
            }
            UUID organisation = organisations.get(random.nextInt(organisations.size()));
            UUID priority = random.nextBoolean() ? needs.get(random.nextInt(needs.size())).topicId() : null;
            Format format = random.nextInt(3) == 0 ? Format.values()[random.nextInt(3)] : null;
            practitioners.add(new Practitioner(id(random), organisation, municipalityOf.get(organisation),
                    typeOf.get(organisation), needs, priority, format, random.nextInt(10) != 0));
        }
        List<Master> masters = new ArrayList<>(masterCount);
        for (int i = 0; i < masterCount; i++) {
            Map<UUID, Integer> strengths = new HashMap<>();
            for (UUID topic : distinct(random, topics, 2 + random.nextInt(3))) {
                strengths.put(topic, 81 + random.nextInt(20));
            }
            UUID organisation = organisations.get(random.nextInt(organisations.size()));
            Set<Format> formats = EnumSet.of(Format.values()[random.nextInt(3)]);
            masters.add(Master.of(id(random), organisation, municipalityOf.get(organisation), strengths,
                    random.nextInt(3), 1 + random.nextInt(3), formats));
        }
        return MatchingProblem.of(practitioners, masters, MatchingRules.defaults());
    }

    private static List<UUID> distinct(Random random, List<UUID> values, int count) {
        List<UUID> shuffled = new ArrayList<>(values);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, count);
    }

    private static List<UUID> ids(Random random, int count) {
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(id(random));
        }
        return ids;
    }

    private static UUID id(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }

    static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long heapPeakMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum() / (1024 * 1024);
    }

    /** The process's peak resident set (VmHWM), which includes OR-Tools' native memory. */
    static long rssPeakMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
