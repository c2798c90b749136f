package ru.masterskaya.diagnostics.instrument.xlsx;

import java.util.List;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.instrument.ItemKind;
import ru.masterskaya.diagnostics.instrument.RawOption;

/**
 * A row of the file as the preview shows it: what was understood (kind, topic) next to what was
 * written, and the errors of the row, each already naming its row and column.
 */
public record ImportedItem(
        int rowNumber,
        @Nullable ItemKind kind,
        String kindText,
        @Nullable Topic topic,
        String topicText,
        String text,
        List<RawOption> options,
        List<String> errors) {

    public boolean isValid() {
        return errors.isEmpty();
    }
}
