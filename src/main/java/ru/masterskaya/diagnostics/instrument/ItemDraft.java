package ru.masterskaya.diagnostics.instrument;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An item as the editor or an XLSX import describes it, before it is stored in a version. */
public record ItemDraft(ItemKind kind, @Nullable UUID topicId, String text, List<ItemOption> options) {

    public ItemDraft {
        options = List.copyOf(options);
    }

    public static ItemDraft selfRating(UUID topicId, String text) {
        return new ItemDraft(ItemKind.SELF_RATING, topicId, text, List.of());
    }

    public static ItemDraft freeText(@Nullable UUID topicId, String text) {
        return new ItemDraft(ItemKind.FREE_TEXT, topicId, text, List.of());
    }

    public static ItemDraft choice(ItemKind kind, UUID topicId, String text, List<ItemOption> options) {
        return new ItemDraft(kind, topicId, text, options);
    }
}
