package ru.masterskaya.diagnostics.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.masterskaya.diagnostics.TopicBlock;
import ru.masterskaya.diagnostics.scoring.SheetTopic;
import ru.masterskaya.diagnostics.scoring.Thresholds;

class NeedsCalculationTest {

    static final SheetTopic HACKATHON = new SheetTopic(UUID.randomUUID(), "Хакатон", TopicBlock.METHODICAL, 10);
    static final SheetTopic ANALYSIS = new SheetTopic(UUID.randomUUID(), "Анализ урока", TopicBlock.METHODICAL, 10);
    static final SheetTopic PARENTS = new SheetTopic(UUID.randomUUID(), "Общение с родителями", TopicBlock.COMMUNICATIVE, 10);
    static final List<SheetTopic> TOPICS = List.of(HACKATHON, ANALYSIS, PARENTS);
    static final UUID SCHOOL = UUID.randomUUID();
    static final UUID KINDERGARTEN = UUID.randomUUID();

    @Test
    void levelsFollowTheThresholdsInPercentOfTheTopicMaximum() {
        NeedsCalculation calculation = new NeedsCalculation(TOPICS, Thresholds.R201, NeedsFilter.NONE);
        calculation.add(SCHOOL, "SCHOOL", "7,7,9");
        calculation.add(SCHOOL, "SCHOOL", "5,9,10");

        NeedsReport report = calculation.report();

        assertThat(report.respondents()).isEqualTo(2);
        TopicNeed hackathon = find(report, HACKATHON);
        assertThat(hackathon.medium()).isEqualTo(1);
        assertThat(hackathon.high()).isEqualTo(1);
        TopicNeed analysis = find(report, ANALYSIS);
        assertThat(List.of(analysis.high(), analysis.medium(), analysis.minimal())).containsExactly(0, 1, 1);
        TopicNeed parents = find(report, PARENTS);
        assertThat(List.of(parents.high(), parents.medium(), parents.minimal())).containsExactly(0, 0, 2);
        assertThat(parents.needPercent()).isZero();
        assertThat(hackathon.needPercent()).isEqualTo(100);
    }

    @Test
    void topicsAreRankedByNeedThenByHighDeficitsThenByName() {
        NeedsCalculation calculation = new NeedsCalculation(TOPICS, Thresholds.R201, NeedsFilter.NONE);
        calculation.add(SCHOOL, "SCHOOL", "7,0,0");
        calculation.add(SCHOOL, "SCHOOL", "7,7,10");
        calculation.add(SCHOOL, "SCHOOL", "10,10,0");
        calculation.add(SCHOOL, "SCHOOL", "10,0,10");

        List<TopicNeed> ranked = calculation.report().topics();

        assertThat(ranked).extracting(need -> need.topic().name()).containsExactly("Анализ урока", "Общение с родителями", "Хакатон");
        assertThat(ranked).extracting(TopicNeed::rank).containsExactly(1, 2, 3);
        assertThat(ranked).extracting(TopicNeed::need).containsExactly(3, 2, 2);
        assertThat(ranked).extracting(TopicNeed::high).containsExactly(2, 2, 0);
    }

    @Test
    void equalNeedsAndHighDeficitsAreOrderedByName() {
        NeedsCalculation calculation = new NeedsCalculation(TOPICS, Thresholds.R201, NeedsFilter.NONE);
        calculation.add(SCHOOL, "SCHOOL", "0,0,10");

        assertThat(calculation.report().topics()).extracting(need -> need.topic().name())
                .containsExactly("Анализ урока", "Хакатон", "Общение с родителями");
    }

