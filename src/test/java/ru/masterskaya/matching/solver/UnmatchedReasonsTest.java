package ru.masterskaya.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.masterskaya.matching.solver.Cohort.PROJECTS;
import static ru.masterskaya.matching.solver.Cohort.SCHOOL_1;
import static ru.masterskaya.matching.solver.Cohort.SCHOOL_2;
import static ru.masterskaya.matching.solver.Cohort.SWOT;
import static ru.masterskaya.matching.solver.Cohort.high;
import static ru.masterskaya.matching.solver.Cohort.master;
import static ru.masterskaya.matching.solver.Cohort.medium;
import static ru.masterskaya.matching.solver.Cohort.pair;
import static ru.masterskaya.matching.solver.Cohort.plainRules;
import static ru.masterskaya.matching.solver.Cohort.teacher;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnmatchedReasonsTest {

    private final MatchingSolver solver = new MatchingSolver();

    @Test
    void eachUnmatchedPractitionerIsGivenTheReason() {
        Master strongOnSwot = master(1, SCHOOL_2, 1, Map.of(SWOT, 90, PROJECTS, 75));
        Master alsoStrongOnSwot = master(2, SCHOOL_2, 1, Map.of(SWOT, 88));
        Practitioner needsProjects = teacher(1, SCHOOL_1, high(PROJECTS, 30));
        Practitioner deepestNeed = teacher(2, SCHOOL_1, high(SWOT, 10));
        Practitioner secondNeed = teacher(3, SCHOOL_1, high(SWOT, 20));
        Practitioner thirdNeed = teacher(4, SCHOOL_1, high(SWOT, 30));
        Practitioner forbiddenEverywhere = teacher(5, SCHOOL_1, high(SWOT, 50));
        Practitioner slightNeed = teacher(6, SCHOOL_1, medium(SWOT, 80));
        MatchingProblem problem = MatchingProblem.of(
                        List.of(needsProjects, deepestNeed, secondNeed, thirdNeed, forbiddenEverywhere, slightNeed),
                        List.of(strongOnSwot, alsoStrongOnSwot), plainRules().withMinimumSuitability(80_00))
                .withForbidden(Set.of(pair(forbiddenEverywhere, strongOnSwot), pair(forbiddenEverywhere, alsoStrongOnSwot)));

        MatchingResult result = solver.solve(problem);

        assertThat(result.pairs()).extracting(PairScore::practitionerId)
                .containsExactlyInAnyOrder(deepestNeed.id(), secondNeed.id());
        assertThat(result.unmatched()).containsExactlyInAnyOrderEntriesOf(Map.of(
                needsProjects.id(), UnmatchedReason.NO_MASTER_ON_TOPIC,
                thirdNeed.id(), UnmatchedReason.CAPACITY_EXHAUSTED,
                forbiddenEverywhere.id(), UnmatchedReason.ALL_CANDIDATES_FORBIDDEN,
                slightNeed.id(), UnmatchedReason.ALL_CANDIDATES_BELOW_MINIMUM));
        assertThat(CertificateCheck.violations(problem, result)).isEmpty();
    }

    @Test
    void aMasterOutsideTheAreaTheyServeIsNoCandidate() {
        Master villageOnly = new Master(Cohort.id(9), SCHOOL_2, Cohort.TOWN, Map.of(SWOT, 95), 0, 1,
                Set.of(Format.BLENDED), Set.of(Cohort.VILLAGE), Set.of());
        Practitioner townTeacher = teacher(1, SCHOOL_1, high(SWOT, 30));

        MatchingResult result = solver.solve(MatchingProblem.of(List.of(townTeacher), List.of(villageOnly), plainRules()));

        assertThat(result.unmatched()).containsEntry(townTeacher.id(), UnmatchedReason.NO_MASTER_ON_TOPIC);
    }
}
