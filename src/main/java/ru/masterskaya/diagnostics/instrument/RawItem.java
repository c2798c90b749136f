package ru.masterskaya.diagnostics.instrument;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An item as the editor or an XLSX row gives it, with the options as typed. {@link ItemRules}
 * says what is wrong with it; only a faultless one becomes an {@link ItemDraft}.
 */
public record RawItem(@Nullable ItemKind kind, @Nullable UUID topicId, @Nullable String text, List<RawOption> options) {

    public RawItem {
        options = List.copyOf(options);
    }

    public static RawItem of(ItemDraft draft) {
        return new RawItem(draft.kind(), draft.topicId(), draft.text(),
                draft.options().stream().map(option -> new RawOption(option.getText(), String.valueOf(option.getScore()))).toList());
    }
}
