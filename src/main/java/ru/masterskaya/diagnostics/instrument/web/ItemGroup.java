package ru.masterskaya.diagnostics.instrument.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.TopicBlock;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;

/**
 * The items of one block of topics, in the order of the version; items without a topic (free-text
 * wishes) form the last group, with no block.
 */
record ItemGroup(@Nullable TopicBlock block, List<ItemView> items) {

    static List<ItemGroup> of(List<InstrumentItem> items, Map<UUID, Topic> topics) {
        List<ItemView> views = items.stream()
                .map(item -> new ItemView(item, item.getTopicId() == null ? null : topics.get(item.getTopicId())))
                .toList();
        List<ItemGroup> groups = new ArrayList<>();
        Arrays.stream(TopicBlock.values()).forEach(block -> {
            List<ItemView> inBlock = views.stream().filter(view -> view.topic() != null && view.topic().getBlock() == block).toList();
            if (!inBlock.isEmpty()) {
                groups.add(new ItemGroup(block, inBlock));
            }
        });
        List<ItemView> withoutTopic = views.stream().filter(view -> view.topic() == null).toList();
        if (!withoutTopic.isEmpty()) {
            groups.add(new ItemGroup(null, withoutTopic));
        }
        return groups;
    }
}
