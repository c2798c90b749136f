package ru.masterskaya.diagnostics.instrument.xlsx;

import java.util.Map;

/** A non-blank row of the «Вопросы» sheet: its number as Excel shows it and the text of its cells. */
record SheetRow(int number, Map<QuestionColumn, String> cells) {

    String cell(QuestionColumn column) {
        return cells.getOrDefault(column, "");
    }
}
