package ru.masterskaya.matching.run;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.masterskaya.matching.solver.LockRejection;
import ru.masterskaya.matching.solver.PairKey;

/**
 * A run as one user may see it: an institution coordinator ({@code restricted}) gets only the pairs and
 * unmatched practitioners of their organisations and no actions. Move options are the masters a
 * practitioner may be moved to by hand, only for a draft the user manages.
 */
public record RunView(StoredRun run, boolean restricted, List<StoredPair> pairs, List<StoredUnmatched> unmatched, List<StoredGroup> groups,
        Map<PairKey, LockRejection> rejectedLocks, List<Decision> decisions, Map<UUID, List<MatchingRuns.MoveOption>> moveOptions,
        Map<UUID, PersonCard> people) {

    public PersonCard person(UUID id) {
        return people.get(id);
    }

    public List<MatchingRuns.MoveOption> moveOptionsOf(UUID practitionerId) {
        return moveOptions.getOrDefault(practitionerId, List.of());
    }

    public boolean canChange() {
        return !restricted && run.isDraft();
    }
}
