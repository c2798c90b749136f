package ru.masterskaya.diagnostics.campaign;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.diagnostics.instrument.InvalidAnswer;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryScope;

/**
 * Campaigns recorded after they ran, with the times they really had: a campaign of an earlier
 * year carried over from paper or forms, or the demo data. {@link Campaigns} stamps everything with
 * the present moment, which would put a September campaign's invitations after its answers and its
 * closing weeks after its close date. Access is checked as for a campaign started by hand.
 */
@Service
@Transactional
public class CampaignHistory {

    private final CampaignRepository campaigns;
    private final ResponseRepository responses;
    private final AnswerRepository answers;
    private final CampaignAccess access;
    private final Instruments instruments;
    private final Campaigns campaignService;

    CampaignHistory(CampaignRepository campaigns, ResponseRepository responses, AnswerRepository answers, CampaignAccess access,
            Instruments instruments, Campaigns campaignService) {
        this.campaigns = campaigns;
        this.responses = responses;
        this.answers = answers;
        this.access = access;
        this.instruments = instruments;
        this.campaignService = campaignService;
    }

    /** A campaign started at {@code startedAt}, its invitees invited at that moment. */
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR', 'INSTITUTION_COORDINATOR')")
    public Campaign recordStarted(CampaignParameters parameters, Collection<Person> invitees, RegistryScope scope, String actor,
            Instant startedAt) {
        return campaignService.startAt(parameters, invitees, scope, actor, startedAt);
    }

    /**
     * Answers a person gave at {@code answeredAt} without submitting: the self-diagnosis stays
     * started. Invites them first if they were not invited, as {@link ResponseRecorder} does.
     */
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR', 'INSTITUTION_COORDINATOR')")
    public DiagnosisResponse recordStartedResponse(UUID campaignId, Person person, Map<UUID, AnswerValue> given, RegistryScope scope,
            Instant answeredAt) {
        Campaign campaign = managed(campaignId, scope);
        DiagnosisResponse response = responses.findByCampaignIdAndPersonId(campaign.getId(), person.getId())
                .orElseGet(() -> {
                    if (!scope.covers(person.getOrganisation())) {
                        throw new CampaignRefused("campaign.refused.inviteeOutOfScope");
                    }
                    return responses.save(new DiagnosisResponse(campaign.getId(), person.id(), person.getOrganisation().getId(),
                            person.getOrganisation().getType().getCode(), PersonalLinks.newToken(), answeredAt));
                });
        if (response.status() == ResponseStatus.FINISHED) {
            throw new CampaignRefused("campaign.refused.alreadySubmitted");
        }
        InstrumentVersion version = instruments.version(campaign.getInstrumentVersionId());
        given.forEach((itemId, value) -> {
            InstrumentItem item = version.item(itemId).orElseThrow(() -> new InvalidAnswer("answer.invalid.item"));
            item.check(value);
            Answer.Key key = new Answer.Key(response.getId(), itemId);
            answers.findById(key).ifPresentOrElse(
                    answer -> answer.change(value, answeredAt),
                    () -> answers.save(new Answer(response.getId(), itemId, value, answeredAt)));
        });
        if (!given.isEmpty()) {
            response.answered(answeredAt);
        }
        return response;
    }

    /** Closes the campaign as of {@code closedAt}; a campaign closed already keeps its time. */
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR', 'INSTITUTION_COORDINATOR')")
    public Campaign recordClosed(UUID campaignId, RegistryScope scope, Instant closedAt) {
        return campaignService.closeAt(campaignId, scope, closedAt);
    }

    private Campaign managed(UUID campaignId, RegistryScope scope) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> new CampaignNotFoundException(campaignId));
        if (!access.manages(campaign, scope)) {
            throw new CampaignNotFoundException(campaignId);
        }
        return campaign;
    }
}
