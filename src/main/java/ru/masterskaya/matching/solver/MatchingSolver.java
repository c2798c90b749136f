package ru.masterskaya.matching.solver;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Exact maximum-weight b-matching of practitioners to masters with OR-Tools min-cost flow: each
 * practitioner flows to at most one master or through a bypass to the sink, each master passes at most
 * its remaining places, arc costs are minus the pair scores. Locked pairs are fixed first and take their
 * masters' places; the dual certificate is read from shortest-path distances in the residual graph.
 */
public final class MatchingSolver {

    private static final long UNREACHED = Long.MAX_VALUE / 4;

    static {
        Loader.loadNativeLibraries();
    }

    /** Where the pricing rounds report their sizes and times; silent unless a benchmark listens. */
    static volatile java.util.function.Consumer<String> trace = line -> {};

    private final int candidatesPerPractitioner;

    /** Solves on the full graph of allowed pairs. */
    public MatchingSolver() {
        this(0);
    }

    /** With a positive number, starts from that many candidates per practitioner and prices the rest. */
    MatchingSolver(int candidatesPerPractitioner) {
        this.candidatesPerPractitioner = candidatesPerPractitioner;
    }

    public MatchingResult solve(MatchingProblem problem) {
        return new Run(problem, candidatesPerPractitioner).solve();
    }

    private static final class Run {
        final MatchingProblem problem;
        final PairScorer scorer;
        final List<Practitioner> practitioners;
        final List<Master> masters;
        final int[] remaining;
        final boolean[] locked;
        final List<PairScore> pairs = new ArrayList<>();
        final Map<PairKey, LockRejection> rejectedLocks = new LinkedHashMap<>();
        final CandidateEdges edges = new CandidateEdges();
        final int[] candidates;
        final int[] prohibited;
        final int[] allowed;
        final int perPractitioner;
        long[] practitionerPotential;
        long[] masterPotential;
        @org.jspecify.annotations.Nullable DualPricing pricing;
        int pricingRounds;

        Run(MatchingProblem problem, int perPractitioner) {
            this.problem = problem;
            this.perPractitioner = perPractitioner;
            this.scorer = new PairScorer(problem);
            this.practitioners = problem.practitioners();
            this.masters = problem.masters();
            this.remaining = new int[masters.size()];
            for (int m = 0; m < masters.size(); m++) {
                remaining[m] = problem.rules().capacityOf(masters.get(m));
            }
            this.locked = new boolean[practitioners.size()];
            this.candidates = new int[practitioners.size()];
            this.prohibited = new int[practitioners.size()];
            this.allowed = new int[practitioners.size()];
        }

        MatchingResult solve() {
            fixLocks();
            boolean[] used;
            if (perPractitioner == 0) {
                generateCandidates();
                used = assign();
                potentials(used);
            } else {
                used = priceAndSolve();
            }
            addPairs(used);
            Certificate certificate = certificate(used);
            Map<UUID, UnmatchedReason> unmatched = unmatched(used);
            long total = 0;
            for (PairScore pair : pairs) {
                total += pair.total();
            }
            List<GroupProposal> proposals = new GroupProposals(problem).propose(pairs, unmatched.keySet());
            return new MatchingResult(pairs, total, unmatched, rejectedLocks, proposals, certificate, edges.size);
        }

        private void fixLocks() {
            Map<UUID, Integer> practitionerIndex = index(practitioners.stream().map(Practitioner::id).toList());
            Map<UUID, Integer> masterIndex = index(masters.stream().map(Master::id).toList());
            List<PairKey> locks = problem.lockedPairs().stream()
                    .sorted(Comparator.comparing(PairKey::practitionerId).thenComparing(PairKey::masterId))
                    .toList();
            for (PairKey lock : locks) {
                Integer p = practitionerIndex.get(lock.practitionerId());
                Integer m = masterIndex.get(lock.masterId());
                if (p == null || m == null) {
                    rejectedLocks.put(lock, LockRejection.UNKNOWN_PERSON);
                    continue;
                }
                PairScore score = scorer.score(practitioners.get(p), masters.get(m));
                if (score == null) {
                    rejectedLocks.put(lock, LockRejection.NOT_A_CANDIDATE);
                } else if (problem.forbiddenPairs().contains(lock)) {
                    rejectedLocks.put(lock, LockRejection.FORBIDDEN);
                } else if (locked[p]) {
                    rejectedLocks.put(lock, LockRejection.PRACTITIONER_ALREADY_LOCKED);
                } else if (remaining[m] == 0) {
                    rejectedLocks.put(lock, LockRejection.MASTER_FULL);
                } else {
                    locked[p] = true;
                    remaining[m]--;
                    pairs.add(score.asLocked());
                }
            }
        }

