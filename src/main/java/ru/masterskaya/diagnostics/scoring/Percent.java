package ru.masterskaya.diagnostics.scoring;

/** Percent of the maximum, rounded half up; a topic without a maximum counts as fully mastered. */
public final class Percent {

    private Percent() {}

    public static int of(long score, long max) {
        if (max <= 0) {
            return 100;
        }
        long bounded = Math.clamp(score, 0, max);
        return (int) ((bounded * 200 + max) / (2 * max));
    }
}
