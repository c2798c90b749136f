package ru.masterskaya.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.calendar.AcademicYear;

/**
 * A pair finished its practice: the master recorded and graded the product and the practitioner
 * confirmed it with a review. It carries everything a certificate, a statement or the book of reviews
 * needs, so that their issuers never read the practice module's tables.
 *
 * @param startedOn the day the practice became active (or its planned start, if earlier)
 * @param completedOn the day the practitioner confirmed the completion
 */
public record PracticeCompleted(
        UUID pairId,
        AcademicYear academicYear,
        UUID practitionerId,
        UUID masterId,
        UUID topicId,
        String topicName,
        LocalDate startedOn,
        LocalDate completedOn,
        Product product,
        Grade grade,
        Review review) {

    public PracticeCompleted {
        if (completedOn.isBefore(startedOn)) {
            throw new IllegalArgumentException("a practice cannot end before it starts");
        }
    }

    /** What the pair produced, e.g. «Положение о сетевом сообществе» of kind «положение». */
    public record Product(String title, String kind, @Nullable String link) {}

    /**
     * The master's grade against the rubric: the level of each criterion, the sum of points, and the
     * overall level as words (e.g. «высокий»), with the master's comment.
     */
    public record Grade(String level, int points, int maxPoints, List<CriterionGrade> criteria, String comment) {

        public Grade {
            criteria = List.copyOf(criteria);
        }
    }

    public record CriterionGrade(String criterion, String level, int points) {}

    /**
     * The practitioner's review and their separate consent to publish it in the book of reviews
     * (152-ФЗ): the consent's exact wording, when and from which address it was given.
     */
    public record Review(String text, boolean publicationConsented, @Nullable String consentText,
            @Nullable Instant consentedAt, @Nullable String consentedFrom) {}
}
