package ru.masterskaya.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.masterskaya.matching.solver.Cohort.KINDERGARTEN;
import static ru.masterskaya.matching.solver.Cohort.SCHOOL_1;
import static ru.masterskaya.matching.solver.Cohort.SCHOOL_2;
import static ru.masterskaya.matching.solver.Cohort.SWOT;
import static ru.masterskaya.matching.solver.Cohort.high;
import static ru.masterskaya.matching.solver.Cohort.master;
import static ru.masterskaya.matching.solver.Cohort.pair;
import static ru.masterskaya.matching.solver.Cohort.plainRules;
import static ru.masterskaya.matching.solver.Cohort.teacher;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MatchingRulesTest {

    private final MatchingSolver solver = new MatchingSolver();

    private final Practitioner teacher = teacher(1, SCHOOL_1, high(SWOT, 45));
    private final Master colleague = master(1, SCHOOL_1, 1, Map.of(SWOT, 95));
    private final Master neighbour = master(2, SCHOOL_2, 1, Map.of(SWOT, 85));

    @Test
    void aPairBelowTheMinimumSuitabilityIsNotMade() {
        MatchingProblem problem = MatchingProblem.of(List.of(teacher), List.of(neighbour), plainRules());
        long score = solver.solve(problem).totalScore();

        MatchingResult strict = solver.solve(problem.withRules(plainRules().withMinimumSuitability(score + 1)));

        assertThat(score).isPositive();
        assertThat(strict.pairs()).isEmpty();
        assertThat(strict.unmatched()).containsEntry(teacher.id(), UnmatchedReason.ALL_CANDIDATES_BELOW_MINIMUM);
    }

    @Test
    void aColleagueIsChosenWhenSameOrganisationCostsNothingAndAvoidedWhenForbiddenOrPenalised() {
        MatchingProblem problem = MatchingProblem.of(List.of(teacher), List.of(colleague, neighbour), plainRules());

        assertThat(masterOf(problem.withRules(plainRules().withSameOrganisation(SameOrganisation.PENALISED, 0))))
                .isEqualTo(colleague.id());
        assertThat(masterOf(problem.withRules(plainRules().withSameOrganisation(SameOrganisation.FORBIDDEN, 0))))
                .isEqualTo(neighbour.id());
        assertThat(masterOf(problem.withRules(plainRules().withSameOrganisation(SameOrganisation.PENALISED, 20_00))))
                .isEqualTo(neighbour.id());
    }

    @Test
    void aPractitionerWhoDeclinesTheirOwnOrganisationIsNeverPairedInside() {
        MatchingProblem problem = MatchingProblem.of(List.of(Cohort.decliningOwnOrganisation(teacher)), List.of(colleague),
                plainRules().withSameOrganisation(SameOrganisation.PENALISED, 0));

        MatchingResult result = solver.solve(problem);

        assertThat(result.pairs()).isEmpty();
        assertThat(result.unmatched()).containsEntry(teacher.id(), UnmatchedReason.ALL_CANDIDATES_FORBIDDEN);
    }

    @Test
    void lastYearsPairIsNotRepeatedUnlessTheRulesAllowIt() {
        Master former = master(3, SCHOOL_2, 1, Map.of(SWOT, 99));
        MatchingProblem problem = MatchingProblem.of(List.of(teacher), List.of(former, neighbour), plainRules())
                .withLastYearPairs(Set.of(pair(teacher, former)));

        assertThat(masterOf(problem)).isEqualTo(neighbour.id());
        assertThat(masterOf(problem.withRules(plainRules().withRepeatsAllowed(true)))).isEqualTo(former.id());
    }

    @Test
    void theLoadCapLimitsAMasterBelowWhatTheyOffered() {
        Master generous = master(4, SCHOOL_2, 3, Map.of(SWOT, 90));
        List<Practitioner> three = List.of(teacher(1, SCHOOL_1, high(SWOT, 30)), teacher(2, SCHOOL_1, high(SWOT, 40)),
                teacher(3, SCHOOL_1, high(SWOT, 50)));
        MatchingProblem problem = MatchingProblem.of(three, List.of(generous), plainRules());

        assertThat(solver.solve(problem).pairs()).hasSize(3);
        MatchingResult capped = solver.solve(problem.withRules(plainRules().withLoadCap(1)));
        assertThat(capped.pairs()).extracting(PairScore::practitionerId).containsExactly(three.get(0).id());
        assertThat(capped.unmatched()).containsOnlyKeys(three.get(1).id(), three.get(2).id())
                .containsValue(UnmatchedReason.CAPACITY_EXHAUSTED);
    }

    @Test
    void theCoveragePriorityGivesTheOnlyPlaceToTheKindergartenTeacher() {
        Practitioner schoolTeacher = teacher(1, SCHOOL_1, high(SWOT, 40));
        Practitioner kindergartenTeacher = teacher(2, KINDERGARTEN, high(SWOT, 45));
        MatchingProblem problem = MatchingProblem.of(List.of(schoolTeacher, kindergartenTeacher), List.of(neighbour),
                plainRules());

        assertThat(practitionerOf(problem)).isEqualTo(schoolTeacher.id());
        assertThat(practitionerOf(problem.withRules(plainRules().withCoverageBonus(Map.of("PRESCHOOL", 20_00L)))))
                .isEqualTo(kindergartenTeacher.id());
    }

    @Test
    void aForbiddenPairIsNeverMadeAndALockedOneIsKeptEvenBelowTheMinimum() {
        MatchingProblem problem = MatchingProblem.of(List.of(teacher), List.of(colleague, neighbour), plainRules());

        assertThat(masterOf(problem.withForbidden(Set.of(pair(teacher, colleague))))).isEqualTo(neighbour.id());

        MatchingResult locked = solver.solve(problem.withRules(plainRules().withMinimumSuitability(1_000_00))
                .withLocked(Set.of(pair(teacher, neighbour))));
        assertThat(locked.pairs()).singleElement().satisfies(kept -> {
            assertThat(kept.masterId()).isEqualTo(neighbour.id());
            assertThat(kept.locked()).isTrue();
        });
    }

    @Test
    void aLockThatConflictsWithAProhibitionOrAFullMasterIsReportedNotKept() {
        Practitioner other = teacher(2, SCHOOL_1, high(SWOT, 50));
        MatchingProblem problem = MatchingProblem.of(List.of(teacher, other), List.of(neighbour), plainRules())
                .withLocked(Set.of(pair(teacher, neighbour), pair(other, neighbour)))
                .withForbidden(Set.of(pair(teacher, neighbour)));

        MatchingResult result = solver.solve(problem);

        assertThat(result.rejectedLocks()).containsExactly(Map.entry(pair(teacher, neighbour), LockRejection.FORBIDDEN));
        assertThat(result.pairs()).extracting(PairScore::key).containsExactly(pair(other, neighbour));
        assertThat(CertificateCheck.violations(problem, result)).isEmpty();
    }

    private UUID masterOf(MatchingProblem problem) {
        MatchingResult result = solver.solve(problem);
        assertThat(CertificateCheck.violations(problem, result)).isEmpty();
        return result.pairs().getFirst().masterId();
    }

    private UUID practitionerOf(MatchingProblem problem) {
        MatchingResult result = solver.solve(problem);
        assertThat(result.pairs()).hasSize(1);
        return result.pairs().getFirst().practitionerId();
    }
}
