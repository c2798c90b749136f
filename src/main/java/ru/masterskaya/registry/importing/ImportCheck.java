package ru.masterskaya.registry.importing;

import java.util.List;

/** The outcome of checking a file: every error as a sentence for the user, or the rows and what they do. */
public record ImportCheck(List<String> errors, List<PlannedRow> rows) {

    static ImportCheck rejected(String error) {
        return new ImportCheck(List.of(error), List.of());
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public long created() {
        return count(ImportAction.CREATE);
    }

    public long updated() {
        return count(ImportAction.UPDATE);
    }

    public long unchanged() {
        return count(ImportAction.UNCHANGED);
    }

    private long count(ImportAction action) {
        return rows.stream().filter(row -> row.action() == action).count();
    }
}
