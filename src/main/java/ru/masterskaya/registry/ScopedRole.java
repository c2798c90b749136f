package ru.masterskaya.registry;

import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A role together with the territory or organisation it applies to: a coordinator of a
 * municipality or a region, a deputy director of one organisation.
 */
public record ScopedRole(
        Role role, @Nullable UUID regionId, @Nullable UUID municipalityId, @Nullable UUID organisationId)
        implements Serializable {

    public static ScopedRole unscoped(Role role) {
        return new ScopedRole(role, null, null, null);
    }

    public static ScopedRole inRegion(Role role, UUID regionId) {
        return new ScopedRole(role, regionId, null, null);
    }

    public static ScopedRole inMunicipality(Role role, UUID municipalityId) {
        return new ScopedRole(role, null, municipalityId, null);
    }

    public static ScopedRole inOrganisation(Role role, UUID organisationId) {
        return new ScopedRole(role, null, null, organisationId);
    }

    /** Whether the scope matches what the role requires. */
    public boolean isWellFormed() {
        int named = (regionId != null ? 1 : 0) + (municipalityId != null ? 1 : 0) + (organisationId != null ? 1 : 0);
        return switch (role.requiredScope()) {
            case NONE -> named == 0;
            case TERRITORY -> named == 1 && organisationId == null;
            case ORGANISATION -> named == 1 && organisationId != null;
        };
    }
}
