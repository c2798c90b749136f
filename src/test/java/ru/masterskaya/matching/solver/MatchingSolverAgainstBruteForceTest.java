package ru.masterskaya.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MatchingSolverAgainstBruteForceTest {

    private final MatchingSolver solver = new MatchingSolver();

    @Test
    void onThreeHundredRandomInstancesTheSolverFindsTheBruteForceOptimumAndProvesIt() {
        int withLocks = 0;
        int withForbidden = 0;
        int withSeveralFreePairs = 0;
        for (long seed = 1; seed <= 300; seed++) {
            MatchingProblem problem = RandomInstances.small(seed);
            MatchingResult result = solver.solve(problem);

            assertThat(result.rejectedLocks()).as("seed %d", seed).isEmpty();
            long lockedTotal = result.pairs().stream().filter(PairScore::locked).mapToLong(PairScore::total).sum();
            assertThat(result.totalScore() - lockedTotal).as("seed %d", seed).isEqualTo(BruteForce.freeOptimum(problem));
            assertThat(CertificateCheck.violations(problem, result)).as("seed %d", seed).isEmpty();

            Set<PairKey> made = result.pairs().stream().map(PairScore::key).collect(Collectors.toSet());
            assertThat(made.containsAll(problem.lockedPairs())).as("locks kept, seed %d", seed).isTrue();
            assertThat(made).as("forbidden never made, seed %d", seed).noneMatch(problem.forbiddenPairs()::contains);
            withSeveralFreePairs += result.pairs().stream().filter(pair -> !pair.locked()).count() >= 3 ? 1 : 0;
            withLocks += problem.lockedPairs().isEmpty() ? 0 : 1;
            withForbidden += problem.forbiddenPairs().isEmpty() ? 0 : 1;
        }
        assertThat(withSeveralFreePairs).as("instances with three or more free pairs").isGreaterThan(25);
        assertThat(withLocks).as("instances with locks").isGreaterThan(50);
        assertThat(withForbidden).as("instances with forbidden pairs").isGreaterThan(100);
    }

    @Test
    void aTamperedCertificateFailsTheCheck() {
        MatchingProblem problem = RandomInstances.small(7);
        MatchingResult result = solver.solve(problem);
        Certificate certificate = result.certificate();
        var lowered = new java.util.HashMap<>(certificate.practitionerPotentials());
        lowered.replaceAll((id, potential) -> 0L);
        var masters = new java.util.HashMap<>(certificate.masterPotentials());
        masters.replaceAll((id, potential) -> 0L);
        MatchingResult tampered = new MatchingResult(result.pairs(), result.totalScore(), result.unmatched(),
                result.rejectedLocks(), result.groupProposals(),
                new Certificate(lowered, masters, certificate.remainingCapacities(), certificate.objective()),
                result.candidatePairs());

        assertThat(result.certificate().objective()).isPositive();
        assertThat(CertificateCheck.violations(problem, tampered)).isNotEmpty();
    }
}
