package ru.masterskaya.matching.run;

/** A rule that a coordinator's manual move breaks; the move is kept as a locked pair all the same. */
public enum MoveWarning {
    NOT_STRONG_ON_NEEDS,
    BELOW_MINIMUM,
    SAME_ORGANISATION_FORBIDDEN,
    OWN_ORGANISATION_DECLINED,
    LAST_YEAR_PAIR,
    FORBIDDEN_BY_COORDINATOR,
    /** The two declined this pair, or ended it early, earlier in the year. */
    GIVEN_UP_THIS_YEAR,
    CAPACITY_EXCEEDED;

    public String messageKey() {
        return "run.move.warning." + name();
    }
}
