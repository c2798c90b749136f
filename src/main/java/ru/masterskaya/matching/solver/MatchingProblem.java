package ru.masterskaya.matching.solver;

import java.util.List;
import java.util.Set;

/**
 * Everything a run decides from: the cohort, the offers, the rules, last year's pairs (not repeated
 * unless the rules allow it), and the coordinator's locked pairs (kept) and forbidden pairs (never made).
 */
public record MatchingProblem(
        List<Practitioner> practitioners,
        List<Master> masters,
        MatchingRules rules,
        Set<PairKey> lastYearPairs,
        Set<PairKey> lockedPairs,
        Set<PairKey> forbiddenPairs) {

    public MatchingProblem {
        practitioners = List.copyOf(practitioners);
        masters = List.copyOf(masters);
        lastYearPairs = Set.copyOf(lastYearPairs);
        lockedPairs = Set.copyOf(lockedPairs);
        forbiddenPairs = Set.copyOf(forbiddenPairs);
    }

    public static MatchingProblem of(List<Practitioner> practitioners, List<Master> masters, MatchingRules rules) {
        return new MatchingProblem(practitioners, masters, rules, Set.of(), Set.of(), Set.of());
    }

    public MatchingProblem withRules(MatchingRules changed) {
        return new MatchingProblem(practitioners, masters, changed, lastYearPairs, lockedPairs, forbiddenPairs);
    }

    public MatchingProblem withLastYearPairs(Set<PairKey> pairs) {
        return new MatchingProblem(practitioners, masters, rules, pairs, lockedPairs, forbiddenPairs);
    }

    public MatchingProblem withLocked(Set<PairKey> pairs) {
        return new MatchingProblem(practitioners, masters, rules, lastYearPairs, pairs, forbiddenPairs);
    }

    public MatchingProblem withForbidden(Set<PairKey> pairs) {
        return new MatchingProblem(practitioners, masters, rules, lastYearPairs, lockedPairs, pairs);
    }
}
