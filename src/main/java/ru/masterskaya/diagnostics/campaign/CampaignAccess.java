package ru.masterskaya.diagnostics.campaign;

import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.masterskaya.registry.MunicipalityRepository;
import ru.masterskaya.registry.RegistryScope;

/**
 * Who sees which campaign and whose answers. A coordinator of the territory (or the deputy of the
 * organisation) that runs a campaign manages it and sees every invitee; a deputy director of an
 * organisation invited to someone else's campaign sees only their own staff.
 */
@Component
public class CampaignAccess {

    private final MunicipalityRepository municipalities;
    private final ResponseRepository responses;

    CampaignAccess(MunicipalityRepository municipalities, ResponseRepository responses) {
        this.municipalities = municipalities;
        this.responses = responses;
    }

    public boolean manages(Campaign campaign, RegistryScope scope) {
        if (scope.everything()) {
            return true;
        }
        if (campaign.getRegionId() != null) {
            return scope.regionIds().contains(campaign.getRegionId());
        }
        if (campaign.getMunicipalityId() != null) {
            return managesMunicipality(campaign.getMunicipalityId(), scope);
        }
        return campaign.getOrganisationId() != null && scope.organisationIds().contains(campaign.getOrganisationId());
    }

    private boolean managesMunicipality(UUID municipalityId, RegistryScope scope) {
        return scope.municipalityIds().contains(municipalityId)
                || municipalities.findById(municipalityId).map(municipality -> scope.regionIds().contains(municipality.getRegion().getId())).orElse(false);
    }

    /** Whose responses of this campaign the scope sees: everyone's, or those of its own organisations. */
    public InviteeScope invitees(Campaign campaign, RegistryScope scope) {
        if (manages(campaign, scope)) {
            return InviteeScope.ALL;
        }
        return new InviteeScope(false, Set.copyOf(scope.organisationIds()));
    }

    public boolean sees(Campaign campaign, RegistryScope scope) {
        if (manages(campaign, scope)) {
            return true;
        }
        return !scope.organisationIds().isEmpty()
                && responses.campaignsWithInviteesIn(scope.organisationIds()).contains(campaign.getId());
    }
}
