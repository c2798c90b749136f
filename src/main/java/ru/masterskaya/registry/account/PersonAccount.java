package ru.masterskaya.registry.account;

import java.util.List;
import java.util.UUID;
import ru.masterskaya.registry.PersonId;
import ru.masterskaya.registry.Role;

/** A person's account as the viewer sees it on the person's card, with what the viewer may do to it. */
public record PersonAccount(
        PersonId personId,
        String fullName,
        UUID organisationId,
        boolean personActive,
        AccountStatus status,
        List<GrantedRole> roles,
        List<Role> grantableRoles) {

    public boolean mayInvite() {
        return status == AccountStatus.NONE && personActive && !grantableRoles.isEmpty();
    }

    public boolean mayGrant() {
        return (status == AccountStatus.INVITED || status == AccountStatus.ACTIVE) && !grantableRoles.isEmpty();
    }

    public boolean mayResendInvitation() {
        return status == AccountStatus.INVITED && personActive && !grantableRoles.isEmpty();
    }

    /** Whether the role form must offer a choice of region or municipality. */
    public boolean offersTerritoryRoles() {
        return grantableRoles.stream().anyMatch(role -> role.requiredScope() == Role.ScopeKind.TERRITORY);
    }
}
