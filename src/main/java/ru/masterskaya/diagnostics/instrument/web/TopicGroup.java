package ru.masterskaya.diagnostics.instrument.web;

import java.util.Arrays;
import java.util.List;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.TopicBlock;

/** The active topics of one block, for the topic choice of the item editor. */
record TopicGroup(TopicBlock block, List<Topic> topics) {

    static List<TopicGroup> of(List<Topic> topics) {
        return Arrays.stream(TopicBlock.values())
                .map(block -> new TopicGroup(block, topics.stream().filter(topic -> topic.getBlock() == block).toList()))
                .filter(group -> !group.topics().isEmpty())
                .toList();
    }
}
