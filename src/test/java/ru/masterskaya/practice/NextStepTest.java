package ru.masterskaya.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextStepTest {

    static final LocalDate TODAY = PracticePairTest.FORMED.plusDays(5);

    @Test
    void whileProposedEachSideIsToldToFillAgreeOrWaitAndTheCoordinatorWaits() {
        PracticePair pair = PracticePairTest.proposed();
        assertThat(NextStep.of(pair, PairSide.MASTER, false, TODAY)).isEqualTo(NextStep.FILL_PLAN);

        pair.changePlan(PracticePairTest.PLAN);
        pair.agree(PairSide.MASTER, PracticePairTest.NOW);

        assertThat(NextStep.of(pair, PairSide.MASTER, false, TODAY)).isEqualTo(NextStep.WAIT_FOR_OTHER_SIDE);
        assertThat(NextStep.of(pair, PairSide.PRACTITIONER, false, TODAY)).isEqualTo(NextStep.AGREE_PLAN);
        assertThat(NextStep.of(pair, null, false, TODAY)).isEqualTo(NextStep.WAIT_FOR_AGREEMENT);
    }

    @Test
    void anAgreedPairMeetsFirstAndAnActiveOneAnswersTheCheckInWhenDue() {
        assertThat(NextStep.of(PracticePairTest.agreed(), PairSide.PRACTITIONER, false, TODAY)).isEqualTo(NextStep.FIRST_MEETING);
        PracticePair active = PracticePairTest.active();

        assertThat(NextStep.of(active, PairSide.MASTER, false, TODAY)).isEqualTo(NextStep.KEEP_JOURNAL);
        assertThat(NextStep.of(active, PairSide.MASTER, true, TODAY)).isEqualTo(NextStep.CHECK_IN);
    }

    @Test
    void theEndOfThePracticeComesBeforeASkippedCheckIn() {
        PracticePair pair = PracticePairTest.active();
        pair.recordProduct(new PracticeProduct("Положение о сетевом сообществе", "положение", null, null));
        assertThat(NextStep.of(pair, PairSide.MASTER, true, TODAY)).isEqualTo(NextStep.GRADE_PRODUCT);
        assertThat(NextStep.of(pair, PairSide.PRACTITIONER, true, TODAY)).isEqualTo(NextStep.CHECK_IN);

        pair.grade(List.of(new CriterionGrade("Соответствие цели", "высокий", 3, 3)), "Готово", PracticePairTest.NOW);

        assertThat(NextStep.of(pair, PairSide.MASTER, true, TODAY)).isEqualTo(NextStep.WAIT_FOR_CONFIRMATION);
        assertThat(NextStep.of(pair, PairSide.PRACTITIONER, true, TODAY)).isEqualTo(NextStep.CONFIRM_COMPLETION);
        pair.complete("Спасибо", PracticePairTest.CONSENT, TODAY, PracticePairTest.NOW);
        assertThat(NextStep.of(pair, PairSide.PRACTITIONER, false, TODAY)).isEqualTo(NextStep.NOTHING);
    }
}
