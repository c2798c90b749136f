package ru.masterskaya.diagnostics.instrument;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a respondent gave for one item, as it is stored: the chosen option numbers (for a
 * self-rating item, the level) or the text of a free-text item.
 */
public record AnswerValue(List<Integer> choice, @Nullable String text) {

    public static final int MAX_TEXT_LENGTH = 4000;

    public AnswerValue {
        choice = choice.stream().distinct().sorted().toList();
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static AnswerValue chosen(Integer... choice) {
        return new AnswerValue(List.of(choice), null);
    }

    public static AnswerValue written(String text) {
        return new AnswerValue(List.of(), text);
    }

    /** The stored form of the choice, «1,3», or null when nothing was chosen. */
    public @Nullable String choiceText() {
        return choice.isEmpty() ? null : choice.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static AnswerValue stored(@Nullable String choiceText, @Nullable String text) {
        List<Integer> choice = choiceText == null || choiceText.isBlank()
                ? List.of()
                : Arrays.stream(choiceText.split(",")).map(String::strip).map(Integer::valueOf).toList();
        return new AnswerValue(choice, text);
    }

    public boolean isEmpty() {
        return choice.isEmpty() && text == null;
    }
}
