package ru.masterskaya.diagnostics.formsimport;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which column (counted from 0) holds what: the e-mail, the submission time, the answer to each
 * item and the «готов быть мастером» tick of each topic. Travels in the request, never in memory.
 */
public record ColumnMapping(
        @Nullable Integer emailColumn,
        @Nullable Integer timeColumn,
        Map<UUID, Integer> itemColumns,
        Map<UUID, Integer> readyColumns) {

    public ColumnMapping {
        itemColumns = Map.copyOf(itemColumns);
        readyColumns = Map.copyOf(readyColumns);
    }

    public @Nullable Integer itemColumn(UUID itemId) {
        return itemColumns.get(itemId);
    }

    public @Nullable Integer readyColumn(UUID topicId) {
        return readyColumns.get(topicId);
    }
}
