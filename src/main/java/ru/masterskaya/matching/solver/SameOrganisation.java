package ru.masterskaya.matching.solver;

/** What a run does with a master and a practitioner of the same organisation. */
public enum SameOrganisation {
    /** Never paired. */
    FORBIDDEN,
    /** Paired only if worth it despite {@link MatchingRules#sameOrganisationPenalty()}. */
    PENALISED
}
