package ru.masterskaya.diagnostics.needs;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.campaign.Readiness;
import ru.masterskaya.diagnostics.campaign.ReadinessRepository;
import ru.masterskaya.diagnostics.campaign.ResponseStatus;
import ru.masterskaya.diagnostics.scoring.Percent;
import ru.masterskaya.diagnostics.scoring.ScoringSheet;
import ru.masterskaya.diagnostics.scoring.ScoringSheets;
import ru.masterskaya.diagnostics.scoring.SheetTopic;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.RegistryScope;

/**
 * Who could be a master on which topic: people whose percent on the topic reaches the campaign's
 * master level and who ticked that they are ready to share it. Both conditions are needed — a high
 * score alone does not make someone willing to teach, and willingness without the score is not yet
 * mastery. The future matching module pairs these with the people in need.
 */
@Service
@Transactional(readOnly = true)
public class MasterCandidates {

    private static final Collator RUSSIAN = Collator.getInstance(Locale.of("ru"));

    private final Campaigns campaigns;
    private final ScoringSheets sheets;
    private final ReadinessRepository readiness;
    private final PersonRepository people;
    private final Clock clock;

    MasterCandidates(Campaigns campaigns, ScoringSheets sheets, ReadinessRepository readiness, PersonRepository people, Clock clock) {
        this.campaigns = campaigns;
        this.sheets = sheets;
        this.readiness = readiness;
        this.people = people;
        this.clock = clock;
    }

    /** The candidates of one campaign among the invitees the scope sees, per topic in the sheet's order; topics without any are left out. */
    public List<TopicCandidates> ofCampaign(UUID campaignId, RegistryScope scope) {
        Campaign campaign = campaigns.get(campaignId, scope);
        return merge(found(campaign, scope));
    }

    /**
     * The candidates of an academic year over the campaigns the scope sees that are closed or past
     * their close date. A person found in several campaigns appears once per topic, with their latest result.
     */
    public List<TopicCandidates> ofYear(AcademicYear year, RegistryScope scope) {
        LocalDate today = LocalDate.now(clock);
        List<Found> all = new ArrayList<>();
        campaigns.visibleTo(scope, year).stream()
                .filter(campaign -> campaign.isClosed() || campaign.getClosesOn().isBefore(today))
                .forEach(campaign -> all.addAll(found(campaign, scope)));
        return merge(all);
    }

    private record Found(SheetTopic topic, int topicOrder, DiagnosisResponse response, int percent) {}

    private List<Found> found(Campaign campaign, RegistryScope scope) {
        ScoringSheet sheet = sheets.of(campaign.getInstrumentVersionId());
        Map<UUID, DiagnosisResponse> finished = campaigns.responses(campaign, scope).stream()
                .filter(response -> response.status() == ResponseStatus.FINISHED && response.getTopicScores() != null)
                .collect(Collectors.toMap(DiagnosisResponse::getId, response -> response));
        if (finished.isEmpty()) {
            return List.of();
        }
        Map<UUID, Integer> topicIndex = new HashMap<>();
        for (int index = 0; index < sheet.topics().size(); index++) {
            topicIndex.put(sheet.topics().get(index).topicId(), index);
        }
        List<Found> found = new ArrayList<>();
        for (Readiness ready : readiness.findByResponseIdIn(finished.keySet())) {
            Integer index = topicIndex.get(ready.getTopicId());
            DiagnosisResponse response = finished.get(ready.getResponseId());
            if (index == null || response == null) {
                continue;
            }
            SheetTopic topic = sheet.topics().get(index);
            int percent = Percent.of(sheet.decode(response.getTopicScores())[index], topic.maxScore());
            if (percent >= campaign.getMasterLevelFrom()) {
                found.add(new Found(topic, index, response, percent));
            }
        }
        return found;
    }

    private List<TopicCandidates> merge(List<Found> found) {
        Map<UUID, Person> persons = new HashMap<>();
        people.findAllByIds(found.stream().map(item -> item.response().getPersonId()).collect(Collectors.toSet()))
                .forEach(person -> persons.put(person.getId(), person));
        Map<UUID, Map<UUID, Found>> byTopic = new LinkedHashMap<>();
        Map<UUID, SheetTopic> topics = new HashMap<>();
        Map<UUID, Integer> order = new HashMap<>();
        for (Found item : found) {
            topics.put(item.topic().topicId(), item.topic());
            order.putIfAbsent(item.topic().topicId(), item.topicOrder());
            byTopic.computeIfAbsent(item.topic().topicId(), key -> new HashMap<>())
                    .merge(item.response().getPersonId(), item, (left, right) ->
                            left.response().getSubmittedAt().isAfter(right.response().getSubmittedAt()) ? left : right);
        }
        return byTopic.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<UUID, Map<UUID, Found>> entry) -> topics.get(entry.getKey()).block())
                        .thenComparingInt(entry -> order.get(entry.getKey())))
                .map(entry -> {
                    SheetTopic topic = topics.get(entry.getKey());
                    List<MasterCandidate> candidates = entry.getValue().values().stream()
                            .filter(item -> persons.containsKey(item.response().getPersonId()))
                            .map(item -> candidate(item, persons.get(item.response().getPersonId())))
                            .sorted(Comparator.comparingInt(MasterCandidate::percent).reversed()
                                    .thenComparing(MasterCandidate::fullName, RUSSIAN))
                            .toList();
                    return new TopicCandidates(topic.topicId(), topic.name(), topic.block(), candidates);
                })
                .filter(topic -> !topic.candidates().isEmpty())
                .toList();
    }

    private MasterCandidate candidate(Found item, Person person) {
        return new MasterCandidate(person.getId(), person.getFullName().full(), person.getOrganisation().getId(),
                person.getOrganisation().getShortName(), person.getCategory(), item.percent(), item.response().getCampaignId(),
                item.response().getId());
    }
}
