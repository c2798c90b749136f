package ru.masterskaya.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.masterskaya.calendar.AcademicYear;

class PracticePairTest {

    static final LocalDate FORMED = LocalDate.of(2025, 9, 15);
    static final Instant NOW = Instant.parse("2025-09-15T09:00:00Z");
    static final PracticePlan PLAN = new PracticePlan("Разработать положение о сетевом сообществе", "положение о сетевом сообществе",
            LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 31), "раз в две недели", null, null, BasisDocument.NONE);
    static final PublicationConsent CONSENT = new PublicationConsent(true, "Согласен на публикацию отзыва", NOW, "127.0.0.1");

    static PracticePair proposed() {
        return new PracticePair(new AcademicYear(2025), party(), party(), UUID.randomUUID(), PairOrigin.MANUAL, null, "metodist", NOW, FORMED);
    }

    static PracticePair agreed() {
        PracticePair pair = proposed();
        pair.changePlan(PLAN);
        pair.agree(PairSide.PRACTITIONER, NOW);
        pair.agree(PairSide.MASTER, NOW);
        return pair;
    }

    static PracticePair active() {
        PracticePair pair = agreed();
        pair.recordEntry(JournalEntryKind.MEETING, FORMED.plusDays(3), FORMED.plusDays(3));
        return pair;
    }

    static PairParty party() {
        return new PairParty(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    }

    static void breaks(Runnable change, PracticeRule rule) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(PracticeRuleBroken.class, broken -> assertThat(broken.rule()).isEqualTo(rule));
    }

    @Test
    void aPairIsAgreedOnlyWhenBothSidesAgreeToACompletePlan() {
        PracticePair pair = proposed();
        breaks(() -> pair.agree(PairSide.MASTER, NOW), PracticeRule.PLAN_INCOMPLETE);

        pair.changePlan(PLAN);
        pair.agree(PairSide.MASTER, NOW);
        assertThat(pair.status()).isEqualTo(PairStatus.PROPOSED);
        breaks(() -> pair.agree(PairSide.MASTER, NOW), PracticeRule.ALREADY_AGREED);

        pair.agree(PairSide.PRACTITIONER, NOW.plusSeconds(60));
        assertThat(pair.status()).isEqualTo(PairStatus.AGREED);
        assertThat(pair.agreedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void changingThePlanAsksBothSidesToAgreeAgain() {
        PracticePair pair = proposed();
        pair.changePlan(PLAN);
        pair.agree(PairSide.MASTER, NOW);

        pair.changePlan(new PracticePlan(PLAN.goal(), "сценарий форсайт-сессии", PLAN.plannedStart(), PLAN.plannedEnd(),
                PLAN.meetingRhythm(), null, null, BasisDocument.NONE));

        assertThat(pair.agreedAt(PairSide.MASTER)).isNull();
        pair.agree(PairSide.PRACTITIONER, NOW);
        assertThat(pair.status()).isEqualTo(PairStatus.PROPOSED);
    }

    @Test
    void aPlanMustEndAfterItStartsAndCannotChangeOnceAgreed() {
        PracticePair pair = proposed();
        breaks(() -> pair.changePlan(new PracticePlan("цель", "продукт", LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 1),
                "еженедельно", null, null, BasisDocument.NONE)), PracticeRule.PLAN_DATES_REVERSED);
        breaks(() -> agreed().changePlan(PLAN), PracticeRule.NOT_IN_STATUS);
    }

    @Test
    void theMidpointCheckInFallsHalfwayBetweenThePlannedDates() {
        assertThat(PLAN.midpoint()).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(PracticePlan.EMPTY.midpoint()).isNull();
    }

    @Test
    void theFirstJournalEntryStartsAnAgreedPairAndIsRememberedAsTheFirstMeeting() {
        PracticePair pair = agreed();
        pair.recordEntry(JournalEntryKind.OWN_WORK, FORMED.plusDays(2), FORMED.plusDays(2));
        assertThat(pair.status()).isEqualTo(PairStatus.ACTIVE);
        assertThat(pair.firstMeetingOn()).isNull();

        pair.recordEntry(JournalEntryKind.LESSON_VISIT, FORMED.plusDays(9), FORMED.plusDays(10));
        pair.recordEntry(JournalEntryKind.MEETING, FORMED.plusDays(5), FORMED.plusDays(10));

        assertThat(pair.firstMeetingOn()).isEqualTo(FORMED.plusDays(5));
        assertThat(pair.lastEntryOn()).isEqualTo(FORMED.plusDays(9));
        assertThat(pair.entryCount()).isEqualTo(3);
    }

    @Test
    void theJournalIsClosedBeforeAgreementAndAfterTheEnd() {
        breaks(() -> proposed().recordEntry(JournalEntryKind.MEETING, FORMED, FORMED), PracticeRule.JOURNAL_CLOSED);
        PracticePair ended = active();
        ended.endEarly(null, "сменила работу", NOW);
        breaks(() -> ended.recordEntry(JournalEntryKind.MEETING, FORMED.plusDays(4), FORMED.plusDays(4)), PracticeRule.JOURNAL_CLOSED);
        PracticePair completed = gradedActive();
        completed.complete("Было полезно", CONSENT, FORMED.plusDays(100), NOW);
        breaks(() -> completed.recordEntry(JournalEntryKind.MEETING, FORMED.plusDays(100), FORMED.plusDays(100)),
                PracticeRule.JOURNAL_CLOSED);
    }

    @Test
    void anEntryCannotBeDatedInTheFutureOrBeforeThePairWasFormed() {
        PracticePair pair = agreed();
        breaks(() -> pair.recordEntry(JournalEntryKind.MEETING, FORMED.plusDays(2), FORMED.plusDays(1)), PracticeRule.ENTRY_IN_FUTURE);
        breaks(() -> pair.recordEntry(JournalEntryKind.MEETING, FORMED.minusDays(1), FORMED), PracticeRule.ENTRY_BEFORE_PAIR);
        assertThat(pair.entryCount()).isZero();
    }

    @Test
    void aPausedPairResumesOnItsDateOrWithTheNextEntry() {
        PracticePair pair = active();
        breaks(() -> pair.pause(FORMED.plusDays(4), FORMED.plusDays(4)), PracticeRule.RESUME_DATE_NOT_AHEAD);
        pair.pause(FORMED.plusDays(30), FORMED.plusDays(4));
        assertThat(pair.status()).isEqualTo(PairStatus.PAUSED);
        assertThat(pair.resumeIfDue(FORMED.plusDays(29))).isFalse();
        assertThat(pair.resumeIfDue(FORMED.plusDays(30))).isTrue();
        assertThat(pair.status()).isEqualTo(PairStatus.ACTIVE);

        PracticePair pausedWhileAgreed = agreed();
        pausedWhileAgreed.pause(FORMED.plusDays(30), FORMED.plusDays(1));
        pausedWhileAgreed.recordEntry(JournalEntryKind.CONSULTATION, FORMED.plusDays(5), FORMED.plusDays(5));
        assertThat(pausedWhileAgreed.status()).isEqualTo(PairStatus.ACTIVE);
        assertThat(pausedWhileAgreed.pausedUntil()).isNull();
    }

    @Test
    void aLowCheckInOrACallForHelpRaisesTheAttentionFlag() {
        PracticePair fine = active();
        fine.checkIn(3, false, NOW);
        assertThat(fine.attentionSince()).isNull();

        PracticePair low = active();
        low.checkIn(2, false, NOW);
        assertThat(low.attentionSince()).isEqualTo(NOW);

        PracticePair help = active();
        help.checkIn(4, true, NOW);
        help.checkIn(1, true, NOW.plusSeconds(3600));
        assertThat(help.attentionSince()).as("the flag keeps its first time").isEqualTo(NOW);
        help.acknowledgeAttention();
        assertThat(help.attentionSince()).isNull();

        breaks(() -> active().checkIn(5, false, NOW), PracticeRule.CHECK_IN_OUT_OF_RANGE);
        breaks(() -> proposed().checkIn(3, false, NOW), PracticeRule.NOT_IN_STATUS);
    }

    @Test
    void noCompletionWithoutAProductAndAGrade() {
        PracticePair pair = active();
        breaks(() -> pair.grade(List.of(new CriterionGrade("Качество", "высокий", 3, 3)), "", NOW), PracticeRule.NO_PRODUCT);
        breaks(() -> pair.complete("Спасибо", CONSENT, FORMED.plusDays(90), NOW), PracticeRule.NO_PRODUCT);
        pair.recordProduct(new PracticeProduct("Положение о сетевом сообществе", "положение", null, null));
        breaks(() -> pair.complete("Спасибо", CONSENT, FORMED.plusDays(90), NOW), PracticeRule.NO_GRADE);
        breaks(() -> pair.grade(List.of(), "", NOW), PracticeRule.NO_GRADE);

        pair.grade(List.of(new CriterionGrade("Качество", "высокий", 3, 3), new CriterionGrade("Применимость", "средний", 2, 3)),
                "Хорошая работа", NOW);
        breaks(() -> pair.complete(" ", CONSENT, FORMED.plusDays(90), NOW), PracticeRule.REVIEW_REQUIRED);
        pair.complete("Спасибо мастеру", CONSENT, FORMED.plusDays(90), NOW);

        assertThat(pair.status()).isEqualTo(PairStatus.COMPLETED);
        assertThat(pair.gradePoints()).isEqualTo(5);
        assertThat(pair.gradeMaxPoints()).isEqualTo(6);
        assertThat(pair.completedOn()).isEqualTo(FORMED.plusDays(90));
        breaks(() -> pair.endEarly(null, null, NOW), PracticeRule.NOT_IN_STATUS);
    }

    @Test
    void theReviewConsentCanChangeOnlyAfterCompletion() {
        breaks(() -> active().changeConsent(CONSENT), PracticeRule.NOT_IN_STATUS);
        PracticePair pair = gradedActive();
        pair.complete("Спасибо", CONSENT, FORMED.plusDays(90), NOW);
        pair.changeConsent(new PublicationConsent(false, "Отзываю согласие", NOW.plusSeconds(10), null));
        assertThat(pair.consent().given()).isFalse();
    }

    @Test
    void onlyAProposedPairCanBeDeclinedAndAFinishedPairCannotEndAgain() {
        PracticePair pair = proposed();
        pair.decline(PairSide.MASTER, null, "нет времени в этом году", NOW);
        assertThat(pair.status()).isEqualTo(PairStatus.DECLINED);
        assertThat(pair.declinedBy()).isEqualTo(PairSide.MASTER);
        breaks(() -> agreed().decline(PairSide.MASTER, null, null, NOW), PracticeRule.NOT_IN_STATUS);
        breaks(() -> pair.endEarly(null, null, NOW), PracticeRule.NOT_IN_STATUS);
    }

    @Test
    void thePracticeStartsOnItsPlannedStartOrWhenItBecameActiveIfEarlier() {
        PracticePair pair = active();
        assertThat(pair.startedOn()).isEqualTo(FORMED.plusDays(3));
        assertThat(agreed().startedOn()).isEqualTo(PLAN.plannedStart());
    }

    @Test
    void onlyTheTwoSidesAreSidesOfAPair() {
        PracticePair pair = proposed();
        assertThat(pair.sideOf(pair.practitioner().personId())).isEqualTo(PairSide.PRACTITIONER);
        assertThat(pair.sideOf(pair.master().personId())).isEqualTo(PairSide.MASTER);
        breaks(() -> pair.requireSide(UUID.randomUUID()), PracticeRule.NOT_A_SIDE);
    }

    static PracticePair gradedActive() {
        PracticePair pair = active();
        pair.recordProduct(new PracticeProduct("Проект урока", "проект урока", "https://example.org/lesson", null));
        pair.grade(List.of(new CriterionGrade("Качество", "высокий", 3, 3)), "", NOW);
        return pair;
    }
}
