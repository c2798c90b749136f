package ru.masterskaya.diagnostics.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.diagnostics.SelfDiagnosisSubmitted;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.diagnostics.instrument.InvalidAnswer;
import ru.masterskaya.diagnostics.scoring.ScoringSheet;
import ru.masterskaya.diagnostics.scoring.ScoringSheets;
import ru.masterskaya.registry.Person;

/**
 * Stores a whole finished self-diagnosis at once, as if it had been taken through the link: for
 * responses imported from Яндекс Формы or Google Forms, and for the demo data. Callers check
 * access and validate the answers first; this refuses anything that slipped through.
 */
@Service
public class ResponseRecorder {

    private final ResponseRepository responses;
    private final CampaignRepository campaigns;
    private final AnswerRepository answers;
    private final ReadinessRepository readiness;
    private final Instruments instruments;
    private final ScoringSheets sheets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResponseRecorder(ResponseRepository responses, CampaignRepository campaigns, AnswerRepository answers, ReadinessRepository readiness,
            Instruments instruments, ScoringSheets sheets, ApplicationEventPublisher events, Clock clock) {
        this.responses = responses;
        this.campaigns = campaigns;
        this.answers = answers;
        this.readiness = readiness;
        this.instruments = instruments;
        this.sheets = sheets;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean hasSubmitted(UUID campaignId, UUID personId) {
        return responses.findByCampaignIdAndPersonId(campaignId, personId)
                .map(response -> response.status() == ResponseStatus.FINISHED).orElse(false);
    }

    /**
     * Records a finished response of this person; invites them first if they were not invited.
     * Answers already given through the link are replaced by these.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DiagnosisResponse recordSubmitted(UUID campaignId, Person person, Map<UUID, AnswerValue> given, Set<UUID> readyTopics,
            Instant submittedAt, ResponseSource source) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> new CampaignNotFoundException(campaignId));
        InstrumentVersion version = instruments.version(campaign.getInstrumentVersionId());
        DiagnosisResponse response = responses.findByCampaignIdAndPersonId(campaignId, person.getId())
                .orElseGet(() -> responses.save(new DiagnosisResponse(campaignId, person.id(), person.getOrganisation().getId(),
                        person.getOrganisation().getType().getCode(), PersonalLinks.newToken(), clock.instant())));
        if (response.status() == ResponseStatus.FINISHED) {
            throw new CampaignRefused("campaign.refused.alreadySubmitted");
        }
        answers.deleteAll(answers.findByResponseId(response.getId()));
        readiness.deleteAll(readiness.findByResponseId(response.getId()));
        answers.flush();
        given.forEach((itemId, value) -> {
            InstrumentItem item = version.item(itemId).orElseThrow(() -> new InvalidAnswer("answer.invalid.item"));
            item.check(value);
            answers.save(new Answer(response.getId(), itemId, value, submittedAt));
        });
        Set<UUID> askedTopics = version.scoredTopics();
        readyTopics.stream().filter(askedTopics::contains).forEach(topicId -> readiness.save(new Readiness(response.getId(), topicId)));
        ScoringSheet sheet = sheets.of(version.getId());
        response.submit(ScoringSheet.encode(sheet.score(given)), source, submittedAt);
        events.publishEvent(new SelfDiagnosisSubmitted(campaignId, response.getId(), response.personId(), campaign.getAcademicYear()));
        return response;
    }
}
