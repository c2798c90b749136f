package ru.masterskaya.registry.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Role;
import ru.masterskaya.registry.ScopedRole;

/**
 * Who may grant and revoke which role to whom. An administrator may give any role in any scope; a
 * coordinator staffs the organisations of their territory with masters, practitioners and deputies
 * (a deputy always of the person's own organisation); a deputy director names the masters and
 * practitioners of their own organisation. Nobody changes their own roles.
 */
public final class RoleGrantPolicy {

    static final Set<Role> COORDINATORS_MAY_GRANT = EnumSet.of(Role.MASTER, Role.PRACTITIONER, Role.INSTITUTION_COORDINATOR);
    static final Set<Role> DEPUTIES_MAY_GRANT = EnumSet.of(Role.MASTER, Role.PRACTITIONER);

    private RoleGrantPolicy() {}

    /** Whether the actor may grant the role to the target, and equally revoke it. */
    public static boolean allows(CurrentUser actor, GrantTarget target, ScopedRole role) {
        if (!role.isWellFormed() || actor.personId().equals(target.personId())) {
            return false;
        }
        return actor.roles().stream().anyMatch(held -> heldRoleAllows(held, target, role));
    }

    /** The roles the actor may give the target; a territory role is listed when some territory would be allowed. */
    public static List<Role> grantableRoles(CurrentUser actor, GrantTarget target) {
        return Arrays.stream(Role.values()).filter(role -> allows(actor, target, typicalScope(role, target))).toList();
    }

    /** Whether the actor may look after the target's account at all: invite them or send the invitation again. */
    public static boolean mayManage(CurrentUser actor, GrantTarget target) {
        return !grantableRoles(actor, target).isEmpty();
    }

    /** The scope a role gets when the form does not ask for one: the target's organisation for a deputy. */
    static ScopedRole typicalScope(Role role, GrantTarget target) {
        return switch (role.requiredScope()) {
            case NONE -> ScopedRole.unscoped(role);
            case ORGANISATION -> ScopedRole.inOrganisation(role, target.organisationId());
            case TERRITORY -> ScopedRole.inMunicipality(role, target.municipalityId());
        };
    }

    private static boolean heldRoleAllows(ScopedRole held, GrantTarget target, ScopedRole role) {
        return switch (held.role()) {
            case ADMINISTRATOR -> true;
            case COORDINATOR -> COORDINATORS_MAY_GRANT.contains(role.role())
                    && coversTerritory(held, target)
                    && (role.role() != Role.INSTITUTION_COORDINATOR || target.organisationId().equals(role.organisationId()));
            case INSTITUTION_COORDINATOR -> DEPUTIES_MAY_GRANT.contains(role.role())
                    && target.organisationId().equals(held.organisationId());
            case MASTER, PRACTITIONER, VIEWER -> false;
        };
    }

    private static boolean coversTerritory(ScopedRole coordinator, GrantTarget target) {
        return target.municipalityId().equals(coordinator.municipalityId()) || target.regionId().equals(coordinator.regionId());
    }
}
