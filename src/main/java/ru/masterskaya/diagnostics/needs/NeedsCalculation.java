package ru.masterskaya.diagnostics.needs;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ru.masterskaya.diagnostics.TopicBlock;
import ru.masterskaya.diagnostics.scoring.DeficitLevel;
import ru.masterskaya.diagnostics.scoring.Percent;
import ru.masterskaya.diagnostics.scoring.SheetTopic;
import ru.masterskaya.diagnostics.scoring.Thresholds;

/**
 * Counts deficit levels over many submitted responses, one response at a time, without keeping them:
 * a territory may have a hundred thousand respondents, so the stored scores «12,7,…» are parsed into
 * one reused array and counted into plain arrays. The level of every possible score is worked out
 * once per topic, so counting a response is a table lookup per topic.
 */
public final class NeedsCalculation {

    private static final int HIGH = DeficitLevel.HIGH.ordinal();
    private static final int MEDIUM = DeficitLevel.MEDIUM.ordinal();
    private static final int LEVELS = DeficitLevel.values().length;
    private static final Collator RUSSIAN = Collator.getInstance(Locale.of("ru"));

    private final List<SheetTopic> topics;
    private final Thresholds thresholds;
    private final NeedsFilter filter;
    private final byte[][] levelByScore;
    private final TopicBlock[] blocks;
    private final int[] blockOfTopic;
    private final int[] blockMax;
    private final int[][] topicCounts;
    private final int[][] blockCounts;
    private final Map<String, Group> byType = new LinkedHashMap<>();
    private final Map<UUID, Group> byOrganisation = new LinkedHashMap<>();
    private final int[] scores;
    private final int[] blockScores;
    private int respondents;

    public NeedsCalculation(List<SheetTopic> topics, Thresholds thresholds, NeedsFilter filter) {
        this.topics = List.copyOf(topics);
        this.thresholds = thresholds;
        this.filter = filter;
        int count = topics.size();
        this.levelByScore = new byte[count][];
        this.blockOfTopic = new int[count];
        Map<TopicBlock, Integer> blockIndex = new EnumMap<>(TopicBlock.class);
        for (SheetTopic topic : topics) {
            blockIndex.putIfAbsent(topic.block(), 0);
        }
        this.blocks = blockIndex.keySet().toArray(TopicBlock[]::new);
        for (int index = 0; index < blocks.length; index++) {
            blockIndex.put(blocks[index], index);
        }
        this.blockMax = new int[blocks.length];
        for (int index = 0; index < count; index++) {
            SheetTopic topic = topics.get(index);
            levelByScore[index] = levels(topic.maxScore());
            blockOfTopic[index] = blockIndex.get(topic.block());
            blockMax[blockOfTopic[index]] += topic.maxScore();
        }
        this.topicCounts = new int[count][LEVELS];
        this.blockCounts = new int[blocks.length][LEVELS];
        this.scores = new int[count];
        this.blockScores = new int[blocks.length];
    }

    private byte[] levels(int maxScore) {
        byte[] levels = new byte[maxScore + 1];
        for (int score = 0; score <= maxScore; score++) {
            levels[score] = (byte) thresholds.levelOf(Percent.of(score, maxScore)).ordinal();
        }
        return levels;
    }

    /** Counts one submitted response given as stored; responses outside the filter are skipped. */
    public void add(UUID organisationId, String organisationType, String storedScores) {
        if (!filter.accepts(organisationId, organisationType)) {
            return;
        }
        parse(storedScores);
        Group type = byType.computeIfAbsent(organisationType, key -> new Group(topics.size()));
        Group organisation = byOrganisation.computeIfAbsent(organisationId, key -> new Group(topics.size()));
        respondents++;
        type.respondents++;
        organisation.respondents++;
        java.util.Arrays.fill(blockScores, 0);
        for (int index = 0; index < scores.length; index++) {
            byte[] levels = levelByScore[index];
            int level = levels[Math.clamp(scores[index], 0, levels.length - 1)];
            topicCounts[index][level]++;
            type.count(index, level);
            organisation.count(index, level);
            blockScores[blockOfTopic[index]] += scores[index];
        }
        for (int block = 0; block < blocks.length; block++) {
            blockCounts[block][thresholds.levelOf(Percent.of(blockScores[block], blockMax[block])).ordinal()]++;
        }
    }

    private void parse(String stored) {
        int index = 0;
        int value = 0;
        boolean negative = false;
        for (int position = 0, length = stored.length(); position < length; position++) {
            char c = stored.charAt(position);
            if (c == ',') {
                store(index++, negative ? -value : value, stored);
                value = 0;
                negative = false;
            } else if (c == '-') {
                negative = true;
            } else if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
            } else {
                throw new IllegalStateException("Stored scores «" + stored + "» are not a list of numbers");
            }
        }
        store(index++, negative ? -value : value, stored);
        if (index != scores.length) {
            throw new IllegalStateException("Stored scores «" + stored + "» do not have " + scores.length + " topics");
        }
    }

    private void store(int index, int value, String stored) {
        if (index >= scores.length) {
            throw new IllegalStateException("Stored scores «" + stored + "» have more than " + scores.length + " topics");
        }
        scores[index] = value;
    }

    /**
     * The report: topics ranked by the number of people with a high or medium deficit, ties broken by
     * the number with a high one and then by name; groups by organisation type and organisation.
     */
    public NeedsReport report() {
        List<TopicNeed> unranked = new ArrayList<>();
        for (int index = 0; index < topics.size(); index++) {
            int[] counts = topicCounts[index];
            unranked.add(new TopicNeed(0, index, topics.get(index), counts[HIGH], counts[MEDIUM], counts[DeficitLevel.MINIMAL.ordinal()]));
        }
        unranked.sort(Comparator.comparingInt(TopicNeed::need).reversed()
                .thenComparing(Comparator.comparingInt(TopicNeed::high).reversed())
                .thenComparing(need -> need.topic().name(), RUSSIAN));
        List<TopicNeed> ranked = new ArrayList<>();
        for (TopicNeed need : unranked) {
            ranked.add(new TopicNeed(ranked.size() + 1, need.index(), need.topic(), need.high(), need.medium(), need.minimal()));
        }
        List<BlockNeed> blockNeeds = new ArrayList<>();
        for (int block = 0; block < blocks.length; block++) {
            int[] counts = blockCounts[block];
            blockNeeds.add(new BlockNeed(blocks[block], counts[HIGH], counts[MEDIUM], counts[DeficitLevel.MINIMAL.ordinal()]));
        }
        Map<String, GroupNeeds> organisations = new HashMap<>();
        byOrganisation.forEach((id, group) -> organisations.put(id.toString(), group.toNeeds(id.toString())));
        return new NeedsReport(respondents, List.copyOf(ranked), List.copyOf(blockNeeds),
                byType.entrySet().stream().map(entry -> entry.getValue().toNeeds(entry.getKey())).toList(),
                List.copyOf(organisations.values()));
    }

    private static final class Group {

        private int respondents;
        private final int[] high;
        private final int[] medium;

        Group(int topics) {
            high = new int[topics];
            medium = new int[topics];
        }

        void count(int topic, int level) {
            if (level == HIGH) {
                high[topic]++;
            } else if (level == MEDIUM) {
                medium[topic]++;
            }
        }

        GroupNeeds toNeeds(String key) {
            return new GroupNeeds(key, respondents, high, medium);
        }
    }
}
