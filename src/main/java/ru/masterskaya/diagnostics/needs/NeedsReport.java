package ru.masterskaya.diagnostics.needs;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The needs of the respondents of a campaign: topics ranked by the number of people with a high or
 * medium deficit, the same per block, and the counts per organisation type and per organisation.
 */
public record NeedsReport(int respondents, List<TopicNeed> topics, List<BlockNeed> blocks, List<GroupNeeds> byType,
        List<GroupNeeds> byOrganisation) {

    public Optional<GroupNeeds> type(String code) {
        return byType.stream().filter(group -> group.key().equals(code)).findFirst();
    }

    public Optional<GroupNeeds> organisation(UUID organisationId) {
        return byOrganisation.stream().filter(group -> group.key().equals(organisationId.toString())).findFirst();
    }

    /** The largest number of people in need on any topic, for scaling a chart. */
    public int largestNeed() {
        return topics.stream().mapToInt(TopicNeed::need).max().orElse(0);
    }
}
