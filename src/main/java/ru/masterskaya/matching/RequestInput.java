package ru.masterskaya.matching;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.scoring.DeficitLevel;
import ru.masterskaya.registry.QualificationCategory;

/**
 * An open practitioner's request as a matching run reads it: the need topics with percent and
 * level, the chosen priority and the preferences (no format means any).
 */
public record RequestInput(UUID requestId, UUID practitionerId, UUID organisationId, UUID municipalityId, String organisationTypeCode,
        QualificationCategory category, List<Need> topics, @Nullable UUID priorityTopicId, @Nullable MeetingFormat preferredFormat,
        boolean ownOrganisationAcceptable) {

    /** A topic with a high or medium deficit. */
    public record Need(UUID topicId, int percent, DeficitLevel level) {}
}
