package ru.masterskaya.practice.board;

/**
 * The year's pairs as a funnel: formed, of them agreed at some point, of them active at some point,
 * completed; beside it those stalled now, needing a check now, ended early and declined.
 */
public record Funnel(long formed, long agreed, long active, long completed, long stalled, long needsCheck, long endedEarly, long declined) {

    /** A share of the formed pairs in whole percent, for the funnel's bars. */
    public long percentOfFormed(long count) {
        return formed == 0 ? 0 : Math.round(100.0 * count / formed);
    }
}
