package ru.masterskaya.diagnostics.formsimport.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.formsimport.ColumnMapping;

/**
 * The mapping as request parameters, so that it travels from the mapping page to the preview and
 * the confirmation without being kept anywhere: {@code email}, {@code time}, {@code item.<id>} and
 * {@code ready.<topic id>}, each a column number from 0 or empty for none.
 */
final class MappingParameters {

    static final String EMAIL = "email";
    static final String TIME = "time";
    static final String ITEM = "item.";
    static final String READY = "ready.";

    private MappingParameters() {}

    static boolean present(Map<String, String> parameters) {
        return parameters.containsKey(EMAIL);
    }

    static ColumnMapping read(Map<String, String> parameters) {
        Map<UUID, Integer> items = new HashMap<>();
        Map<UUID, Integer> ready = new HashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith(ITEM)) {
                put(items, name.substring(ITEM.length()), value);
            } else if (name.startsWith(READY)) {
                put(ready, name.substring(READY.length()), value);
            }
        });
        return new ColumnMapping(column(parameters.get(EMAIL)), column(parameters.get(TIME)), items, ready);
    }

    private static void put(Map<UUID, Integer> target, String id, String value) {
        Integer column = column(value);
        if (column == null) {
            return;
        }
        try {
            target.put(UUID.fromString(id), column);
        } catch (IllegalArgumentException ignored) {
            // an id that is not ours is no mapping at all
        }
    }

    private static @Nullable Integer column(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
