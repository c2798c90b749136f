package ru.masterskaya.practice;

/** The two sides of a pair. */
public enum PairSide {
    PRACTITIONER,
    MASTER;

    public String messageKey() {
        return "pairSide." + name();
    }
}
