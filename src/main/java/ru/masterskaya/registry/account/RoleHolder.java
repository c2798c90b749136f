package ru.masterskaya.registry.account;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.Role;
import ru.masterskaya.registry.ScopedRole;

/** A person whose enabled account holds a role in a scope, e.g. the coordinator of a municipality. */
public record RoleHolder(UUID personId, ScopedRole role) {

    /** For the query that reads holders row by row. */
    public RoleHolder(UUID personId, Role role, @Nullable UUID regionId, @Nullable UUID municipalityId, @Nullable UUID organisationId) {
        this(personId, new ScopedRole(role, regionId, municipalityId, organisationId));
    }
}
