package ru.masterskaya.diagnostics.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.diagnostics.SelfDiagnosisSubmitted;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.diagnostics.instrument.InvalidAnswer;
import ru.masterskaya.diagnostics.scoring.ScoringSheet;
import ru.masterskaya.diagnostics.scoring.ScoringSheets;

/**
 * A respondent taking the self-diagnosis through their personal link. The link is the only
 * credential: it opens this one person's form in this one campaign, while the campaign is open
 * and the link not revoked. Every answer is stored the moment it is given.
 */
@Service
@Transactional(readOnly = true)
public class SelfDiagnosis {

    private final ResponseRepository responses;
    private final CampaignRepository campaigns;
    private final AnswerRepository answers;
    private final ReadinessRepository readiness;
    private final Instruments instruments;
    private final ScoringSheets sheets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SelfDiagnosis(ResponseRepository responses, CampaignRepository campaigns, AnswerRepository answers, ReadinessRepository readiness,
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

    /** The form behind a link; a submitted one still opens, to show the profile, until the campaign closes. */
    public RespondentForm open(String token) {
        DiagnosisResponse response = responses.findByToken(token).orElseThrow(() -> new LinkNotUsable(LinkNotUsable.Reason.UNKNOWN));
        Campaign campaign = usableCampaign(response);
        return formOf(campaign, response);
    }

    @Transactional
    public void saveAnswer(String token, UUID itemId, AnswerValue value) {
        saveAnswer(token, itemId, item -> value);
    }

    /**
     * Saves an answer read with the item at hand, as a page reads it by the item's kind: one look-up
     * of the link and the cached sheet serves both, which keeps the busiest call of a campaign lean.
     */
    @Transactional
    public void saveAnswer(String token, UUID itemId, Function<InstrumentItem, AnswerValue> answerOf) {
        DiagnosisResponse response = lockedForAnswers(token);
        Campaign campaign = usableCampaign(response);
        InstrumentItem item = sheets.of(campaign.getInstrumentVersionId()).item(itemId)
                .orElseThrow(() -> new InvalidAnswer("answer.invalid.item"));
        AnswerValue value = answerOf.apply(item);
        Answer.Key key = new Answer.Key(response.getId(), itemId);
        if (value.isEmpty()) {
            answers.findById(key).ifPresent(answers::delete);
            return;
        }
        item.check(value);
        answers.findById(key).ifPresentOrElse(
                answer -> answer.change(value, clock.instant()),
                () -> answers.save(new Answer(response.getId(), itemId, value, clock.instant())));
        response.answered(clock.instant());
    }

    @Transactional
    public void setReady(String token, UUID topicId, boolean ready) {
        DiagnosisResponse response = lockedForAnswers(token);
        Campaign campaign = usableCampaign(response);
        if (!sheets.of(campaign.getInstrumentVersionId()).asksTopic(topicId)) {
            throw new InvalidAnswer("answer.invalid.topic");
        }
        Readiness.Key key = new Readiness.Key(response.getId(), topicId);
        boolean stored = readiness.existsById(key);
        if (ready && !stored) {
            readiness.save(new Readiness(response.getId(), topicId));
        } else if (!ready && stored) {
            readiness.deleteById(key);
        }
        response.answered(clock.instant());
    }

    /** Scores the answers into topic scores and finishes the response; refused while a scored item is unanswered. */
    @Transactional
    public DiagnosisResponse submit(String token) {
        DiagnosisResponse response = lockedForAnswers(token);
        Campaign campaign = usableCampaign(response);
        RespondentForm form = formOf(campaign, response);
        form.firstUnanswered().ifPresent(item -> {
            long missing = form.version().getItems().stream()
                    .filter(candidate -> candidate.getKind().isScored() && !form.answers().containsKey(candidate.getId())).count();
            throw new IncompleteSelfDiagnosis(item.getId(), (int) missing);
        });
        ScoringSheet sheet = sheets.of(campaign.getInstrumentVersionId());
        response.submit(ScoringSheet.encode(sheet.score(form.answers())), ResponseSource.LINK, clock.instant());
        events.publishEvent(new SelfDiagnosisSubmitted(campaign.getId(), response.getId(), response.personId(), campaign.getAcademicYear()));
        return response;
    }

    private DiagnosisResponse lockedForAnswers(String token) {
        DiagnosisResponse response = responses.lockByToken(token).orElseThrow(() -> new LinkNotUsable(LinkNotUsable.Reason.UNKNOWN));
        if (response.status() == ResponseStatus.FINISHED) {
            throw new LinkNotUsable(LinkNotUsable.Reason.SUBMITTED);
        }
        return response;
    }

    private Campaign usableCampaign(DiagnosisResponse response) {
        if (response.isRevoked()) {
            throw new LinkNotUsable(LinkNotUsable.Reason.REVOKED);
        }
        Campaign campaign = campaigns.findById(response.getCampaignId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        if (campaign.isClosed() || today.isAfter(campaign.getClosesOn())) {
            throw new LinkNotUsable(LinkNotUsable.Reason.CLOSED);
        }
        if (today.isBefore(campaign.getOpensOn())) {
            throw new LinkNotUsable(LinkNotUsable.Reason.NOT_OPEN_YET);
        }
        return campaign;
    }

    private RespondentForm formOf(Campaign campaign, DiagnosisResponse response) {
        InstrumentVersion version = instruments.version(campaign.getInstrumentVersionId());
        Map<UUID, AnswerValue> given = new HashMap<>();
        answers.findByResponseId(response.getId()).forEach(answer -> given.put(answer.getItemId(), answer.value()));
        Set<UUID> ready = new HashSet<>();
        readiness.findByResponseId(response.getId()).forEach(tick -> ready.add(tick.getTopicId()));
        return new RespondentForm(campaign, response, version, Map.copyOf(given), Set.copyOf(ready));
    }
}
