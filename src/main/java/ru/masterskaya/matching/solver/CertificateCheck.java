package ru.masterskaya.matching.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a result against its problem without trusting the solver: the pairs are feasible and keep the
 * locks, and the certificate is a feasible dual (every allowed pair among the free practitioners, scored
 * afresh by enumerating all practitioner–master combinations, is covered) whose objective equals the
 * total of the free pairs. By weak duality no assignment can score more, so the result is optimal.
 */
public final class CertificateCheck {

    private static final int REPORTED = 20;

    private CertificateCheck() {}

    /** What is wrong with the result; empty when it is feasible and proven optimal. */
    public static List<String> violations(MatchingProblem problem, MatchingResult result) {
        return violations(problem, result, false);
    }

    /**
     * The same check for cohorts too large to enumerate every pair: dual feasibility is verified per
     * topic with the component bounds of {@link DualPricing}, scoring exactly only the pairs whose bound
     * the duals do not already reach. The primal checks are the same.
     */
    public static List<String> pricedViolations(MatchingProblem problem, MatchingResult result) {
        return violations(problem, result, true);
    }

    private static List<String> violations(MatchingProblem problem, MatchingResult result, boolean priced) {
        List<String> violations = new ArrayList<>();
        PairScorer scorer = new PairScorer(problem);
        Map<UUID, Practitioner> practitioners = new HashMap<>();
        problem.practitioners().forEach(practitioner -> practitioners.put(practitioner.id(), practitioner));
        Map<UUID, Master> masters = new HashMap<>();
        problem.masters().forEach(master -> masters.put(master.id(), master));

        Set<PairKey> keptLocks = new HashSet<>(problem.lockedPairs());
        keptLocks.removeAll(result.rejectedLocks().keySet());
        Set<PairKey> madeLocks = new HashSet<>();
        Set<UUID> seen = new HashSet<>();
        Map<UUID, Integer> load = new HashMap<>();
        Map<UUID, Integer> lockedLoad = new HashMap<>();
        Set<UUID> lockedPractitioners = new HashSet<>();
        long total = 0;
        long freeTotal = 0;
        for (PairScore pair : result.pairs()) {
            total += pair.total();
            Practitioner practitioner = practitioners.get(pair.practitionerId());
            Master master = masters.get(pair.masterId());
            if (practitioner == null || master == null) {
                violations.add("pair of unknown people " + pair.key());
                continue;
            }
            if (!seen.add(practitioner.id())) {
                violations.add("practitioner paired twice " + practitioner.id());
            }
            load.merge(master.id(), 1, Integer::sum);
            if (problem.forbiddenPairs().contains(pair.key())) {
                violations.add("forbidden pair made " + pair.key());
            }
            PairScore fresh = scorer.score(practitioner, master);
            if (fresh == null || fresh.total() != pair.total() || !fresh.topicId().equals(pair.topicId())) {
                violations.add("pair score differs from its definition " + pair.key());
            }
            if (pair.locked()) {
                if (!keptLocks.contains(pair.key())) {
                    violations.add("pair marked locked without a lock " + pair.key());
                }
                lockedLoad.merge(master.id(), 1, Integer::sum);
                madeLocks.add(pair.key());
                lockedPractitioners.add(practitioner.id());
            } else {
                freeTotal += pair.total();
                if (fresh != null && scorer.exclusion(practitioner, master, fresh.total()) != null) {
                    violations.add("pair excluded by the rules " + pair.key() + ": "
                            + scorer.exclusion(practitioner, master, fresh.total()));
                }
            }
        }
        for (PairKey lock : keptLocks) {
            if (!madeLocks.contains(lock)) {
                violations.add("locked pair missing " + lock);
            }
        }
        for (Master master : problem.masters()) {
            if (load.getOrDefault(master.id(), 0) > problem.rules().capacityOf(master)) {
                violations.add("master over capacity " + master.id());
            }
        }
        if (total != result.totalScore()) {
            violations.add("total score " + result.totalScore() + " is not the sum of the pairs " + total);
        }
        checkDual(problem, result.certificate(), scorer, lockedPractitioners, lockedLoad, freeTotal, violations, priced);
        return violations.size() > REPORTED ? violations.subList(0, REPORTED) : violations;
    }

    private static void checkDual(MatchingProblem problem, Certificate certificate, PairScorer scorer,
            Set<UUID> lockedPractitioners, Map<UUID, Integer> lockedLoad, long freeTotal, List<String> violations,
            boolean priced) {
        long dual = 0;
        Map<UUID, Long> masterPotential = new HashMap<>();
        for (Master master : problem.masters()) {
            Long potential = certificate.masterPotentials().get(master.id());
            int places = problem.rules().capacityOf(master) - lockedLoad.getOrDefault(master.id(), 0);
            if (potential == null || potential < 0) {
                violations.add("master potential missing or negative " + master.id());
                potential = 0L;
            }
            if (certificate.remainingCapacities().getOrDefault(master.id(), -1) != places) {
                violations.add("remaining places of master wrong " + master.id());
            }
            masterPotential.put(master.id(), potential);
            dual += potential * places;
        }
        List<Practitioner> practitioners = problem.practitioners();
        long[] u = new long[practitioners.size()];
        boolean[] skip = new boolean[practitioners.size()];
        for (int p = 0; p < practitioners.size(); p++) {
            Practitioner practitioner = practitioners.get(p);
            if (lockedPractitioners.contains(practitioner.id())) {
                skip[p] = true;
                continue;
            }
            Long potential = certificate.practitionerPotentials().get(practitioner.id());
            if (potential == null || potential < 0) {
                violations.add("practitioner potential missing or negative " + practitioner.id());
                potential = 0L;
            }
            dual += potential;
            u[p] = potential;
            if (priced) {
                continue;
            }
            for (Master master : problem.masters()) {
                PairScore score = scorer.score(practitioner, master);
                if (score != null && scorer.exclusion(practitioner, master, score.total()) == null
                        && potential + masterPotential.get(master.id()) < score.total()) {
                    violations.add("allowed pair not covered by the duals " + score.key());
                }
            }
        }
        if (priced) {
            long[] v = new long[problem.masters().size()];
            for (int m = 0; m < v.length; m++) {
                v[m] = masterPotential.get(problem.masters().get(m).id());
            }
            new DualPricing(problem, scorer).uncovered(u, v, skip, (p, m, score, need) -> {
                if (violations.size() <= REPORTED) {
                    violations.add("allowed pair not covered by the duals "
                            + new PairKey(practitioners.get(p).id(), problem.masters().get(m).id()));
                }
            });
        }
        if (certificate.objective() != freeTotal) {
            violations.add("certificate objective " + certificate.objective() + " is not the free pairs' total " + freeTotal);
        }
        if (dual != freeTotal) {
            violations.add("duality gap: dual " + dual + ", primal " + freeTotal);
        }
    }
}
