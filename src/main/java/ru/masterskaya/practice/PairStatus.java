package ru.masterskaya.practice;

/**
 * Where a pair is in its life: proposed → agreed → active → completed; or declined before agreeing,
 * paused until a resume date, or ended early with a reason.
 */
public enum PairStatus {
    PROPOSED,
    AGREED,
    ACTIVE,
    PAUSED,
    COMPLETED,
    DECLINED,
    ENDED_EARLY;

    public boolean isFinished() {
        return this == COMPLETED || this == DECLINED || this == ENDED_EARLY;
    }

    /** Whether the pair works: its journal and check-ins are open. */
    public boolean isUnderway() {
        return this == AGREED || this == ACTIVE || this == PAUSED;
    }

    public String messageKey() {
        return "pairStatus." + name();
    }
}
