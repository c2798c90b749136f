package ru.masterskaya.practice;

/**
 * The overall level of a graded product from its share of the rubric's points. The thresholds live
 * here only: certificates, statements and the pages all read the level from this class.
 */
public enum GradeLevel {
    HIGH("высокий"),
    MEDIUM("средний"),
    LOW("низкий");

    /** The least share of points, in percent, that is a high level. */
    public static final int HIGH_FROM_PERCENT = 85;

    /** The least share of points, in percent, that is a medium level. */
    public static final int MEDIUM_FROM_PERCENT = 60;

    private final String words;

    GradeLevel(String words) {
        this.words = words;
    }

    public static GradeLevel of(int points, int maxPoints) {
        if (maxPoints <= 0) {
            return LOW;
        }
        // compare points * 100 with the threshold * max, so that 85 % exactly is high without rounding
        long share = points * 100L;
        if (share >= (long) HIGH_FROM_PERCENT * maxPoints) {
            return HIGH;
        }
        if (share >= (long) MEDIUM_FROM_PERCENT * maxPoints) {
            return MEDIUM;
        }
        return LOW;
    }

    /** The level as the documents write it: «высокий», «средний», «низкий». */
    public String words() {
        return words;
    }

    public String messageKey() {
        return "gradeLevel." + name();
    }
}
