package ru.masterskaya.matching.run;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.masterskaya.matching.solver.LockRejection;
import ru.masterskaya.matching.solver.PairKey;

/**
 * A run as one user may see it: an institution coordinator ({@code restricted}) gets only the pairs and
 * unmatched practitioners of their organisations and no actions.
 */
public record RunView(StoredRun run, boolean restricted, List<StoredPair> pairs, List<StoredUnmatched> unmatched, List<StoredGroup> groups,
        Map<PairKey, LockRejection> rejectedLocks, List<Decision> decisions,
        Map<UUID, PersonCard> people, Map<UUID, String> topicNames) {

    public String topicName(UUID topicId) {
        return topicNames.getOrDefault(topicId, topicId.toString());
    }

    public PersonCard person(UUID id) {
        return people.get(id);
    }

    public boolean canChange() {
        return !restricted && run.isDraft();
    }
}
