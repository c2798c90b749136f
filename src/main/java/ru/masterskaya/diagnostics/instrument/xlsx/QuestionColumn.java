package ru.masterskaya.diagnostics.instrument.xlsx;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the «Вопросы» sheet, in the order they are written. The headers are fixed
 * Russian words, since a methodologist edits the file in Excel and sends it back; on import they
 * are found by name in any order. № and Блок are for reading only: the order of the rows is the
 * order of the items, and the block follows from the topic.
 */
enum QuestionColumn {
    NUMBER("№", 6, false),
    BLOCK("Блок", 24, false),
    TOPIC("Тема", 40, true),
    KIND("Вид вопроса", 26, true),
    TEXT("Текст вопроса", 60, true),
    OPTIONS("Варианты ответа", 50, true);

    private final String header;
    private final int width;
    private final boolean required;

    QuestionColumn(String header, int width, boolean required) {
        this.header = header;
        this.width = width;
        this.required = required;
    }

    String header() {
        return header;
    }

    /** Width in characters. */
    int width() {
        return width;
    }

    boolean required() {
        return required;
    }

    static List<QuestionColumn> requiredColumns() {
        return Arrays.stream(values()).filter(QuestionColumn::required).toList();
    }
}
