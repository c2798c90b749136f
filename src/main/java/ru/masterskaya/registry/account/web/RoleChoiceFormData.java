package ru.masterskaya.registry.account.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.Role;
import ru.masterskaya.registry.ScopedRole;

/**
 * A role chosen on a person's card. Coordinators and viewers also need a territory, sent as
 * {@code region:<id>} or {@code municipality:<id>}; a deputy's organisation is the person's own.
 */
class RoleChoiceFormData {

    static final String REGION = "region:";
    static final String MUNICIPALITY = "municipality:";

    @NotNull(message = "{account.role.required}")
    private @Nullable Role role;

    private @Nullable String territory;

    @AssertTrue(message = "{account.territory.required}")
    public boolean isTerritoryGivenWhenNeeded() {
        return role == null
                || role.requiredScope() != Role.ScopeKind.TERRITORY
                || territoryId(REGION) != null
                || territoryId(MUNICIPALITY) != null;
    }

    /** Only for data that passed validation. */
    ScopedRole toScopedRole(UUID personsOrganisationId) {
        Role chosen = Objects.requireNonNull(role);
        return switch (chosen.requiredScope()) {
            case NONE -> ScopedRole.unscoped(chosen);
            case ORGANISATION -> ScopedRole.inOrganisation(chosen, personsOrganisationId);
            case TERRITORY -> {
                UUID region = territoryId(REGION);
                yield region != null
                        ? ScopedRole.inRegion(chosen, region)
                        : ScopedRole.inMunicipality(chosen, Objects.requireNonNull(territoryId(MUNICIPALITY)));
            }
        };
    }

    private @Nullable UUID territoryId(String prefix) {
        if (territory == null || !territory.startsWith(prefix)) {
            return null;
        }
        try {
            return UUID.fromString(territory.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public @Nullable Role getRole() { return role; }
    public void setRole(@Nullable Role role) { this.role = role; }
    public @Nullable String getTerritory() { return territory; }
    public void setTerritory(@Nullable String territory) { this.territory = territory; }
}
