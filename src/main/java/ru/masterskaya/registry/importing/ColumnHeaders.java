package ru.masterskaya.registry.importing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Finds the columns of an import in its header row. Case, «ё», extra spaces, the asterisks people
 * put on required columns and a trailing colon do not matter; unknown columns are ignored.
 */
final class ColumnHeaders {

    private ColumnHeaders() {}

    /** Cell index of each column found, by the cells of the header row (index to text). */
    static Map<ImportColumn, Integer> locate(Map<Integer, String> headerCells, List<? extends ImportColumn> columns)
            throws ImportFileRejected {
        Map<String, ImportColumn> byHeader = new HashMap<>();
        for (ImportColumn column : columns) {
            byHeader.put(key(column.header()), column);
            column.aliases().forEach(alias -> byHeader.put(key(alias), column));
        }
        Map<ImportColumn, Integer> found = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> cell : new TreeMap<>(headerCells).entrySet()) {
            ImportColumn column = byHeader.get(key(cell.getValue()));
            if (column != null && found.putIfAbsent(column, cell.getKey()) != null) {
                throw new ImportFileRejected("import.file.duplicateColumn", column.header());
            }
        }
        List<ImportColumn> missing = columns.stream()
                .filter(column -> column.required() && !found.containsKey(column))
                .map(ImportColumn.class::cast)
                .toList();
        if (!missing.isEmpty()) {
            throw new ImportFileRejected(
                    "import.file.missingColumns",
                    missing.stream().map(column -> "«" + column.header() + "»").collect(Collectors.joining(", ")));
        }
        return found;
    }

    static String key(String header) {
        return Names.key(header.replace("*", "")).replaceAll("[:.]+$", "").strip();
    }
}
