package ru.masterskaya.diagnostics.campaign.invitation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.CampaignParameters;
import ru.masterskaya.diagnostics.campaign.CampaignRefused;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryScope;

/**
 * Starts a campaign from criteria in one transaction: selects the invitees within the owner,
 * describes the criteria in words, starts the campaign and queues the invitations if it is already
 * open. If anything fails, there is no campaign and no e-mail.
 */
@Service
@Transactional
public class CampaignLaunch {

    private final InviteeSelection selection;
    private final Campaigns campaigns;
    private final CampaignInvitations invitations;
    private final Clock clock;

    CampaignLaunch(InviteeSelection selection, Campaigns campaigns, CampaignInvitations invitations, Clock clock) {
        this.selection = selection;
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.clock = clock;
    }

    /** {@code parameters} without a description; the owner's part of the registry bounds the invitees. */
    public Campaign start(CampaignParameters parameters, CampaignOwner owner, InviteeCriteria criteria, RegistryScope scope, String actor) {
        List<Person> invitees = selection.select(criteria, owner.scope());
        if (invitees.isEmpty()) {
            throw new CampaignRefused("campaign.refused.noInvitees");
        }
        CampaignParameters described = new CampaignParameters(parameters.title(), parameters.academicYear(), parameters.instrumentVersionId(),
                owner.regionId(), owner.municipalityId(), owner.organisationId(), parameters.opensOn(), parameters.closesOn(),
                parameters.thresholds(), parameters.masterLevelFrom(), parameters.reminderIntervalDays(), selection.describe(criteria, scope));
        Campaign campaign = campaigns.start(described, invitees, scope, actor);
        invitations.sendDueInvitations(campaign.getId(), clock.instant());
        return campaign;
    }

    /** Invites more people to a running campaign and e-mails them if it is open; returns how many were new. */
    public int addInvitees(UUID campaignId, InviteeCriteria criteria, RegistryScope scope) {
        Campaign campaign = campaigns.managed(campaignId, scope);
        RegistryScope owner = ownerScope(campaign);
        int added = campaigns.addInvitees(campaignId, selection.select(criteria, owner), scope).size();
        invitations.sendDueInvitations(campaignId, clock.instant());
        return added;
    }

    private static RegistryScope ownerScope(Campaign campaign) {
        if (campaign.getRegionId() != null) {
            return new CampaignOwner(CampaignOwner.Kind.REGION, campaign.getRegionId(), "").scope();
        }
        if (campaign.getMunicipalityId() != null) {
            return new CampaignOwner(CampaignOwner.Kind.MUNICIPALITY, campaign.getMunicipalityId(), "").scope();
        }
        return new CampaignOwner(CampaignOwner.Kind.ORGANISATION, java.util.Objects.requireNonNull(campaign.getOrganisationId()), "").scope();
    }
}
