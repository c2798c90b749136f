package ru.masterskaya.diagnostics.campaign.invitation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.CampaignRepository;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.campaign.ResponseRepository;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.RegistryScope;

/**
 * Sends the personal links: the invitation on the day a campaign opens (or at once if it is open),
 * reminders to those who have not finished once the campaign's interval has passed, and a renewed
 * link. Everything it knows is in the responses' columns, so any node may run it on any day, and a
 * second run on the same day finds nothing due.
 */
@Service
@Transactional
public class CampaignInvitations {

    private final CampaignRepository campaignRepository;
    private final Campaigns campaigns;
    private final ResponseRepository responses;
    private final PersonRepository people;
    private final CampaignMails mails;
    private final Clock clock;

    CampaignInvitations(CampaignRepository campaignRepository, Campaigns campaigns, ResponseRepository responses, PersonRepository people,
            CampaignMails mails, Clock clock) {
        this.campaignRepository = campaignRepository;
        this.campaigns = campaigns;
        this.responses = responses;
        this.people = people;
        this.mails = mails;
        this.clock = clock;
    }

    /** The campaigns open on the day of this moment: those whose invitations and reminders are due. */
    @Transactional(readOnly = true)
    public List<UUID> openCampaigns(Instant now) {
        return campaignRepository.findOpenOn(dayOf(now)).stream().map(Campaign::getId).toList();
    }

    /** E-mails the invitees who have not had their invitation yet, if the campaign takes answers today. */
    public int sendDueInvitations(UUID campaignId, Instant now) {
        Campaign campaign = campaignRepository.findById(campaignId).orElseThrow();
        if (!campaign.isOpenOn(dayOf(now))) {
            return 0;
        }
        List<DiagnosisResponse> due = responses.findByCampaignIdAndInvitationSentAtIsNullAndRevokedAtIsNull(campaignId);
        Map<UUID, Person> invitees = peopleOf(due);
        int sent = 0;
        for (DiagnosisResponse response : due) {
            Person person = invitees.get(response.getPersonId());
            if (person != null && person.isActive()) {
                mails.invitation(campaign, person, response);
                response.invitationSent(now);
                sent++;
            }
        }
        return sent;
    }

    /**
     * Reminds every invitee of an open campaign who has not finished, whose link works and who last
     * heard from us at least the campaign's interval of calendar days ago (in the service's zone).
     */
    public int remindDue(UUID campaignId, Instant now) {
        Campaign campaign = campaignRepository.findById(campaignId).orElseThrow();
        return remind(campaign, now);
    }

    /** «Напомнить сейчас»: the same rule as the daily job, for one campaign the user runs. */
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR', 'INSTITUTION_COORDINATOR')")
    public int remindNow(UUID campaignId, RegistryScope scope) {
        return remind(campaigns.managed(campaignId, scope), clock.instant());
    }

    /** A new link replaces the old one and is e-mailed at once while the campaign still takes answers. */
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR', 'INSTITUTION_COORDINATOR')")
    public DiagnosisResponse renewLink(UUID responseId, RegistryScope scope) {
        DiagnosisResponse response = campaigns.renewLink(responseId, scope);
        Campaign campaign = campaignRepository.findById(response.getCampaignId()).orElseThrow();
        Instant now = clock.instant();
        if (campaign.isOpenOn(dayOf(now))) {
            people.findById(response.getPersonId()).filter(Person::isActive).ifPresent(person -> {
                mails.newLink(campaign, person, response);
                response.invitationSent(now);
            });
        }
        return response;
    }

    private int remind(Campaign campaign, Instant now) {
        LocalDate today = dayOf(now);
        if (!campaign.isOpenOn(today)) {
            return 0;
        }
        List<DiagnosisResponse> due = responses
                .findByCampaignIdAndInvitationSentAtIsNotNullAndSubmittedAtIsNullAndRevokedAtIsNull(campaign.getId()).stream()
                .filter(response -> isDue(response, campaign.getReminderIntervalDays(), today))
                .toList();
        Map<UUID, Person> invitees = peopleOf(due);
        int sent = 0;
        for (DiagnosisResponse response : due) {
            Person person = invitees.get(response.getPersonId());
            if (person != null && person.isActive()) {
                mails.reminder(campaign, person, response);
                response.reminded(now);
                sent++;
            }
        }
        return sent;
    }

    private boolean isDue(DiagnosisResponse response, int intervalDays, LocalDate today) {
        Instant last = response.lastContactedAt();
        return last != null && !dayOf(last).plusDays(intervalDays).isAfter(today);
    }

    private Map<UUID, Person> peopleOf(List<DiagnosisResponse> due) {
        return people.findAllByIds(due.stream().map(DiagnosisResponse::getPersonId).toList()).stream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
    }

    private LocalDate dayOf(Instant moment) {
        return moment.atZone(clock.getZone()).toLocalDate();
    }
}
