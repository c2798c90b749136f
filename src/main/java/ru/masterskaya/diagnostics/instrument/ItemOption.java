package ru.masterskaya.diagnostics.instrument;

import jakarta.persistence.Embeddable;

/** An option of a choice item with the score it earns; options are numbered from 1 in their item. */
@Embeddable
public class ItemOption {

    private String text;

    private int score;

    protected ItemOption() {}

    public ItemOption(String text, int score) {
        this.text = text.strip();
        this.score = score;
    }

    public String getText() {
        return text;
    }

    public int getScore() {
        return score;
    }
}
