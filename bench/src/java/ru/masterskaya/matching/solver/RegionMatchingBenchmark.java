package ru.masterskaya.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.masterskaya.matching.solver.MatchingBenchmark.heapPeakMiB;
import static ru.masterskaya.matching.solver.MatchingBenchmark.millis;
import static ru.masterskaya.matching.solver.MatchingBenchmark.resetPeaks;
import static ru.masterskaya.matching.solver.MatchingBenchmark.rssPeakMiB;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The priced solver against the full graph: at 10,000 × 2,000 × 40 both solve the same seeded instance in
 * one run (same objective, time, and each one's working memory measured apart, see {@link WorkingMemory}),
 * and at region scale, 100,000 × 20,000 × 60, the priced solver alone with the priced certificate check
 * and the process's peak RSS. Runs only with -Pbench.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegionMatchingBenchmark {

    private static final long SEED = 20261123L;

    static {
        MatchingSolver.trace = line -> System.out.println("  " + line);
    }

    @Test
    @Order(1)
    void atTenThousandByTwoThousandThePricedSolverFindsTheFullGraphObjectiveInLessTimeAndMemory() throws Exception {
        MatchingProblem problem = MatchingBenchmark.instance(new Random(SEED));
        MatchingProblem warmUp = MatchingBenchmark.instance(new Random(1));
        new PricedMatchingSolver().solve(warmUp);
        new MatchingSolver().solve(warmUp);

        MatchingResult priced = measure("priced solve 10k", () -> new PricedMatchingSolver().solve(problem));
        MatchingResult full = measure("full-graph solve 10k", () -> new MatchingSolver().solve(problem));
        WorkingMemory.Growth pricedMemory = WorkingMemory.of(() -> new PricedMatchingSolver().solve(problem));
        WorkingMemory.Growth fullMemory = WorkingMemory.of(() -> new MatchingSolver().solve(problem));
        System.out.printf("working memory, priced: %s%n", pricedMemory);
        System.out.printf("working memory, full graph: %s%n", fullMemory);
        System.out.printf("priced / full graph: %.1f %%%n", 100.0 * pricedMemory.total() / fullMemory.total());
        List<String> violations = measure("priced check 10k", () -> CertificateCheck.pricedViolations(problem, priced));
        List<String> fullCheck = measure("full check of the priced result 10k",
                () -> CertificateCheck.violations(problem, priced));

        System.out.printf("priced: candidate pairs %,d, total %,d; full graph: candidate pairs %,d, total %,d%n",
                priced.candidatePairs(), priced.totalScore(), full.candidatePairs(), full.totalScore());
        assertThat(priced.totalScore()).isEqualTo(full.totalScore());
        assertThat(violations).isEmpty();
        assertThat(fullCheck).isEmpty();
    }

    @Test
    @Order(2)
    void atRegionScaleThePricedSolverFindsAndProvesTheOptimum() throws IOException {
        long started = System.nanoTime();
        MatchingProblem problem = MatchingBenchmark.instance(new Random(SEED), 100_000, 20_000, 60, 60, 5_000);
        System.out.printf("region instance generated in %,d ms%n", millis(started, System.nanoTime()));

        MatchingResult result = measure("priced solve region", () -> new PricedMatchingSolver().solve(problem));
        List<String> violations = measure("priced check region", () -> CertificateCheck.pricedViolations(problem, result));

        System.out.printf("region: candidate pairs %,d; pairs %,d; unmatched %,d; total %,d; group proposals %d%n",
                result.candidatePairs(), result.pairs().size(), result.unmatched().size(), result.totalScore(),
                result.groupProposals().size());
        assertThat(violations).isEmpty();
    }

    private static <T> T measure(String phase, Supplier<T> work) throws IOException {
        System.gc();
        resetPeaks();
        resetRssPeak();
        double load = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T value = work.get();
        long end = System.nanoTime();
        cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu;
        System.out.printf("%s: %,d ms (this thread's CPU %,d ms; load average %.1f before), heap peak %,d MiB,"
                + " RSS peak %,d MiB%n", phase, millis(start, end), cpu / 1_000_000, load, heapPeakMiB(), rssPeakMiB());
        return value;
    }

    /** Writing 5 to clear_refs resets the peak RSS (VmHWM) to the current RSS. */
    private static void resetRssPeak() throws IOException {
        Files.writeString(Path.of("/proc/self/clear_refs"), "5");
    }
}
