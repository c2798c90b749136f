package ru.masterskaya.diagnostics.instrument.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import ru.masterskaya.diagnostics.instrument.ItemOption;
import ru.masterskaya.diagnostics.instrument.RawOption;

/**
 * The options of a choice item in one cell, one option a line: «текст = балл». The last «=» on a
 * line separates the score, so an option text may itself contain «=». Empty lines are skipped;
 * in Excel a new line in a cell is Alt+Enter.
 */
final class OptionsCell {

    static final String SEPARATOR = " = ";

    private OptionsCell() {}

    static String write(List<ItemOption> options) {
        return options.stream().map(option -> option.getText() + SEPARATOR + option.getScore()).collect(Collectors.joining("\n"));
    }

    /** The options line by line; a line without «=» is an option without a score. */
    static List<RawOption> read(String cell) {
        List<RawOption> options = new ArrayList<>();
        for (String line : cell.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.lastIndexOf('=');
            options.add(equals < 0
                    ? new RawOption(line.strip(), null)
                    : new RawOption(line.substring(0, equals).strip(), line.substring(equals + 1).strip()));
        }
        return options;
    }
}
