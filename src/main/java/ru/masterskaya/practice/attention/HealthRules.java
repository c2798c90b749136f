package ru.masterskaya.practice.attention;

/**
 * The thresholds of the health rules, which a coordinator may change for their territory.
 *
 * @param firstMeetingDays days after the agreement (or the planned start, if later) by which the first meeting is due
 * @param quietDays days without a journal entry after which a pair needs a check
 * @param silentDays days without a journal entry after which a pair has stalled
 * @param overdueDays days past the planned end after which an unfinished pair has stalled
 * @param lowCheckIn the highest answer to «как идёт работа» (1–4) that counts as low
 */
public record HealthRules(int firstMeetingDays, int quietDays, int silentDays, int overdueDays, int lowCheckIn) {

    /** The defaults of issue 6: a first meeting within 14 days, an entry at least every 21 days. */
    public static final HealthRules DEFAULTS = new HealthRules(14, 14, 21, 30, 2);

    public HealthRules {
        if (firstMeetingDays < 1 || quietDays < 1 || silentDays < 1 || overdueDays < 0) {
            throw new IllegalArgumentException("the rules count whole days from one on");
        }
        if (quietDays > silentDays) {
            throw new IllegalArgumentException("a pair needs a check before it stalls");
        }
        if (lowCheckIn < 1 || lowCheckIn > 3) {
            throw new IllegalArgumentException("a low check-in is an answer from 1 to 3");
        }
    }
}
