package ru.masterskaya.matching.solver;

/**
 * The same exact optimum as {@link MatchingSolver} for cohorts too large to score every pair: it starts
 * from a few candidate masters per practitioner, spread so that every master has some, prices the pairs
 * left out against duals (first an auction's, then those of OR-Tools' exact solve) and adds the uncovered
 * ones, until the exact duals cover every allowed pair ({@link ColumnGeneration}). The certificate then
 * proves the result optimal on the full graph.
 */
public final class PricedMatchingSolver {

    /** Candidates per practitioner at the start; three times as many are offered per pricing round. */
    public static final int DEFAULT_CANDIDATES = 4;

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
