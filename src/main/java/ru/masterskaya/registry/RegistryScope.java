package ru.masterskaya.registry;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The part of the registry a user manages: everything for an administrator, a region or a
 * municipality for a coordinator, one organisation for a deputy director, nothing for the others.
 */
public record RegistryScope(boolean everything, Set<UUID> regionIds, Set<UUID> municipalityIds, Set<UUID> organisationIds)
        implements Serializable {

    public static final RegistryScope EVERYTHING = new RegistryScope(true, Set.of(), Set.of(), Set.of());
    public static final RegistryScope NOTHING = new RegistryScope(false, Set.of(), Set.of(), Set.of());

    public static RegistryScope of(Collection<ScopedRole> roles) {
        Set<UUID> regions = new HashSet<>();
        Set<UUID> municipalities = new HashSet<>();
        Set<UUID> organisations = new HashSet<>();
        for (ScopedRole granted : roles) {
            switch (granted.role()) {
                case ADMINISTRATOR -> {
                    return EVERYTHING;
                }
                case COORDINATOR -> {
                    if (granted.regionId() != null) {
                        regions.add(granted.regionId());
                    }
                    if (granted.municipalityId() != null) {
                        municipalities.add(granted.municipalityId());
                    }
                }
                case INSTITUTION_COORDINATOR -> {
                    if (granted.organisationId() != null) {
                        organisations.add(granted.organisationId());
                    }
                }
                default -> {}
            }
        }
        return new RegistryScope(false, Set.copyOf(regions), Set.copyOf(municipalities), Set.copyOf(organisations));
    }

    /**
     * The part of the registry a user may read reports of: what they manage, plus the territories
     * where they hold the viewer role (руководство), who read results but change nothing.
     */
    public static RegistryScope forReading(Collection<ScopedRole> roles) {
        RegistryScope managed = of(roles);
        if (managed.everything()) {
            return managed;
        }
        Set<UUID> regions = new HashSet<>(managed.regionIds());
        Set<UUID> municipalities = new HashSet<>(managed.municipalityIds());
        for (ScopedRole granted : roles) {
            if (granted.role() == Role.VIEWER) {
                if (granted.regionId() != null) {
                    regions.add(granted.regionId());
                }
                if (granted.municipalityId() != null) {
                    municipalities.add(granted.municipalityId());
                }
            }
        }
        return new RegistryScope(false, Set.copyOf(regions), Set.copyOf(municipalities), managed.organisationIds());
    }

    public boolean isEmpty() {
        return !everything && regionIds.isEmpty() && municipalityIds.isEmpty() && organisationIds.isEmpty();
    }

    public boolean covers(Organisation organisation) {
        return everything
                || organisationIds.contains(organisation.getId())
                || covers(organisation.getMunicipality());
    }

    public boolean covers(Municipality municipality) {
        return everything
                || municipalityIds.contains(municipality.getId())
                || regionIds.contains(municipality.getRegion().getId());
    }

    /** Whether whole territories are in scope, so that organisations may be created and edited. */
    public boolean managesTerritory() {
        return everything || !regionIds.isEmpty() || !municipalityIds.isEmpty();
    }
}
