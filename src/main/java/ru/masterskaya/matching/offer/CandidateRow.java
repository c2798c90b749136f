package ru.masterskaya.matching.offer;

import java.util.List;
import java.util.UUID;
import ru.masterskaya.registry.QualificationCategory;

/** A person the self-diagnosis found ready and strong on some topics, who has no offer this year yet. */
public record CandidateRow(UUID personId, String fullName, String organisationName, QualificationCategory category, List<Strength> topics) {

    /** A topic with the candidate's percent. */
    public record Strength(UUID topicId, String topicName, int percent) {}
}