        private void generateCandidates() {
            int threshold = problem.rules().masterStrengthFrom();
            Map<UUID, List<int[]>> strongByTopic = new HashMap<>();
            for (int m = 0; m < masters.size(); m++) {
                for (Map.Entry<UUID, Integer> strength : masters.get(m).strengths().entrySet()) {
                    if (strength.getValue() >= threshold) {
                        strongByTopic.computeIfAbsent(strength.getKey(), topic -> new ArrayList<>())
                                .add(new int[] {m, strength.getValue()});
                    }
                }
            }
            int[] stamp = new int[masters.size()];
            Arrays.fill(stamp, -1);
            long[] bestPoints = new long[masters.size()];
            int[] bestNeed = new int[masters.size()];
            int[] touched = new int[masters.size()];
            for (int p = 0; p < practitioners.size(); p++) {
                if (locked[p]) {
                    continue;
                }
                Practitioner practitioner = practitioners.get(p);
                int touchedCount = 0;
                List<Need> needs = practitioner.needs();
                for (int n = 0; n < needs.size(); n++) {
                    Need need = needs.get(n);
                    List<int[]> strong = need.level().isNeed() ? strongByTopic.get(need.topicId()) : null;
                    if (strong == null) {
                        continue;
                    }
                    for (int[] masterStrength : strong) {
                        int m = masterStrength[0];
                        if (!masters.get(m).serves(practitioner)) {
                            continue;
                        }
                        long points = scorer.topicPoints(practitioner, need, masterStrength[1]);
                        if (stamp[m] != p) {
                            stamp[m] = p;
                            bestPoints[m] = points;
                            bestNeed[m] = n;
                            touched[touchedCount++] = m;
                        } else if (points > bestPoints[m]) {
                            bestPoints[m] = points;
                            bestNeed[m] = n;
                        }
                    }
                }
                for (int i = 0; i < touchedCount; i++) {
                    int m = touched[i];
                    Master master = masters.get(m);
                    long total = bestPoints[m] + scorer.pairPoints(practitioner, master);
                    Exclusion exclusion = scorer.exclusion(practitioner, master, total);
                    candidates[p]++;
                    if (exclusion == null) {
                        allowed[p]++;
                        edges.add(p, m, total, bestNeed[m]);
                    } else if (exclusion.isProhibition()) {
                        prohibited[p]++;
                    }
                }
            }
        }

        /** Solves the flow; returns which candidate edges carry a pair, and adds those pairs. */
        private boolean[] assign() {
            int practitionerCount = practitioners.size();
            int sink = practitionerCount + masters.size();
            MinCostFlow flow = new MinCostFlow(sink + 1, edges.size + practitionerCount + masters.size());
            try {
                for (int e = 0; e < edges.size; e++) {
                    flow.addArcWithCapacityAndUnitCost(edges.practitioner[e], practitionerCount + edges.master[e], 1,
                            -edges.score[e]);
                }
                int free = 0;
                for (int p = 0; p < practitionerCount; p++) {
                    if (!locked[p]) {
                        // capacity 2 keeps the bypass in the residual graph, so every practitioner reaches the sink
                        flow.addArcWithCapacityAndUnitCost(p, sink, 2, 0);
                        flow.setNodeSupply(p, 1);
                        free++;
                    }
                }
                for (int m = 0; m < masters.size(); m++) {
                    flow.addArcWithCapacityAndUnitCost(practitionerCount + m, sink, remaining[m], 0);
                }
                flow.setNodeSupply(sink, -free);
                MinCostFlowBase.Status status = flow.solve();
                if (status != MinCostFlowBase.Status.OPTIMAL) {
                    throw new IllegalStateException("min-cost flow ended with " + status);
                }
                boolean[] used = new boolean[edges.size];
                for (int e = 0; e < edges.size; e++) {
                    used[e] = flow.getFlow(e) > 0;
                }
                return used;
            } finally {
                flow.delete();
            }
        }

        private void addPairs(boolean[] used) {
            for (int e = 0; e < edges.size; e++) {
                if (used[e]) {
                    Practitioner practitioner = practitioners.get(edges.practitioner[e]);
                    pairs.add(scorer.score(practitioner, masters.get(edges.master[e]),
                            practitioner.needs().get(edges.need[e])));
                }
            }
        }

