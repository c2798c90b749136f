package ru.masterskaya.diagnostics.respondent.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InvalidAnswer;
import ru.masterskaya.diagnostics.instrument.ItemKind;

/**
 * Reads one item's answer from request parameters named {@code a-<itemId>}: the chosen numbers,
 * or the text of a free-text item. The page's form and the single-answer save use the same names.
 */
final class AnswerParameters {

    private AnswerParameters() {}

    static String nameOf(UUID itemId) {
        return "a-" + itemId;
    }

    static AnswerValue read(InstrumentItem item, String @Nullable [] values) {
        if (values == null || values.length == 0) {
            return new AnswerValue(List.of(), null);
        }
        if (item.getKind() == ItemKind.FREE_TEXT) {
            return AnswerValue.written(String.join("\n", values));
        }
        List<Integer> choice = new ArrayList<>();
        for (String value : values) {
            if (value.isBlank()) {
                continue;
            }
            try {
                choice.add(Integer.valueOf(value.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidAnswer("respondent.answer.unreadable");
            }
        }
        return new AnswerValue(choice, null);
    }
}
