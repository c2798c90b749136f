package ru.masterskaya.practice.attention;

/** How a pair is doing, as the coordinator's board shows it: в графике, нужна проверка, застопорилась. */
public enum PairHealth {
    ON_TRACK,
    NEEDS_CHECK,
    STALLED;

    public String messageKey() {
        return "attention.health." + name();
    }

    PairHealth worst(PairHealth other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
