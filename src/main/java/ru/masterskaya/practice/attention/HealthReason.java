package ru.masterskaya.practice.attention;

/** Why a pair is not on track; each reason is one rule that fired, with the health it leads to. */
public enum HealthReason {
    /** Agreed, but no meeting in the journal within the allowed days of the agreement (or of the planned start, if later). */
    NO_FIRST_MEETING(PairHealth.STALLED),
    /** The journal has been silent for a while: a warning first. */
    QUIET(PairHealth.NEEDS_CHECK),
    /** The journal has been silent for longer than the rule allows. */
    SILENT(PairHealth.STALLED),
    /** The planned end has passed and the practice is not completed. */
    PAST_PLANNED_END(PairHealth.NEEDS_CHECK),
    /** Long past the planned end and still not completed. */
    LONG_PAST_PLANNED_END(PairHealth.STALLED),
    /** A side answered the check-in «как идёт работа» low. */
    LOW_CHECK_IN(PairHealth.NEEDS_CHECK),
    /** A side asked the coordinator for help at the check-in. */
    HELP_REQUESTED(PairHealth.NEEDS_CHECK),
    /** Paused, and the resume date has passed without the pair resuming. */
    PAUSE_OVERDUE(PairHealth.NEEDS_CHECK);

    private final PairHealth health;

    HealthReason(PairHealth health) {
        this.health = health;
    }

    public PairHealth health() {
        return health;
    }

    public String messageKey() {
        return "attention.reason." + name();
    }
}
