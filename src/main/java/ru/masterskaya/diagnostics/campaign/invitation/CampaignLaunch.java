package ru.masterskaya.diagnostics.campaign.invitation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.CampaignParameters;
import ru.masterskaya.diagnostics.campaign.CampaignRefused;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
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

    /**
     * Invites more people to a campaign that has not ended: selects them within the campaign owner's part
     * of the registry, records the addition in «Кто приглашён» and e-mails them if the campaign is open.
     * Returns how many were new; nobody new changes nothing.
     */
    public int addInvitees(UUID campaignId, InviteeCriteria criteria, RegistryScope scope) {
        Campaign campaign = notEnded(campaigns.managed(campaignId, scope));
        RegistryScope owner = CampaignOwner.of(campaign).scope();
        String addition = selection.describeAddition(criteria, owner, LocalDate.now(clock));
        int added = campaigns.addInvitees(campaignId, selection.select(criteria, owner), addition, scope).size();
        if (added > 0) {
            invitations.sendDueInvitations(campaignId, clock.instant());
        }
        return added;
    }

    /** How many people the criteria would add to the campaign: those already invited are not counted. */
    @Transactional(readOnly = true)
    public Addition preview(UUID campaignId, InviteeCriteria criteria, RegistryScope scope) {
        Campaign campaign = campaigns.managed(campaignId, scope);
        if (criteria.isEmpty()) {
            return new Addition(0, 0);
        }
        Set<UUID> invited = campaigns.responses(campaign, scope).stream().map(DiagnosisResponse::getPersonId).collect(Collectors.toSet());
        List<Person> matching = selection.select(criteria, CampaignOwner.of(campaign).scope());
        int already = (int) matching.stream().filter(person -> invited.contains(person.getId())).count();
        return new Addition(matching.size() - already, already);
    }

    /** The people criteria reach in a campaign: {@code added} new ones and {@code alreadyInvited} who have their link. */
    public record Addition(int added, int alreadyInvited) {}

    /** A campaign closed early or past its closing date takes no more invitees: their links would not work. */
    private Campaign notEnded(Campaign campaign) {
        if (campaign.isClosed() || LocalDate.now(clock).isAfter(campaign.getClosesOn())) {
            throw new CampaignRefused("campaign.refused.closed");
        }
        return campaign;
    }
}
