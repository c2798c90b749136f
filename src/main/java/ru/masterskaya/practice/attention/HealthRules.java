package ru.masterskaya.practice.attention;

/**
 * The thresholds of the health rules, which a coordinator may change for their territory. What
 * counts as a low check-in is the pair's own rule ({@code PracticePair.LOW_CHECK_IN}): it raises
 * the pair's attention flag, which these rules read.
 *
 * @param firstMeetingDays days after the agreement (or the planned start, if later) by which the first meeting is due
 * @param quietDays days without a journal entry after which a pair needs a check
 * @param silentDays days without a journal entry after which a pair has stalled
 * @param overdueDays days past the planned end after which an unfinished pair has stalled
 */
public record HealthRules(int firstMeetingDays, int quietDays, int silentDays, int overdueDays) {

    /** The defaults of issue 6: a first meeting within 14 days, an entry at least every 21 days. */
    public static final HealthRules DEFAULTS = new HealthRules(14, 14, 21, 30);

    public static final int MAX_DAYS = 365;

    public HealthRules {
        if (firstMeetingDays < 1 || quietDays < 1 || silentDays < 1 || overdueDays < 0
                || firstMeetingDays > MAX_DAYS || silentDays > MAX_DAYS || overdueDays > MAX_DAYS) {
            throw new IllegalArgumentException("the rules count whole days from one to a year");
        }
        if (quietDays > silentDays) {
            throw new IllegalArgumentException("a pair needs a check before it stalls");
        }
    }
}
