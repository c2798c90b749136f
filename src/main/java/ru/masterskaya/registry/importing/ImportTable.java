package ru.masterskaya.registry.importing;

import java.util.List;
import java.util.Set;

/** The readable content of an import file: which known columns it has, and its non-blank rows. */
record ImportTable(Set<ImportColumn> columns, List<ImportRow> rows) {

    boolean has(ImportColumn column) {
        return columns.contains(column);
    }
}
