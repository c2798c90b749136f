package ru.masterskaya.matching.solver;

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
 * masters' places; the dual certificate is read from shortest-path distances in the residual graph
 * ({@link FlowAssignment}, {@link ResidualPotentials}). With a number of first candidates it does not build
 * the full graph but generates candidates and prices the rest ({@link ColumnGeneration}).
 */
public final class MatchingSolver {

    /** Where the pricing rounds report their sizes and times; silent unless a benchmark listens. */
    static volatile java.util.function.Consumer<String> trace = line -> {};

    private final int candidatesPerPractitioner;

    /** Solves on the full graph of allowed pairs. */
    public MatchingSolver() {
        this(0);
    }

    /** With a positive number, starts from about that many candidates per practitioner and prices the rest. */
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
        @org.jspecify.annotations.Nullable ColumnGeneration pricing;

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
            ResidualPotentials potentials;
            if (perPractitioner == 0) {
                generateCandidates();
                used = FlowAssignment.solve(edges, locked, remaining);
                potentials = new ResidualPotentials(edges, used, remaining, practitioners.size(),
                        ResidualPotentials.greatestScoreInto(edges, masters.size()));
            } else {
                ColumnGeneration generation = new ColumnGeneration(new ScoreTable(problem), edges, locked, remaining,
                        perPractitioner);
                pricing = generation;
                used = generation.solve();
                potentials = generation.potentials();
            }
            addPairs(used);
            Certificate certificate = certificate(used, potentials);
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

        private void addPairs(boolean[] used) {
            for (int e = 0; e < edges.size; e++) {
                if (used[e]) {
                    Practitioner practitioner = practitioners.get(edges.practitioner[e]);
                    pairs.add(scorer.score(practitioner, masters.get(edges.master[e]),
                            practitioner.needs().get(edges.need[e])));
                }
            }
        }

        private Certificate certificate(boolean[] used, ResidualPotentials potentials) {
            Map<UUID, Long> masterPotentials = new HashMap<>();
            Map<UUID, Integer> places = new HashMap<>();
            for (int m = 0; m < masters.size(); m++) {
                masterPotentials.put(masters.get(m).id(), potentials.master[m]);
                places.put(masters.get(m).id(), remaining[m]);
            }
            Map<UUID, Long> practitionerPotentials = new HashMap<>();
            for (int p = 0; p < practitioners.size(); p++) {
                if (!locked[p]) {
                    practitionerPotentials.put(practitioners.get(p).id(), potentials.practitioner[p]);
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
                ColumnGeneration generation = pricing;
                if (generation != null) {
                    int[] counts = generation.candidateCounts(p);
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
}