    @Test
    void needsAreBrokenDownByOrganisationTypeAndOrganisation() {
        NeedsCalculation calculation = new NeedsCalculation(TOPICS, Thresholds.R201, NeedsFilter.NONE);
        calculation.add(SCHOOL, "SCHOOL", "0,10,10");
        calculation.add(SCHOOL, "SCHOOL", "7,10,10");
        calculation.add(KINDERGARTEN, "PRESCHOOL", "10,10,0");

        NeedsReport report = calculation.report();

        GroupNeeds schools = report.type("SCHOOL").orElseThrow();
        assertThat(schools.respondents()).isEqualTo(2);
        assertThat(schools.high()[0]).isEqualTo(1);
        assertThat(schools.medium()[0]).isEqualTo(1);
        assertThat(schools.need(2)).isZero();
        GroupNeeds kindergarten = report.organisation(KINDERGARTEN).orElseThrow();
        assertThat(kindergarten.respondents()).isEqualTo(1);
        assertThat(kindergarten.need(2)).isEqualTo(1);
        assertThat(kindergarten.need(0)).isZero();
    }

    @Test
    void blocksAreJudgedOnTheirTopicsTogether() {
        NeedsCalculation calculation = new NeedsCalculation(TOPICS, Thresholds.R201, NeedsFilter.NONE);
        calculation.add(SCHOOL, "SCHOOL", "3,10,10");

        NeedsReport report = calculation.report();

        assertThat(report.blocks()).extracting(BlockNeed::block).containsExactly(TopicBlock.METHODICAL, TopicBlock.COMMUNICATIVE);
        BlockNeed methodical = report.blocks().getFirst();
        assertThat(List.of(methodical.high(), methodical.medium(), methodical.minimal())).containsExactly(0, 1, 0);
    }

    @Test
    void theFilterCountsOnlyTheChosenOrganisationType() {
        NeedsCalculation calculation = new NeedsCalculation(TOPICS, Thresholds.R201, new NeedsFilter("PRESCHOOL", null));
        calculation.add(SCHOOL, "SCHOOL", "0,0,0");
        calculation.add(KINDERGARTEN, "PRESCHOOL", "10,10,0");

        NeedsReport report = calculation.report();

        assertThat(report.respondents()).isEqualTo(1);
        assertThat(report.topics().getFirst().topic()).isEqualTo(PARENTS);
        assertThat(report.byType()).extracting(GroupNeeds::key).containsExactly("PRESCHOOL");
    }

    @Test
    void scoresThatDoNotFitTheSheetAreRefused() {
        NeedsCalculation calculation = new NeedsCalculation(TOPICS, Thresholds.R201, NeedsFilter.NONE);

        assertThatThrownBy(() -> calculation.add(SCHOOL, "SCHOOL", "1,2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> calculation.add(SCHOOL, "SCHOOL", "1,2,3,4")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aHundredThousandRespondentsOnSixtyTopicsAreCountedQuickly() {
        List<SheetTopic> topics = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            topics.add(new SheetTopic(UUID.randomUUID(), "Тема " + i, TopicBlock.values()[i % 6], 12));
        }
        java.util.Random random = new java.util.Random(1);
        String[] stored = new String[1000];
        for (int i = 0; i < stored.length; i++) {
            StringBuilder row = new StringBuilder();
            for (int t = 0; t < 60; t++) {
                row.append(t == 0 ? "" : ",").append(random.nextInt(13));
            }
            stored[i] = row.toString();
        }
        UUID[] organisations = new UUID[300];
        for (int i = 0; i < organisations.length; i++) {
            organisations[i] = UUID.randomUUID();
        }
        long started = System.nanoTime();
        NeedsCalculation calculation = new NeedsCalculation(topics, Thresholds.R201, NeedsFilter.NONE);
        for (int i = 0; i < 100_000; i++) {
            calculation.add(organisations[i % organisations.length], i % 3 == 0 ? "PRESCHOOL" : "SCHOOL", stored[i % stored.length]);
        }
        NeedsReport report = calculation.report();
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(report.respondents()).isEqualTo(100_000);
        assertThat(millis).isLessThan(1_000);
    }

    private static TopicNeed find(NeedsReport report, SheetTopic topic) {
        return report.topics().stream().filter(need -> need.topic().equals(topic)).findFirst().orElseThrow();
    }
}
