package ru.masterskaya.diagnostics.needs;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicFilter;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.InviteeScope;
import ru.masterskaya.diagnostics.scoring.ScoringSheet;
import ru.masterskaya.diagnostics.scoring.ScoringSheets;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.OrganisationRepository;
import ru.masterskaya.registry.OrganisationType;
import ru.masterskaya.registry.OrganisationTypeManagement;
import ru.masterskaya.registry.RegistryScope;

/**
 * The analysis of a campaign over the invitees a user sees: a coordinator of the campaign sees all
 * of them, a deputy director only their own staff, and the numbers are computed over just those.
 * A campaign the user may not see is a 404.
 */
@Service
@Transactional(readOnly = true)
public class CampaignNeeds {

    private static final Collator RUSSIAN = Collator.getInstance(Locale.of("ru"));

    private final Campaigns campaigns;
    private final ScoringSheets sheets;
    private final ResponseRows rows;
    private final TopicCatalogue catalogue;
    private final OrganisationTypeManagement types;
    private final OrganisationRepository organisations;

    CampaignNeeds(Campaigns campaigns, ScoringSheets sheets, ResponseRows rows, TopicCatalogue catalogue, OrganisationTypeManagement types,
            OrganisationRepository organisations) {
        this.campaigns = campaigns;
        this.sheets = sheets;
        this.rows = rows;
        this.catalogue = catalogue;
        this.types = types;
        this.organisations = organisations;
    }

    /** Needs, participation and wishes of the campaign as this scope sees it, the needs and wishes narrowed by the filter. */
    public CampaignAnalysis analyse(UUID campaignId, RegistryScope scope, NeedsFilter filter) {
        Campaign campaign = campaigns.get(campaignId, scope);
        InviteeScope invitees = campaigns.invitees(campaign, scope);
        ScoringSheet sheet = sheets.of(campaign.getInstrumentVersionId());
        NeedsReport report = needs(campaign, invitees, filter);
        List<ResponseRows.InvitedCount> counts = rows.invited(campaign.getId(), invitees);
        Map<String, String> typeNames = typeNames();
        Map<UUID, String> organisationNames = organisationNames(counts.stream().map(ResponseRows.InvitedCount::organisationId).toList());
        Participation participation = participation(counts, typeNames, organisationNames);
        return new CampaignAnalysis(campaign, sheet, filter, report, participation, wishes(campaign, invitees, filter, sheet),
                typeNames, organisationNames);
    }

    /** Only the counting of needs; what the benchmark times. */
    public NeedsReport needs(Campaign campaign, InviteeScope invitees, NeedsFilter filter) {
        ScoringSheet sheet = sheets.of(campaign.getInstrumentVersionId());
        NeedsCalculation calculation = new NeedsCalculation(sheet.topics(), campaign.thresholds(), filter);
        rows.finishedScores(campaign.getId(), invitees, filter,
                (responseId, personId, organisationId, organisationType, scores) -> calculation.add(organisationId, organisationType, scores));
        return calculation.report();
    }

    private Participation participation(List<ResponseRows.InvitedCount> counts, Map<String, String> typeNames, Map<UUID, String> organisationNames) {
        Map<String, int[]> byType = new LinkedHashMap<>();
        Map<UUID, int[]> byOrganisation = new LinkedHashMap<>();
        Map<UUID, String> typeOfOrganisation = new HashMap<>();
        for (ResponseRows.InvitedCount count : counts) {
            int[] type = byType.computeIfAbsent(count.organisationType(), key -> new int[2]);
            type[0] += count.invited();
            type[1] += count.finished();
            int[] organisation = byOrganisation.computeIfAbsent(count.organisationId(), key -> new int[2]);
            organisation[0] += count.invited();
            organisation[1] += count.finished();
            typeOfOrganisation.put(count.organisationId(), count.organisationType());
        }
        List<String> typeOrder = new ArrayList<>(typeNames.keySet());
        List<GroupParticipation> typeGroups = byType.entrySet().stream()
                .map(entry -> new GroupParticipation(entry.getKey(), typeNames.getOrDefault(entry.getKey(), entry.getKey()),
                        typeNames.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()[0], entry.getValue()[1]))
                .sorted(Comparator.comparingInt(group -> typeOrder.indexOf(group.key())))
                .toList();
        List<GroupParticipation> organisationGroups = byOrganisation.entrySet().stream()
                .map(entry -> new GroupParticipation(entry.getKey().toString(), organisationNames.getOrDefault(entry.getKey(), ""),
                        typeNames.getOrDefault(typeOfOrganisation.get(entry.getKey()), typeOfOrganisation.get(entry.getKey())),
                        entry.getValue()[0], entry.getValue()[1]))
                .sorted(Comparator.comparing(GroupParticipation::name, RUSSIAN))
                .toList();
        return Participation.of(typeGroups, organisationGroups);
    }

    private List<WishGroup> wishes(Campaign campaign, InviteeScope invitees, NeedsFilter filter, ScoringSheet sheet) {
        List<ResponseRows.WrittenWish> written = rows.wishes(campaign.getId(), invitees, filter);
        if (written.isEmpty()) {
            return List.of();
        }
        List<Topic> topics = catalogue.list(TopicFilter.ALL);
        Map<UUID, String> names = new HashMap<>();
        topics.forEach(topic -> names.put(topic.getId(), topic.getName()));
        WishClassifier classifier = new WishClassifier(topics.stream().filter(Topic::isActive)
                .map(topic -> new WishClassifier.CatalogueTopic(topic.getId(), topic.getName(), topic.getDescription())).toList());
        Map<@Nullable UUID, List<String>> grouped = new LinkedHashMap<>();
        for (ResponseRows.WrittenWish wish : written) {
            UUID topicId = wish.topicId() != null ? wish.topicId() : classifier.classify(wish.text()).orElse(null);
            grouped.computeIfAbsent(topicId, key -> new ArrayList<>()).add(wish.text());
        }
        List<WishGroup> groups = new ArrayList<>();
        grouped.forEach((topicId, texts) -> groups.add(new WishGroup(topicId, topicId == null ? null : names.get(topicId), List.copyOf(texts))));
        groups.sort(Comparator.comparing(WishGroup::hasTopic).reversed()
                .thenComparing(Comparator.comparingInt((WishGroup group) -> group.wishes().size()).reversed())
                .thenComparing(group -> group.topicName() == null ? "" : group.topicName(), RUSSIAN));
        return List.copyOf(groups);
    }

    private Map<String, String> typeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (OrganisationType type : types.all()) {
            names.put(type.getCode(), type.getName());
        }
        return names;
    }

    Map<UUID, String> organisationNames(List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        Set<UUID> unique = new HashSet<>(ids);
        for (Organisation organisation : organisations.findAllById(unique)) {
            names.put(organisation.getId(), organisation.getShortName());
        }
        return names;
    }
}
