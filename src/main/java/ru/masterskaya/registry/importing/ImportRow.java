package ru.masterskaya.registry.importing;

import java.util.Map;

/** One data row: its number as Excel shows it and the trimmed text of each known column. */
record ImportRow(int number, Map<ImportColumn, String> cells) {

    /** The text of the cell, empty when the cell or the whole column is missing. */
    String text(ImportColumn column) {
        return cells.getOrDefault(column, "");
    }

    boolean isBlank(ImportColumn column) {
        return text(column).isEmpty();
    }
}
