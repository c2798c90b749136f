package ru.masterskaya.diagnostics.web;

import java.util.Arrays;
import java.util.List;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.TopicBlock;

/** One block of the catalogue with the topics of it that the filter let through. */
record BlockOfTopics(TopicBlock block, List<Topic> topics) {

    /** The non-empty blocks in their fixed order. */
    static List<BlockOfTopics> group(List<Topic> topics) {
        return Arrays.stream(TopicBlock.values())
                .map(block -> new BlockOfTopics(block, topics.stream().filter(topic -> topic.getBlock() == block).toList()))
                .filter(group -> !group.topics().isEmpty())
                .toList();
    }
}
