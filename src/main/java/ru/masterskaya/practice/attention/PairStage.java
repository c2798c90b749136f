package ru.masterskaya.practice.attention;

/** Where a pair is in its life, as far as the health rules are concerned. */
public enum PairStage {
    PROPOSED,
    AGREED,
    ACTIVE,
    PAUSED,
    COMPLETED,
    DECLINED,
    ENDED_EARLY;

    /** Whether the pair has agreed and not yet ended, so that its health means something. */
    public boolean isUnderWay() {
        return this == AGREED || this == ACTIVE || this == PAUSED;
    }

    public String messageKey() {
        return "attention.stage." + name();
    }
}
