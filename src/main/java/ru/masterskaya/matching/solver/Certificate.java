package ru.masterskaya.matching.solver;

import java.util.Map;
import java.util.UUID;

/**
 * A dual solution that proves the assignment optimal, on the problem left after the locked pairs are
 * fixed: a potential per free practitioner and per master, and the masters' remaining places, such that
 * every allowed pair is covered (u + v ≥ score) and Σu + Σ places·v equals the objective of the free
 * pairs. The LP of bipartite b-matching is totally unimodular, so this integer bound is tight.
 */
public record Certificate(
        Map<UUID, Long> practitionerPotentials,
        Map<UUID, Long> masterPotentials,
        Map<UUID, Integer> remainingCapacities,
        long objective) {

    public Certificate {
        practitionerPotentials = Map.copyOf(practitionerPotentials);
        masterPotentials = Map.copyOf(masterPotentials);
        remainingCapacities = Map.copyOf(remainingCapacities);
    }

    /** The dual objective: Σu + Σ places·v. */
    public long dualObjective() {
        long sum = 0;
        for (long potential : practitionerPotentials.values()) {
            sum += potential;
        }
        for (Map.Entry<UUID, Long> entry : masterPotentials.entrySet()) {
            sum += entry.getValue() * remainingCapacities.getOrDefault(entry.getKey(), 0);
        }
        return sum;
    }
}
