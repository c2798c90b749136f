package ru.masterskaya.matching.solver;

/** How a pair meets: очно, дистанционно or смешанно. A blended offer suits any preference. */
public enum Format {
    IN_PERSON,
    REMOTE,
    BLENDED;

    public String messageKey() {
        return "matching.format." + name();
    }
}
