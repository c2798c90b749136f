package ru.masterskaya.matching.solver;

/** The named parts of a pair's score; penalties are negative. */
public enum ComponentKind {
    DEFICIT_DEPTH,
    MASTER_STRENGTH,
    PRIORITY_TOPIC,
    FORMAT_MATCH,
    FORMAT_MISMATCH,
    SAME_MUNICIPALITY,
    CATEGORY,
    COVERAGE_PRIORITY,
    SAME_ORGANISATION_PENALTY;

    public String messageKey() {
        return "matching.component." + name();
    }
}
