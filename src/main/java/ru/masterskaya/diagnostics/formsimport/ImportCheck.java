package ru.masterskaya.diagnostics.formsimport;

import java.util.List;

/**
 * The result of checking a file against a mapping: counts, every error in Russian (row and column
 * named), and the first rows. Nothing is stored while there is an error.
 */
public record ImportCheck(String fileName, int rows, int found, int errorCount, List<String> errors, List<PreviewRow> firstRows) {

    public boolean hasErrors() {
        return errorCount > 0;
    }
}
