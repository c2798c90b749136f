package ru.masterskaya.practice.attention;

/**
 * A territory's health rules and the interval of its reminder ladder: the pair is reminded when it
 * stalls, its master one interval later, the coordinators another interval later.
 */
public record AttentionSettings(HealthRules rules, int reminderIntervalDays) {

    public static final AttentionSettings DEFAULTS = new AttentionSettings(HealthRules.DEFAULTS, 7);

    public AttentionSettings {
        if (reminderIntervalDays < 1 || reminderIntervalDays > 90) {
            throw new IllegalArgumentException("reminders escalate after one to ninety days");
        }
    }
}
