package ru.masterskaya.matching.solver;

/** Why a master strong on a practitioner's need may still not be paired with them. */
public enum Exclusion {
    FORBIDDEN_BY_COORDINATOR,
    SAME_ORGANISATION,
    OWN_ORGANISATION_DECLINED,
    LAST_YEAR_PAIR,
    BELOW_MINIMUM;

    /** Whether the exclusion is a prohibition rather than a low score. */
    public boolean isProhibition() {
        return this != BELOW_MINIMUM;
    }
}
