package ru.masterskaya.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a pair agrees on: the goal, the expected product (e.g. «положение о сетевом сообществе»,
 * «проект урока»), the planned start and end, the meeting rhythm, the mentoring form and kind
 * (reference data of matching), and the optional basis document.
 */
@Embeddable
public record PracticePlan(
        @Column(name = "goal") @Nullable String goal,
        @Column(name = "expected_product") @Nullable String expectedProduct,
        @Column(name = "planned_start") @Nullable LocalDate plannedStart,
        @Column(name = "planned_end") @Nullable LocalDate plannedEnd,
        @Column(name = "meeting_rhythm") @Nullable String meetingRhythm,
        @Column(name = "mentoring_form_id") @Nullable UUID mentoringFormId,
        @Column(name = "mentoring_kind_id") @Nullable UUID mentoringKindId,
        @Embedded @Nullable BasisDocument basis) {

    public static final PracticePlan EMPTY = new PracticePlan(null, null, null, null, null, null, null, BasisDocument.NONE);

    /** Whether both sides can agree to it: everything but the mentoring form, kind and basis is filled in. */
    public boolean isComplete() {
        return filled(goal) && filled(expectedProduct) && plannedStart != null && plannedEnd != null && filled(meetingRhythm);
    }

    /** The day both sides answer the midpoint check-in, or null before the dates are planned. */
    public @Nullable LocalDate midpoint() {
        if (plannedStart == null || plannedEnd == null) {
            return null;
        }
        return plannedStart.plusDays((plannedEnd.toEpochDay() - plannedStart.toEpochDay()) / 2);
    }

    public BasisDocument basisOrNone() {
        return basis == null ? BasisDocument.NONE : basis;
    }

    private static boolean filled(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
