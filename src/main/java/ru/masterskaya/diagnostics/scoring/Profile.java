package ru.masterskaya.diagnostics.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.TopicBlock;

/**
 * A person's deficit profile from one self-diagnosis: every topic and block as a percent of its
 * maximum with its level. A block's percent is its topics' scores over their maxima together, so a
 * topic with more items weighs more, as it does on the paper forms.
 */
public record Profile(List<TopicResult> topics, List<BlockResult> blocks) {

    public record TopicResult(UUID topicId, String name, TopicBlock block, int score, int maxScore, int percent,
            DeficitLevel level, @Nullable Integer change) {}

    public record BlockResult(TopicBlock block, int score, int maxScore, int percent, DeficitLevel level) {}

    static Profile of(ScoringSheet sheet, int[] scores, Thresholds thresholds) {
        List<TopicResult> topics = new ArrayList<>();
        Map<TopicBlock, int[]> blockTotals = new EnumMap<>(TopicBlock.class);
        for (int index = 0; index < sheet.topics().size(); index++) {
            SheetTopic topic = sheet.topics().get(index);
            int percent = Percent.of(scores[index], topic.maxScore());
            topics.add(new TopicResult(topic.topicId(), topic.name(), topic.block(), scores[index], topic.maxScore(), percent,
                    thresholds.levelOf(percent), null));
            int[] totals = blockTotals.computeIfAbsent(topic.block(), block -> new int[2]);
            totals[0] += scores[index];
            totals[1] += topic.maxScore();
        }
        List<BlockResult> blocks = blockTotals.entrySet().stream().map(entry -> {
            int percent = Percent.of(entry.getValue()[0], entry.getValue()[1]);
            return new BlockResult(entry.getKey(), entry.getValue()[0], entry.getValue()[1], percent, thresholds.levelOf(percent));
        }).toList();
        return new Profile(List.copyOf(topics), blocks);
    }

    public Optional<TopicResult> topic(UUID topicId) {
        return topics.stream().filter(topic -> topic.topicId().equals(topicId)).findFirst();
    }

    public List<TopicResult> topicsIn(TopicBlock block) {
        return topics.stream().filter(topic -> topic.block() == block).toList();
    }

    /** This profile with the change in percent points against an earlier one, for the topics both asked. */
    public Profile comparedWith(Profile earlier) {
        List<TopicResult> compared = topics.stream().map(topic -> earlier.topic(topic.topicId())
                .map(before -> new TopicResult(topic.topicId(), topic.name(), topic.block(), topic.score(), topic.maxScore(),
                        topic.percent(), topic.level(), topic.percent() - before.percent()))
                .orElse(topic)).toList();
        return new Profile(compared, blocks);
    }
}
