package ru.masterskaya.practice.attention;

/** The escalation ladder of a stalled pair: the pair itself, then its master, then the coordinators. */
public enum ReminderStep {
    PAIR,
    MASTER,
    COORDINATORS;

    public int number() {
        return ordinal() + 1;
    }

    static ReminderStep ofNumber(int number) {
        return values()[number - 1];
    }
}