        /**
         * Column generation: solve on a few candidates per practitioner, read the duals, add the allowed
         * pairs they leave uncovered (the most uncovered few per practitioner), and repeat until the duals
         * cover every allowed pair; then the optimum on the candidates is the optimum on the full graph.
         */
        private boolean[] priceAndSolve() {
            DualPricing dualPricing = new DualPricing(problem, scorer);
            this.pricing = dualPricing;
            Buffer buffer = new Buffer();
            for (int p = 0; p < practitioners.size(); p++) {
                if (!locked[p]) {
                    buffer.clear();
                    dualPricing.firstGuess(p, perPractitioner, buffer::accept);
                    buffer.keepBest(perPractitioner, edges);
                }
            }
            while (true) {
                long start = System.nanoTime();
                boolean[] used = assign();
                long solved = System.nanoTime();
                potentials(used);
                long dual = System.nanoTime();
                dualPricing.refresh(masterPotential);
                int before = edges.size;
                for (int p = 0; p < practitioners.size(); p++) {
                    if (!locked[p]) {
                        buffer.clear();
                        long up = practitionerPotential[p];
                        dualPricing.uncoveredOf(p, up, masterPotential, Integer.MAX_VALUE, (pp, m, score, need) ->
                                buffer.add(pp, m, score - up - masterPotential[m], score, need));
                        buffer.keepBest(perPractitioner, edges);
                    }
                }
                pricingRounds++;
                trace.accept("round %d: %,d edges, flow %,d ms, duals %,d ms, pricing %,d ms, added %,d".formatted(
                        pricingRounds, before, (solved - start) / 1_000_000, (dual - solved) / 1_000_000,
                        (System.nanoTime() - dual) / 1_000_000, edges.size - before));
                if (edges.size == before) {
                    return used;
                }
            }
        }

        /**
         * Distances to the sink in the residual graph (Bellman–Ford by rounds; no negative cycle at an
         * optimum) give each master's potential v = distance; a matched practitioner gets u = score − v,
         * an unmatched one 0. Complementary slackness makes the dual objective equal the primal.
         */
        private void potentials(boolean[] used) {
            int practitionerCount = practitioners.size();
            int masterCount = masters.size();
            int[] load = new int[masterCount];
            int[] matchedEdge = new int[practitionerCount];
            Arrays.fill(matchedEdge, -1);
            for (int e = 0; e < edges.size; e++) {
                if (used[e]) {
                    load[edges.master[e]]++;
                    matchedEdge[edges.practitioner[e]] = e;
                }
            }
            long[] toSinkFromPractitioner = new long[practitionerCount];
            long[] toSinkFromMaster = new long[masterCount];
            for (int m = 0; m < masterCount; m++) {
                toSinkFromMaster[m] = load[m] < remaining[m] ? 0 : UNREACHED;
            }
            // queue-based Bellman–Ford (SPFA): only nodes whose distance fell are scanned again
            int[] firstUnused = new int[masterCount + 1];
            for (int e = 0; e < edges.size; e++) {
                if (!used[e]) {
                    firstUnused[edges.master[e] + 1]++;
                }
            }
            for (int m = 0; m < masterCount; m++) {
                firstUnused[m + 1] += firstUnused[m];
            }
            int[] unusedInto = new int[firstUnused[masterCount]];
            int[] fill = Arrays.copyOf(firstUnused, masterCount);
            for (int e = 0; e < edges.size; e++) {
                if (!used[e]) {
                    unusedInto[fill[edges.master[e]]++] = e;
                }
            }
            for (int p = 0; p < practitionerCount; p++) {
                int matched = matchedEdge[p];
                if (matched >= 0) {
                    int m = edges.master[matched];
                    toSinkFromMaster[m] = Math.min(toSinkFromMaster[m], edges.score[matched]);
                }
            }
            int[] queue = new int[masterCount + 1];
            boolean[] queued = new boolean[masterCount];
            int head = 0;
            int tail = 0;
            for (int m = 0; m < masterCount; m++) {
                if (toSinkFromMaster[m] < UNREACHED) {
                    queue[tail++] = m;
                    queued[m] = true;
                }
            }
            long scans = 0;
            long limit = (long) (practitionerCount + masterCount + 2) * (masterCount + 1);
            while (head != tail) {
                int m = queue[head];
                head = head == masterCount ? 0 : head + 1;
                queued[m] = false;
                if (++scans > limit) {
                    throw new IllegalStateException("negative cycle in the residual graph: the flow is not optimal");
                }
                for (int i = firstUnused[m]; i < firstUnused[m + 1]; i++) {
                    int e = unusedInto[i];
                    int p = edges.practitioner[e];
                    long distance = toSinkFromMaster[m] - edges.score[e];
                    if (distance < toSinkFromPractitioner[p]) {
                        toSinkFromPractitioner[p] = distance;
                        int matched = matchedEdge[p];
                        if (matched >= 0) {
                            int next = edges.master[matched];
                            long viaPractitioner = edges.score[matched] + distance;
                            if (viaPractitioner < toSinkFromMaster[next]) {
                                toSinkFromMaster[next] = viaPractitioner;
                                if (!queued[next]) {
                                    queued[next] = true;
                                    queue[tail] = next;
                                    tail = tail == masterCount ? 0 : tail + 1;
                                }
                            }
                        }
                    }
                }
            }
            long[] maxScoreInto = new long[masterCount];
            for (int e = 0; e < edges.size; e++) {
                maxScoreInto[edges.master[e]] = Math.max(maxScoreInto[edges.master[e]], edges.score[e]);
            }
            long[] potentialOfMaster = new long[masterCount];
            for (int m = 0; m < masterCount; m++) {
                // a master without places left can take any potential at no cost: make it cover every pair
                potentialOfMaster[m] = remaining[m] == 0 ? maxScoreInto[m] : toSinkFromMaster[m];
            }
            long[] potentialOfPractitioner = new long[practitionerCount];
            for (int p = 0; p < practitionerCount; p++) {
                int e = matchedEdge[p];
                potentialOfPractitioner[p] = e < 0 ? 0 : edges.score[e] - potentialOfMaster[edges.master[e]];
            }
            this.masterPotential = potentialOfMaster;
            this.practitionerPotential = potentialOfPractitioner;
        }

