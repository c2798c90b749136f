package ru.masterskaya.diagnostics.needs;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The wishes («чему я хочу научиться») put under one topic; without a topic, the ones that matched none. */
public record WishGroup(@Nullable UUID topicId, @Nullable String topicName, List<String> wishes) {

    public boolean hasTopic() {
        return topicId != null;
    }
}
