package ru.masterskaya.diagnostics.instrument;

/** How an item is answered and whether it counts towards the topic's score. */
public enum ItemKind {
    /** «не владею» … «могу научить других»: the level is the score. */
    SELF_RATING,
    /** One option; its score counts. */
    SINGLE_CHOICE,
    /** Any options; their scores add up, never below zero. */
    MULTIPLE_CHOICE,
    /** «Чему я хочу научиться»: kept as a wish, not scored. */
    FREE_TEXT;

    public boolean isScored() {
        return this != FREE_TEXT;
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public String messageKey() {
        return "itemKind." + name();
    }
}
