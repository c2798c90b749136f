package ru.masterskaya.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a document is about: the topic and period, and for a practice the product and the grade. */
public record DocumentSubject(@Nullable UUID topicId, String topicName, LocalDate startedOn, LocalDate completedOn,
        @Nullable Product product, @Nullable Grade grade) {

    public record Product(String title, String kind) {}

    public record Grade(String level, int points, int maxPoints, List<GradeCriterion> criteria) {}
}
