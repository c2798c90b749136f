package ru.masterskaya.diagnostics.web;

import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.TopicBlock;
import ru.masterskaya.diagnostics.TopicFilter;

/** The catalogue's filter as it arrives in the query string; {@code status} is active (the default), inactive or all. */
record TopicListParameters(@Nullable TopicBlock block, @Nullable String q, @Nullable String status) {

    TopicFilter toFilter() {
        Boolean active = switch (status == null ? "active" : status) {
            case "all" -> null;
            case "inactive" -> false;
            default -> true;
        };
        return new TopicFilter(block, active, q);
    }
}
