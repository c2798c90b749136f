package ru.masterskaya.diagnostics.campaign;

import java.util.Set;
import java.util.UUID;

/** The invitees of a campaign a user may see: all of them, or only those of some organisations. */
public record InviteeScope(boolean all, Set<UUID> organisationIds) {

    public static final InviteeScope ALL = new InviteeScope(true, Set.of());

    public boolean covers(UUID organisationId) {
        return all || organisationIds.contains(organisationId);
    }

    public boolean covers(DiagnosisResponse response) {
        return covers(response.getOrganisationId());
    }
}
