package ru.masterskaya.diagnostics.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.CampaignClosed;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryScope;

/**
 * Starting, listing and closing campaigns. Starting freezes the instrument version and gives every
 * invitee a personal link; sending the links is the invitations' job.
 */
@Service
@Transactional(readOnly = true)
public class Campaigns {

    private final CampaignRepository campaigns;
    private final ResponseRepository responses;
    private final CampaignAccess access;
    private final Instruments instruments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Campaigns(CampaignRepository campaigns, ResponseRepository responses, CampaignAccess access, Instruments instruments,
            ApplicationEventPublisher events, Clock clock) {
        this.campaigns = campaigns;
        this.responses = responses;
        this.access = access;
        this.instruments = instruments;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR', 'INSTITUTION_COORDINATOR')")
    public Campaign start(CampaignParameters parameters, Collection<Person> invitees, RegistryScope scope, String actor) {
        return startAt(parameters, invitees, scope, actor, clock.instant());
    }

    /** Starts a campaign as of this moment: now for a coordinator, the real past time for {@link CampaignHistory}. */
    Campaign startAt(CampaignParameters parameters, Collection<Person> invitees, RegistryScope scope, String actor, Instant at) {
        long owners = Stream.of(parameters.regionId(), parameters.municipalityId(), parameters.organisationId())
                .filter(java.util.Objects::nonNull).count();
        if (owners != 1) {
            throw new CampaignRefused("campaign.refused.owner");
        }
        if (parameters.closesOn().isBefore(parameters.opensOn())) {
            throw new CampaignRefused("campaign.refused.dates");
        }
        if (invitees.isEmpty()) {
            throw new CampaignRefused("campaign.refused.noInvitees");
        }
        Campaign campaign = new Campaign(parameters, actor, at);
        if (!access.manages(campaign, scope)) {
            throw new CampaignRefused("campaign.refused.owner");
        }
        instruments.freeze(parameters.instrumentVersionId());
        campaigns.save(campaign);
        invite(campaign, invitees, scope, at);
        return campaign;
    }

    /** Invites more people to a running campaign; those already invited keep their links. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR', 'INSTITUTION_COORDINATOR')")
    public List<DiagnosisResponse> addInvitees(UUID campaignId, Collection<Person> invitees, RegistryScope scope) {
        Campaign campaign = managed(campaignId, scope);
        if (campaign.isClosed()) {
            throw new CampaignRefused("campaign.refused.closed");
        }
        return invite(campaign, invitees, scope, clock.instant());
    }

    /**
     * Invites more people and, if anyone was new, appends {@code addition} (who was added and when, in
     * words) to the campaign's «Кто приглашён», so that everyone later sees how the invitees grew.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR', 'INSTITUTION_COORDINATOR')")
    public List<DiagnosisResponse> addInvitees(UUID campaignId, Collection<Person> invitees, String addition, RegistryScope scope) {
        List<DiagnosisResponse> added = addInvitees(campaignId, invitees, scope);
        if (!added.isEmpty()) {
            managed(campaignId, scope).addInviteesDescription(addition, clock.instant());
        }
        return added;
    }

    private List<DiagnosisResponse> invite(Campaign campaign, Collection<Person> invitees, RegistryScope scope, Instant at) {
        Set<UUID> already = new HashSet<>();
        responses.findByCampaignId(campaign.getId()).forEach(response -> already.add(response.getPersonId()));
        List<DiagnosisResponse> created = invitees.stream()
                .filter(person -> already.add(person.getId()))
                .map(person -> {
                    if (!scope.covers(person.getOrganisation())) {
                        throw new CampaignRefused("campaign.refused.inviteeOutOfScope");
                    }
                    return new DiagnosisResponse(campaign.getId(), person.id(), person.getOrganisation().getId(),
                            person.getOrganisation().getType().getCode(), PersonalLinks.newToken(), at);
                })
                .toList();
        return responses.saveAll(created);
    }

    public List<Campaign> visibleTo(RegistryScope scope, AcademicYear year) {
        return campaigns.findByAcademicYearOrderByOpensOnDescTitleAsc(year.startYear()).stream()
                .filter(campaign -> access.sees(campaign, scope)).toList();
    }

    /** A campaign the scope may see, or a 404 as if it did not exist. */
    public Campaign get(UUID campaignId, RegistryScope scope) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> new CampaignNotFoundException(campaignId));
        if (!access.sees(campaign, scope)) {
            throw new CampaignNotFoundException(campaignId);
        }
        return campaign;
    }

    /** A campaign the scope runs; a deputy who only sees their staff in it gets a 404 here. */
    public Campaign managed(UUID campaignId, RegistryScope scope) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> new CampaignNotFoundException(campaignId));
        if (!access.manages(campaign, scope)) {
            throw new CampaignNotFoundException(campaignId);
        }
        return campaign;
    }

    public InviteeScope invitees(Campaign campaign, RegistryScope scope) {
        return access.invitees(campaign, scope);
    }

    /** The responses of a campaign that the scope may see. */
    public List<DiagnosisResponse> responses(Campaign campaign, RegistryScope scope) {
        InviteeScope visible = access.invitees(campaign, scope);
        return visible.all()
                ? responses.findByCampaignId(campaign.getId())
                : responses.findByCampaignIdAndOrganisationIdIn(campaign.getId(), visible.organisationIds());
    }

    /** Invited, started and finished among the invitees the scope sees, counted by the database. */
    public ResponseCounts counts(Campaign campaign, RegistryScope scope) {
        InviteeScope visible = access.invitees(campaign, scope);
        if (visible.all()) {
            return responses.countsOf(campaign.getId());
        }
        return visible.organisationIds().isEmpty() ? ResponseCounts.NONE : responses.countsOf(campaign.getId(), visible.organisationIds());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR', 'INSTITUTION_COORDINATOR')")
    public Campaign close(UUID campaignId, RegistryScope scope) {
        Campaign campaign = managed(campaignId, scope);
        closeNow(campaign, clock.instant());
        return campaign;
    }

    /** Closes the campaigns whose close date has passed; run by the scheduler on one node at a time. */
    @Transactional
    public int closeOverdue(Instant now) {
        List<Campaign> overdue = campaigns.findOverdue(LocalDate.ofInstant(now, clock.getZone()));
        overdue.forEach(campaign -> closeNow(campaign, now));
        return overdue.size();
    }

    /** Closes a campaign the scope runs as of this moment; one closed already keeps its time. */
    Campaign closeAt(UUID campaignId, RegistryScope scope, Instant at) {
        Campaign campaign = managed(campaignId, scope);
        closeNow(campaign, at);
        return campaign;
    }

    private void closeNow(Campaign campaign, Instant now) {
        if (!campaign.isClosed()) {
            campaign.close(now);
            events.publishEvent(new CampaignClosed(campaign.getId(), campaign.getAcademicYear()));
        }
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR', 'INSTITUTION_COORDINATOR')")
    public DiagnosisResponse revokeLink(UUID responseId, RegistryScope scope) {
        DiagnosisResponse response = managedResponse(responseId, scope);
        response.revoke(clock.instant());
        return response;
    }

    /** A fresh link for an invitee whose link was revoked or lost; the old one stops working. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR', 'INSTITUTION_COORDINATOR')")
    public DiagnosisResponse renewLink(UUID responseId, RegistryScope scope) {
        DiagnosisResponse response = managedResponse(responseId, scope);
        response.renewLink(PersonalLinks.newToken());
        return response;
    }

    private DiagnosisResponse managedResponse(UUID responseId, RegistryScope scope) {
        DiagnosisResponse response = responses.findById(responseId).orElseThrow(() -> new CampaignNotFoundException(responseId));
        Campaign campaign = get(response.getCampaignId(), scope);
        if (!access.invitees(campaign, scope).covers(response)) {
            throw new CampaignNotFoundException(responseId);
        }
        return response;
    }
}
