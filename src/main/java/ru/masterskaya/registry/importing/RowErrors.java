package ru.masterskaya.registry.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.springframework.context.MessageSource;

/**
 * The errors of one file as sentences in the user's language, ordered by row and column, at most
 * one per cell: «Строка 14, столбец «E-mail»: «ivanov@» — не адрес электронной почты».
 */
final class RowErrors {

    private static final int LONGEST_QUOTED_VALUE = 60;

    private final MessageSource messages;
    private final Locale locale;
    private final TreeMap<Integer, TreeMap<Integer, String>> sentences = new TreeMap<>();

    RowErrors(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Records the problem of a cell unless the cell already has one. */
    void add(ImportRow row, ImportColumn column, String problem) {
        sentences.computeIfAbsent(row.number(), number -> new TreeMap<>())
                .computeIfAbsent(column.ordinal(), ordinal -> sentence(row, column, problem));
    }

    boolean has(ImportRow row) {
        return sentences.containsKey(row.number());
    }

    boolean isEmpty() {
        return sentences.isEmpty();
    }

    /** A problem worded for imports, from the keys under {@code import.problem}. */
    String problem(String key, Object... arguments) {
        return messages.getMessage("import.problem." + key, arguments, locale);
    }

    List<String> sentences() {
        List<String> all = new ArrayList<>();
        sentences.values().forEach(row -> all.addAll(row.values()));
        return all;
    }

    private String sentence(ImportRow row, ImportColumn column, String problem) {
        String value = row.text(column);
        String number = String.valueOf(row.number());
        return value.isEmpty()
                ? messages.getMessage("import.error.emptyCell", new Object[] {number, column.header(), problem}, locale)
                : messages.getMessage("import.error.cell", new Object[] {number, column.header(), shortened(value), problem}, locale);
    }

    private static String shortened(String value) {
        return value.length() <= LONGEST_QUOTED_VALUE ? value : value.substring(0, LONGEST_QUOTED_VALUE - 1) + "…";
    }
}
