package ru.masterskaya.matching.run;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.matching.solver.MatchingRules;

/**
 * A stored run: its rules, objective (with and without the coordinator's decisions, whose difference
 * is what the manual changes cost), the certificate's objective, timings and who started and published it.
 * {@code workingPairs} are the pairs published earlier in the year that the run left as they were.
 */
public record StoredRun(UUID id, AcademicYear academicYear, Territory territory, RunStatus status, MatchingRules rules, long objective,
        long unconstrainedObjective, long certificateObjective, int decisions, long solveMillis, int practitioners, int masters,
        int workingPairs, String startedBy, Instant startedAt, @Nullable String publishedBy, @Nullable Instant publishedAt) {

    /** How much total score the locked and forbidden pairs cost, in hundredths (0 when they cost nothing). */
    public long manualCost() {
        return unconstrainedObjective - objective;
    }

    public boolean isDraft() {
        return status == RunStatus.DRAFT;
    }
}
