package ru.masterskaya.registry;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One field of a record that an edit changed, kept in the audit log. */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {

    static void collect(java.util.List<FieldChange> changes, String field, @Nullable Object before, @Nullable Object after) {
        String was = before == null ? null : before.toString();
        String now = after == null ? null : after.toString();
        if (!Objects.equals(blankToNull(was), blankToNull(now))) {
            changes.add(new FieldChange(field, was, now));
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
