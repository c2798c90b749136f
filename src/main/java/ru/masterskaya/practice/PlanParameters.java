package ru.masterskaya.practice;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The plan as a side or the coordinator fills it in; blank texts count as not filled. */
public record PlanParameters(
        @Nullable String goal,
        @Nullable String expectedProduct,
        @Nullable LocalDate plannedStart,
        @Nullable LocalDate plannedEnd,
        @Nullable String meetingRhythm,
        @Nullable UUID mentoringFormId,
        @Nullable UUID mentoringKindId,
        @Nullable String basisNumber,
        @Nullable LocalDate basisDate,
        @Nullable LocalDate basisStart,
        @Nullable LocalDate basisEnd,
        @Nullable LocalDate basisEarlyEnd) {

    public PracticePlan toPlan() {
        String number = clean(basisNumber);
        BasisDocument basis = number == null && basisDate == null && basisStart == null && basisEnd == null && basisEarlyEnd == null
                ? BasisDocument.NONE
                : new BasisDocument(number, basisDate, basisStart, basisEnd, basisEarlyEnd);
        return new PracticePlan(clean(goal), clean(expectedProduct), plannedStart, plannedEnd, clean(meetingRhythm), mentoringFormId,
                mentoringKindId, basis);
    }

    static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