        private Certificate certificate(boolean[] used) {
            Map<UUID, Long> masterPotentials = new HashMap<>();
            Map<UUID, Integer> places = new HashMap<>();
            for (int m = 0; m < masters.size(); m++) {
                masterPotentials.put(masters.get(m).id(), masterPotential[m]);
                places.put(masters.get(m).id(), remaining[m]);
            }
            Map<UUID, Long> practitionerPotentials = new HashMap<>();
            for (int p = 0; p < practitioners.size(); p++) {
                if (!locked[p]) {
                    practitionerPotentials.put(practitioners.get(p).id(), practitionerPotential[p]);
                }
            }
            long objective = 0;
            for (int e = 0; e < edges.size; e++) {
                if (used[e]) {
                    objective += edges.score[e];
                }
            }
            return new Certificate(practitionerPotentials, masterPotentials, places, objective);
        }

        private Map<UUID, UnmatchedReason> unmatched(boolean[] used) {
            boolean[] matched = locked.clone();
            for (int e = 0; e < edges.size; e++) {
                if (used[e]) {
                    matched[edges.practitioner[e]] = true;
                }
            }
            Map<UUID, UnmatchedReason> reasons = new LinkedHashMap<>();
            for (int p = 0; p < practitioners.size(); p++) {
                if (matched[p]) {
                    continue;
                }
                if (pricing != null) {
                    int[] counts = pricing.candidateCounts(p);
                    candidates[p] = counts[0];
                    allowed[p] = counts[1];
                    prohibited[p] = counts[2];
                }
                UnmatchedReason reason;
                if (candidates[p] == 0) {
                    reason = UnmatchedReason.NO_MASTER_ON_TOPIC;
                } else if (allowed[p] > 0) {
                    reason = UnmatchedReason.CAPACITY_EXHAUSTED;
                } else if (prohibited[p] == candidates[p]) {
                    reason = UnmatchedReason.ALL_CANDIDATES_FORBIDDEN;
                } else {
                    reason = UnmatchedReason.ALL_CANDIDATES_BELOW_MINIMUM;
                }
                reasons.put(practitioners.get(p).id(), reason);
            }
            return reasons;
        }

        private static Map<UUID, Integer> index(List<UUID> ids) {
            Map<UUID, Integer> index = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                index.putIfAbsent(ids.get(i), i);
            }
            return index;
        }
    }

    /** One practitioner's found pairs, of which the best few by a key become candidate edges. */
    private static final class Buffer {
        int size;
        int[] master = new int[64];
        long[] key = new long[64];
        long[] score = new long[64];
        int[] need = new int[64];
        int practitioner;

        void clear() {
            size = 0;
        }

        void add(int p, int m, long sortKey, long points, int needIndex) {
            if (size == master.length) {
                master = Arrays.copyOf(master, size * 2);
                key = Arrays.copyOf(key, size * 2);
                score = Arrays.copyOf(score, size * 2);
                need = Arrays.copyOf(need, size * 2);
            }
            practitioner = p;
            master[size] = m;
            key[size] = sortKey;
            score[size] = points;
            need[size] = needIndex;
            size++;
        }

        void accept(int p, int m, long points, int needIndex) {
            add(p, m, points, points, needIndex);
        }

        void keepBest(int count, CandidateEdges edges) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            if (size > count) {
                Arrays.sort(order, (a, b) -> a.equals(b) ? 0
                        : key[a] != key[b] ? Long.compare(key[b], key[a]) : Integer.compare(master[a], master[b]));
            }
            for (int i = 0; i < Math.min(count, size); i++) {
                edges.add(practitioner, master[order[i]], score[order[i]], need[order[i]]);
            }
        }
    }
}
