package ru.masterskaya.diagnostics.instrument;

/**
 * What is wrong with an item, where: a field, and for an option its number (from 1, counting the
 * rows as the user saw them). The message key lives in the «instruments» bundle and takes the
 * option number, then the limit, as arguments.
 */
public record ItemProblem(Field field, int optionNumber, String messageKey, int limit) {

    public enum Field { KIND, TOPIC, TEXT, OPTIONS, OPTION_TEXT, OPTION_SCORE }

    static ItemProblem of(Field field, String messageKey) {
        return new ItemProblem(field, 0, messageKey, 0);
    }

    static ItemProblem of(Field field, String messageKey, int limit) {
        return new ItemProblem(field, 0, messageKey, limit);
    }

    static ItemProblem ofOption(Field field, int optionNumber, String messageKey, int limit) {
        return new ItemProblem(field, optionNumber, messageKey, limit);
    }

    public Object[] arguments() {
        return new Object[] {optionNumber, limit};
    }
}
