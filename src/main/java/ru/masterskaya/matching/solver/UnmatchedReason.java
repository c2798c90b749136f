package ru.masterskaya.matching.solver;

/** Why a practitioner got no master in a run. */
public enum UnmatchedReason {
    /** No master (serving them) is strong on any of their needs. */
    NO_MASTER_ON_TOPIC,
    /** Every master strong on their needs scores below the minimum suitability (or is forbidden). */
    ALL_CANDIDATES_BELOW_MINIMUM,
    /** Every master strong on their needs is forbidden: by the coordinator, the organisation rule, as last year's pair or as a pair given up this year. */
    ALL_CANDIDATES_FORBIDDEN,
    /** Suitable masters exist, but their places went where they add more to the total. */
    CAPACITY_EXHAUSTED;

    public String messageKey() {
        return "matching.unmatched." + name();
    }
}
