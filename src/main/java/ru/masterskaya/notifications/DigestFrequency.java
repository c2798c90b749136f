package ru.masterskaya.notifications;

/** How often a person wants a digest of what needs their attention; weekly unless they choose otherwise. */
public enum DigestFrequency {
    NEVER,
    DAILY,
    WEEKLY;

    public static final DigestFrequency DEFAULT = WEEKLY;

    public String messageKey() {
        return "digest.frequency." + name();
    }
}
