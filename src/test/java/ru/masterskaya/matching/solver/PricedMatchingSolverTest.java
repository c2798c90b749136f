package ru.masterskaya.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PricedMatchingSolverTest {

    private final MatchingSolver full = new MatchingSolver();

    @Test
    void onThreeHundredSmallInstancesPricingFromOneOrTwoCandidatesReachesTheFullGraphOptimumAndProvesIt() {
        for (int candidates = 1; candidates <= 2; candidates++) {
            PricedMatchingSolver priced = new PricedMatchingSolver(candidates);
            for (long seed = 1; seed <= 300; seed++) {
                MatchingProblem problem = RandomInstances.small(seed);
                MatchingResult expected = full.solve(problem);
                MatchingResult result = priced.solve(problem);

                assertThat(result.totalScore()).as("seed %d, %d candidates", seed, candidates)
                        .isEqualTo(expected.totalScore());
                assertThat(result.unmatched().values().stream().sorted().toList())
                        .as("reasons, seed %d", seed)
                        .hasSameSizeAs(expected.unmatched().values());
                assertThat(CertificateCheck.violations(problem, result)).as("seed %d", seed).isEmpty();
                assertThat(CertificateCheck.pricedViolations(problem, result)).as("seed %d", seed).isEmpty();
                assertThat(CertificateCheck.pricedViolations(problem, expected)).as("seed %d", seed).isEmpty();
            }
        }
    }

    @Test
    void onMediumInstancesThePricedSolverMatchesTheFullGraphWithFewerCandidatesAndHonoursLocksAndForbiddenPairs() {
        int withLocks = 0;
        int fewerCandidates = 0;
        for (long seed = 1; seed <= 40; seed++) {
            MatchingProblem problem = RandomInstances.medium(seed, 200, 40);
            MatchingResult expected = full.solve(problem);
            MatchingResult result = new PricedMatchingSolver(seed % 2 == 0 ? 3 : PricedMatchingSolver.DEFAULT_CANDIDATES)
                    .solve(problem);

            assertThat(result.totalScore()).as("seed %d", seed).isEqualTo(expected.totalScore());
            assertThat(result.certificate().dualObjective()).as("seed %d", seed)
                    .isEqualTo(expected.certificate().dualObjective());
            assertThat(CertificateCheck.violations(problem, result)).as("seed %d", seed).isEmpty();
            assertThat(CertificateCheck.violations(problem, expected)).as("seed %d", seed).isEmpty();
            assertThat(CertificateCheck.pricedViolations(problem, result)).as("seed %d", seed).isEmpty();
            assertThat(result.unmatched()).as("seed %d", seed).hasSameSizeAs(expected.unmatched());

            Set<PairKey> made = result.pairs().stream().map(PairScore::key).collect(Collectors.toSet());
            assertThat(made).as("locks kept, seed %d", seed).containsAll(problem.lockedPairs());
            assertThat(made).as("forbidden never made, seed %d", seed).noneMatch(problem.forbiddenPairs()::contains);
            withLocks += problem.lockedPairs().isEmpty() ? 0 : 1;
            fewerCandidates += result.candidatePairs() < expected.candidatePairs() ? 1 : 0;
        }
        assertThat(withLocks).as("instances with locks").isGreaterThan(20);
        assertThat(fewerCandidates).as("instances where pricing kept fewer pairs than the full graph").isGreaterThan(20);
    }

    @Test
    void whereMostPractitionersStayUnmatchedForWantOfPlacesThePricedSolverStillFindsAndProvesTheFullGraphOptimum() {
        int mostlyUnmatched = 0;
        for (long seed = 1; seed <= 30; seed++) {
            MatchingProblem problem = RandomInstances.tight(seed, 300 + (int) seed * 20, 40 + (int) seed, 10);
            MatchingResult expected = full.solve(problem);
            MatchingResult result = new PricedMatchingSolver(seed % 3 == 0 ? 1 : PricedMatchingSolver.DEFAULT_CANDIDATES)
                    .solve(problem);

            assertThat(result.totalScore()).as("seed %d", seed).isEqualTo(expected.totalScore());
            assertThat(CertificateCheck.violations(problem, result)).as("seed %d", seed).isEmpty();
            assertThat(CertificateCheck.pricedViolations(problem, result)).as("seed %d", seed).isEmpty();
            // with ties the optimum may leave other practitioners without a place, but never other reasons
            assertThat(withoutAnyPlace(result)).as("seed %d", seed).isEqualTo(withoutAnyPlace(expected));
            assertThat(result.candidatePairs()).as("seed %d", seed).isLessThan(expected.candidatePairs() / 2);
            mostlyUnmatched += result.unmatched().size() > problem.practitioners().size() / 2 ? 1 : 0;
        }
        assertThat(mostlyUnmatched).as("instances where most practitioners stay unmatched").isEqualTo(30);
    }

    private static Map<UUID, UnmatchedReason> withoutAnyPlace(MatchingResult result) {
        Map<UUID, UnmatchedReason> reasons = new HashMap<>(result.unmatched());
        reasons.values().removeIf(reason -> reason == UnmatchedReason.CAPACITY_EXHAUSTED);
        return reasons;
    }

    @Test
    void thePricedCheckRejectsDualsThatLeaveAPairUncovered() {
        MatchingProblem problem = RandomInstances.medium(3, 200, 40);
        MatchingResult result = new PricedMatchingSolver().solve(problem);
        Certificate certificate = result.certificate();
        var lowered = new HashMap<>(certificate.masterPotentials());
        lowered.replaceAll((id, potential) -> 0L);
        MatchingResult tampered = new MatchingResult(result.pairs(), result.totalScore(), result.unmatched(),
                result.rejectedLocks(), result.groupProposals(),
                new Certificate(certificate.practitionerPotentials(), lowered, certificate.remainingCapacities(),
                        certificate.objective()),
                result.candidatePairs());

        assertThat(CertificateCheck.pricedViolations(problem, result)).isEmpty();
        assertThat(CertificateCheck.pricedViolations(problem, tampered))
                .anyMatch(violation -> violation.startsWith("allowed pair not covered"));
    }
}
