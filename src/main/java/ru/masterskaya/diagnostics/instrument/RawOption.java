package ru.masterskaya.diagnostics.instrument;

import org.jspecify.annotations.Nullable;

/** An option as it was typed, before its score is known to be a number. */
public record RawOption(@Nullable String text, @Nullable String score) {

    /** A row the user left empty; it is skipped, not refused. */
    public boolean isBlank() {
        return (text == null || text.isBlank()) && (score == null || score.isBlank());
    }
}
