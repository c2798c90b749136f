package ru.masterskaya.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.masterskaya.matching.solver.Cohort.PROJECTS;
import static ru.masterskaya.matching.solver.Cohort.SCHOOL_1;
import static ru.masterskaya.matching.solver.Cohort.SCHOOL_2;
import static ru.masterskaya.matching.solver.Cohort.SWOT;
import static ru.masterskaya.matching.solver.Cohort.high;
import static ru.masterskaya.matching.solver.Cohort.master;
import static ru.masterskaya.matching.solver.Cohort.medium;
import static ru.masterskaya.matching.solver.Cohort.plainRules;
import static ru.masterskaya.matching.solver.Cohort.teacher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupProposalsTest {

    private final MatchingSolver solver = new MatchingSolver();

    @Test
    void aTopicSharedByFiveOrMorePractitionersNotPairedOnItBecomesAGroupEventHostedByItsMasters() {
        List<Practitioner> cohort = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            cohort.add(teacher(i, SCHOOL_1, high(SWOT, 20 + i)));
        }
        cohort.add(teacher(7, SCHOOL_1, medium(PROJECTS, 70)));
        cohort.add(teacher(8, SCHOOL_1, medium(PROJECTS, 75)));
        Master stronger = master(1, SCHOOL_2, 1, Map.of(SWOT, 97));
        Master weaker = master(2, SCHOOL_2, 0, Map.of(SWOT, 85, PROJECTS, 60));

        MatchingResult result = solver.solve(MatchingProblem.of(cohort, List.of(weaker, stronger), plainRules()));

        assertThat(result.pairs()).extracting(PairScore::practitionerId).containsExactly(cohort.getFirst().id());
        assertThat(result.groupProposals()).singleElement().satisfies(proposal -> {
            assertThat(proposal.topicId()).isEqualTo(SWOT);
            assertThat(proposal.practitioners()).containsExactlyElementsOf(
                    cohort.subList(1, 6).stream().map(Practitioner::id).toList());
            assertThat(proposal.unmatched()).isEqualTo(5);
            assertThat(proposal.hosts()).containsExactly(stronger.id(), weaker.id());
            assertThat(proposal.format()).isEqualTo(GroupFormat.MASTER_CLASS);
        });
    }

    @Test
    void theThresholdIsConfigurableAndAnUnmatchedPractitionersPriorityGetsAtLeastAConsultation() {
        Practitioner first = Cohort.withPriority(teacher(1, SCHOOL_1, medium(PROJECTS, 70)), PROJECTS);
        Practitioner second = teacher(2, SCHOOL_1, medium(PROJECTS, 75), high(SWOT, 40));
        MatchingProblem problem = MatchingProblem.of(List.of(first, second), List.of(), plainRules());

        assertThat(solver.solve(problem).groupProposals()).singleElement().satisfies(proposal -> {
            assertThat(proposal.topicId()).isEqualTo(PROJECTS);
            assertThat(proposal.format()).isEqualTo(GroupFormat.CONSULTATION);
            assertThat(proposal.hosts()).isEmpty();
        });
        assertThat(solver.solve(problem.withRules(plainRules().withGroupThreshold(1))).groupProposals())
                .extracting(GroupProposal::topicId).containsExactlyInAnyOrder(PROJECTS, SWOT);
    }

    @Test
    void theFormatFollowsTheGroupSize() {
        Map<Integer, GroupFormat> expected = Map.of(1, GroupFormat.CONSULTATION, 2, GroupFormat.CONSULTATION,
                3, GroupFormat.MASTER_CLASS, 6, GroupFormat.WORKSHOP_SEMINAR, 13, GroupFormat.BUSINESS_GAME,
                21, GroupFormat.HACKATHON, 41, GroupFormat.FORESIGHT_SESSION);

        expected.forEach((size, format) -> assertThat(GroupFormat.forGroupOf(size)).as("%d people", size).isEqualTo(format));
    }
}
