package ru.masterskaya.matching.solver;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A practitioner's request: their needs (only high and medium deficits count), the topic they chose as
 * their priority, the format they prefer, and whether a master from their own organisation suits them.
 */
public record Practitioner(
        UUID id,
        UUID organisationId,
        UUID municipalityId,
        String organisationType,
        List<Need> needs,
        @Nullable UUID priorityTopicId,
        @Nullable Format preferredFormat,
        boolean acceptsOwnOrganisation) {

    public Practitioner {
        needs = List.copyOf(needs);
    }
}
