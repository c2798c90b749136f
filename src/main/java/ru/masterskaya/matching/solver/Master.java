package ru.masterskaya.matching.solver;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A master's offer: strength per topic in percent of the maximum, the qualification category as a
 * weight (0 none, 1 first, 2 highest, …), how many practitioners at once, the formats offered, and the
 * municipalities or organisations served (both empty: serves everyone).
 */
public record Master(
        UUID id,
        UUID organisationId,
        UUID municipalityId,
        Map<UUID, Integer> strengths,
        int category,
        int capacity,
        Set<Format> formats,
        Set<UUID> servedMunicipalities,
        Set<UUID> servedOrganisations) {

    public Master {
        strengths = Map.copyOf(strengths);
        formats = Set.copyOf(formats);
        servedMunicipalities = Set.copyOf(servedMunicipalities);
        servedOrganisations = Set.copyOf(servedOrganisations);
    }

    /** A master serving everyone. */
    public static Master of(UUID id, UUID organisationId, UUID municipalityId, Map<UUID, Integer> strengths,
            int category, int capacity, Set<Format> formats) {
        return new Master(id, organisationId, municipalityId, strengths, category, capacity, formats, Set.of(), Set.of());
    }

    public int strengthOn(UUID topicId) {
        return strengths.getOrDefault(topicId, 0);
    }

    public boolean serves(Practitioner practitioner) {
        if (servedMunicipalities.isEmpty() && servedOrganisations.isEmpty()) {
            return true;
        }
        return servedMunicipalities.contains(practitioner.municipalityId())
                || servedOrganisations.contains(practitioner.organisationId());
    }

    /** A blended offer suits any preference; no preference is suited by anything. */
    public boolean offers(Format format) {
        return formats.contains(format) || formats.contains(Format.BLENDED);
    }
}
