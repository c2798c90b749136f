package ru.masterskaya.diagnostics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.Topic;

/**
 * What the user typed next to what someone else has just saved, field by field where they
 * differ. Values are message keys ({@code keys}) for the block and plain text otherwise.
 */
record TopicConflict(List<Row> rows) {

    record Row(String label, @Nullable String yours, @Nullable String current, boolean keys) {}

    static TopicConflict between(TopicFormData yours, Topic current) {
        List<Row> rows = new ArrayList<>();
        if (yours.getBlock() != current.getBlock()) {
            rows.add(new Row("topic.block", yours.getBlock() == null ? null : yours.getBlock().messageKey(), current.getBlock().messageKey(), true));
        }
        if (!Objects.equals(strip(yours.getName()), current.getName())) {
            rows.add(new Row("topic.name", yours.getName(), current.getName(), false));
        }
        if (!Objects.equals(strip(yours.getDescription()), current.getDescription())) {
            rows.add(new Row("topic.description", yours.getDescription(), current.getDescription(), false));
        }
        return new TopicConflict(rows);
    }

    private static @Nullable String strip(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
