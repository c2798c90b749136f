package ru.masterskaya.matching.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The best total by trying every assignment of the free practitioners, with the locks kept. */
final class BruteForce {

    private final List<long[]> options = new ArrayList<>();
    private final int[] places;
    private long best;

    private BruteForce(MatchingProblem problem) {
        PairScorer scorer = new PairScorer(problem);
        Map<UUID, Integer> masterIndex = new HashMap<>();
        places = new int[problem.masters().size()];
        for (int m = 0; m < problem.masters().size(); m++) {
            masterIndex.put(problem.masters().get(m).id(), m);
            places[m] = problem.rules().capacityOf(problem.masters().get(m));
        }
        Set<UUID> locked = new HashSet<>();
        for (PairKey lock : problem.lockedPairs()) {
            locked.add(lock.practitionerId());
            places[masterIndex.get(lock.masterId())]--;
        }
        for (Practitioner practitioner : problem.practitioners()) {
            if (locked.contains(practitioner.id())) {
                continue;
            }
            List<Long> choices = new ArrayList<>();
            for (int m = 0; m < problem.masters().size(); m++) {
                Master master = problem.masters().get(m);
                PairScore score = scorer.score(practitioner, master);
                if (score != null && scorer.exclusion(practitioner, master, score.total()) == null) {
                    choices.add((long) m);
                    choices.add(score.total());
                }
            }
            options.add(choices.stream().mapToLong(Long::longValue).toArray());
        }
    }

    /** The optimum over the free practitioners (locked pairs not counted). */
    static long freeOptimum(MatchingProblem problem) {
        BruteForce search = new BruteForce(problem);
        search.best = Long.MIN_VALUE;
        search.explore(0, 0);
        return search.best;
    }

    private void explore(int practitioner, long total) {
        if (practitioner == options.size()) {
            best = Math.max(best, total);
            return;
        }
        explore(practitioner + 1, total);
        long[] choices = options.get(practitioner);
        for (int i = 0; i < choices.length; i += 2) {
            int master = (int) choices[i];
            if (places[master] > 0) {
                places[master]--;
                explore(practitioner + 1, total + choices[i + 1]);
                places[master]++;
            }
        }
    }
}
