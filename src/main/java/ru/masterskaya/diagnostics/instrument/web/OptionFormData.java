package ru.masterskaya.diagnostics.instrument.web;

import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.instrument.RawOption;

/** One option row of the item editor; the score stays text so that whatever was typed is shown back. */
public class OptionFormData {

    private @Nullable String text;

    private @Nullable String score;

    public OptionFormData() {}

    OptionFormData(@Nullable String text, @Nullable String score) {
        this.text = text;
        this.score = score;
    }

    RawOption toRaw() {
        return new RawOption(text, score);
    }

    public @Nullable String getText() { return text; }
    public void setText(@Nullable String text) { this.text = text; }
    public @Nullable String getScore() { return score; }
    public void setScore(@Nullable String score) { this.score = score; }
}
