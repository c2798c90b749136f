package ru.masterskaya.matching;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.QualificationCategory;

/**
 * A confirmed master's offer as a matching run reads it. A topic's percent is empty when the
 * coordinator declared the topic without a self-diagnosis result.
 */
public record OfferInput(UUID offerId, UUID masterId, UUID organisationId, UUID municipalityId, String organisationTypeCode,
        QualificationCategory category, int capacity, int yearlyCap, MeetingFormat format, List<Strength> topics,
        Set<UUID> servedMunicipalityIds, Set<UUID> servedOrganisationIds, Set<UUID> mentoringOptionIds) {

    /** A topic the master leads, with their percent if known. */
    public record Strength(UUID topicId, @Nullable Integer percent) {}
}
