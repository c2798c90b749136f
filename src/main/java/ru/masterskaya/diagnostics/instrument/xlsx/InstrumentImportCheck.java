package ru.masterskaya.diagnostics.instrument.xlsx;

import java.util.List;
import ru.masterskaya.diagnostics.instrument.ItemDraft;

/** Every row of a file with its errors; the drafts only exist when no row has an error. */
public record InstrumentImportCheck(List<ImportedItem> items, List<ItemDraft> drafts) {

    public List<String> errors() {
        return items.stream().flatMap(item -> item.errors().stream()).toList();
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(item -> !item.isValid());
    }
}
