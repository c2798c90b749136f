package ru.masterskaya.diagnostics.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;

/**
 * How one frozen instrument version turns answers into topic scores. The topics keep the order in
 * which the version first asks them; the scores of a submitted response are stored in that order.
 */
public final class ScoringSheet {

    private final UUID versionId;
    private final List<SheetTopic> topics;
    private final Map<UUID, Integer> topicIndex;
    private final List<InstrumentItem> scoredItems;
    private final List<InstrumentItem> items;

    private ScoringSheet(UUID versionId, List<SheetTopic> topics, List<InstrumentItem> scoredItems, List<InstrumentItem> items) {
        this.versionId = versionId;
        this.items = List.copyOf(items);
        this.topics = List.copyOf(topics);
        this.scoredItems = List.copyOf(scoredItems);
        this.topicIndex = new HashMap<>();
        for (int index = 0; index < topics.size(); index++) {
            topicIndex.put(topics.get(index).topicId(), index);
        }
    }

    public static ScoringSheet of(InstrumentVersion version, Map<UUID, Topic> catalogue) {
        Map<UUID, Integer> maxByTopic = new HashMap<>();
        List<InstrumentItem> scored = new ArrayList<>();
        for (InstrumentItem item : version.getItems()) {
            if (item.getKind().isScored() && item.getTopicId() != null) {
                maxByTopic.merge(item.getTopicId(), item.maxScore(), Integer::sum);
                scored.add(item);
            }
        }
        List<SheetTopic> topics = version.scoredTopics().stream().map(topicId -> {
            Topic topic = catalogue.get(topicId);
            if (topic == null) {
                throw new IllegalStateException("Topic " + topicId + " of version " + version.getId() + " is not in the catalogue");
            }
            return new SheetTopic(topicId, topic.getName(), topic.getBlock(), maxByTopic.get(topicId));
        }).toList();
        return new ScoringSheet(version.getId(), topics, scored, version.getItems());
    }

    public UUID versionId() {
        return versionId;
    }

    public List<SheetTopic> topics() {
        return topics;
    }

    public List<InstrumentItem> scoredItems() {
        return scoredItems;
    }

    /** Every item of the version in order, free-text ones included. */
    public List<InstrumentItem> items() {
        return items;
    }

    public java.util.Optional<InstrumentItem> item(UUID itemId) {
        return items.stream().filter(item -> item.getId().equals(itemId)).findFirst();
    }

    public boolean asksTopic(UUID topicId) {
        return topicIndex.containsKey(topicId);
    }

    /** The score of every topic, in the sheet's order; an item left unanswered earns nothing. */
    public int[] score(Map<UUID, AnswerValue> answers) {
        int[] scores = new int[topics.size()];
        for (InstrumentItem item : scoredItems) {
            AnswerValue answer = answers.get(item.getId());
            if (answer != null && !answer.isEmpty()) {
                scores[topicIndex.get(item.getTopicId())] += item.scoreOf(answer);
            }
        }
        return scores;
    }

    public static String encode(int[] scores) {
        return Arrays.stream(scores).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }

    public int[] decode(String stored) {
        int[] scores = Arrays.stream(stored.split(",")).mapToInt(Integer::parseInt).toArray();
        if (scores.length != topics.size()) {
            throw new IllegalStateException("Stored scores «" + stored + "» do not fit version " + versionId);
        }
        return scores;
    }

    public Profile profile(int[] scores, Thresholds thresholds) {
        return Profile.of(this, scores, thresholds);
    }
}
