package ru.masterskaya.diagnostics.campaign.invitation;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.PeopleFilter;
import ru.masterskaya.registry.Role;

/**
 * Who a coordinator invites: the staff of some organisations, of some organisation types, in some
 * positions, those holding some roles in Мастерская (all masters, all practitioners), and the
 * people a filter finds. The invitees are the union of all of them.
 */
public record InviteeCriteria(Set<UUID> organisationIds, Set<String> typeCodes, Set<String> positions, Set<Role> roles,
        @Nullable PeopleFilter filter) {

    public InviteeCriteria {
        organisationIds = Set.copyOf(organisationIds);
        typeCodes = Set.copyOf(typeCodes);
        positions = Set.copyOf(positions);
        roles = Set.copyOf(roles);
    }

    public boolean isEmpty() {
        return organisationIds.isEmpty() && typeCodes.isEmpty() && positions.isEmpty() && roles.isEmpty() && filter == null;
    }
}
