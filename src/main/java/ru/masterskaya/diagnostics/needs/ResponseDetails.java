package ru.masterskaya.diagnostics.needs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.diagnostics.campaign.Answer;
import ru.masterskaya.diagnostics.campaign.AnswerRepository;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.CampaignNotFoundException;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.campaign.Profiles;
import ru.masterskaya.diagnostics.campaign.ReadinessRepository;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.scoring.Profile;
import ru.masterskaya.diagnostics.scoring.ScoringSheet;
import ru.masterskaya.diagnostics.scoring.ScoringSheets;
import ru.masterskaya.diagnostics.scoring.SheetTopic;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.RegistryScope;

/** One person's result for a coordinator: the profile with the change, the raw answers and the topics they are ready to teach. */
@Service
@Transactional(readOnly = true)
public class ResponseDetails {

    /** What the result page shows. */
    public record Details(Campaign campaign, DiagnosisResponse response, String personName, String organisationName, Profile profile, List<AnswerLine> answers,
            List<String> readyTopics) {}

    private final Campaigns campaigns;
    private final Profiles profiles;
    private final ScoringSheets sheets;
    private final AnswerRepository answers;
    private final ReadinessRepository readiness;
    private final PersonRepository people;

    ResponseDetails(Campaigns campaigns, Profiles profiles, ScoringSheets sheets, AnswerRepository answers, ReadinessRepository readiness,
            PersonRepository people) {
        this.campaigns = campaigns;
        this.profiles = profiles;
        this.sheets = sheets;
        this.answers = answers;
        this.readiness = readiness;
        this.people = people;
    }

    /** The response of this campaign within the scope, or a 404. */
    public Details of(UUID campaignId, UUID responseId, RegistryScope scope) {
        Campaign campaign = campaigns.get(campaignId, scope);
        DiagnosisResponse response = profiles.visibleResponse(responseId, scope);
        if (!response.getCampaignId().equals(campaign.getId())) {
            throw new CampaignNotFoundException(responseId);
        }
        ScoringSheet sheet = sheets.of(campaign.getInstrumentVersionId());
        Map<UUID, AnswerValue> given = new HashMap<>();
        for (Answer answer : answers.findByResponseId(response.getId())) {
            given.put(answer.getItemId(), answer.value());
        }
        Map<UUID, String> topicNames = new HashMap<>();
        sheet.topics().forEach(topic -> topicNames.put(topic.topicId(), topic.name()));
        java.util.Set<UUID> readyIds = new java.util.HashSet<>();
        readiness.findByResponseId(response.getId()).forEach(ready -> readyIds.add(ready.getTopicId()));
        List<String> ready = sheet.topics().stream().map(SheetTopic::topicId).filter(readyIds::contains)
                .map(topicNames::get).toList();
        Optional<Person> person = people.findById(response.getPersonId());
        return new Details(campaign, response, person.map(found -> found.getFullName().full()).orElse(""),
                person.map(found -> found.getOrganisation().getShortName()).orElse(""), profiles.of(response), AnswerLine.of(sheet, given), ready);
    }
}
