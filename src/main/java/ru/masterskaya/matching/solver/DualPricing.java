package ru.masterskaya.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finds allowed pairs that duals (u per practitioner, v per master) do not cover, u + v &lt; score, without
 * scoring every practitioner–master combination. Per topic the masters strong on it are kept sorted by
 * strength and cut into blocks; a block is skipped when u + (least v in the block) already reaches an
 * upper bound of any score in it, built from the components: the topic points at the block's greatest
 * strength, the greatest category points in the block, and the practitioner's best possible format,
 * municipality and coverage points. Only pairs in blocks that survive are scored exactly, by {@link PairScorer}.
 * This is the certificate check's own pricing ({@link CertificateCheck#pricedViolations}): the solver prices
 * with {@link PairSearch} over {@link ScoreTable}, so the check shares no pricing code with it.
 */
final class DualPricing {

    private static final int BLOCK = 32;

    /** Receives one allowed pair: indexes, its exact score and the index of its best need. */
    interface PairSink {
        void accept(int practitioner, int master, long score, int need);
    }

    private final List<Practitioner> practitioners;
    private final List<Master> masters;
    private final MatchingRules rules;
    private final PairScorer scorer;
    private final Map<UUID, TopicList> byTopic = new HashMap<>();
    private final long[] categoryPoints;
    private final int[] stamp;
    private int visit;

    DualPricing(MatchingProblem problem, PairScorer scorer) {
        this.practitioners = problem.practitioners();
        this.masters = problem.masters();
        this.rules = problem.rules();
        this.scorer = scorer;
        this.categoryPoints = new long[masters.size()];
        this.stamp = new int[masters.size()];
        Arrays.fill(stamp, -1);
        Map<UUID, List<int[]>> strong = new HashMap<>();
        for (int m = 0; m < masters.size(); m++) {
            categoryPoints[m] = Math.max(0, rules.categoryWeight() * masters.get(m).category());
            for (Map.Entry<UUID, Integer> strength : masters.get(m).strengths().entrySet()) {
                if (strength.getValue() >= rules.masterStrengthFrom()) {
                    strong.computeIfAbsent(strength.getKey(), topic -> new ArrayList<>())
                            .add(new int[] {m, strength.getValue()});
                }
            }
        }
        strong.forEach((topic, list) -> {
            list.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
            byTopic.put(topic, new TopicList(list, categoryPoints));
        });
    }

    /** The masters strong on a topic, strongest first, with per-block bounds. */
    private static final class TopicList {
        final int[] master;
        final int[] strength;
        final long[] blockCategory;
        final long[] blockMinV;

        TopicList(List<int[]> sorted, long[] categoryPoints) {
            master = new int[sorted.size()];
            strength = new int[sorted.size()];
            int blocks = (sorted.size() + BLOCK - 1) / BLOCK;
            blockCategory = new long[blocks];
            blockMinV = new long[blocks];
            for (int i = 0; i < sorted.size(); i++) {
                master[i] = sorted.get(i)[0];
                strength[i] = sorted.get(i)[1];
                blockCategory[i / BLOCK] = Math.max(blockCategory[i / BLOCK], categoryPoints[master[i]]);
            }
        }

        void refresh(long[] v) {
            Arrays.fill(blockMinV, Long.MAX_VALUE);
            for (int i = 0; i < master.length; i++) {
                blockMinV[i / BLOCK] = Math.min(blockMinV[i / BLOCK], v[master[i]]);
            }
        }
    }

    /** The greatest points a pair of this practitioner can get outside the topic points, whoever the master. */
    private long pairBound(Practitioner practitioner) {
        long bound = 0;
        if (practitioner.preferredFormat() != null) {
            bound += Math.max(0, Math.max(rules.formatBonus(), -rules.formatPenalty()));
        }
        bound += Math.max(0, rules.sameMunicipalityBonus());
        bound += Math.max(0, rules.coverageBonus().getOrDefault(practitioner.organisationType(), 0L));
        bound += Math.max(0, -rules.sameOrganisationPenalty());
        return bound;
    }

    private long topicBound(Practitioner practitioner, Need need, int strength) {
        return scorer.topicPoints(practitioner, need, strength);
    }

    /**
     * Every allowed pair (p, m) of a practitioner not skipped with u[p] + v[m] &lt; score, each pair once per
     * practitioner, in no fixed order. With u and v set to {@code Long.MIN_VALUE / 4} nothing is pruned.
     */
    void uncovered(long[] u, long[] v, boolean[] skip, PairSink sink) {
        refresh(v);
        for (int p = 0; p < practitioners.size(); p++) {
            if (!skip[p]) {
                uncoveredOf(p, u[p], v, sink);
            }
        }
    }

    private void refresh(long[] v) {
        for (TopicList list : byTopic.values()) {
            list.refresh(v);
        }
    }

    /** The uncovered allowed pairs of one practitioner. */
    private void uncoveredOf(int p, long up, long[] v, PairSink sink) {
        Practitioner practitioner = practitioners.get(p);
        int mark = ++visit;
        long pairBound = pairBound(practitioner);
        List<Need> needs = practitioner.needs();
        for (int n = 0; n < needs.size(); n++) {
            Need need = needs.get(n);
            TopicList list = need.level().isNeed() ? byTopic.get(need.topicId()) : null;
            if (list == null) {
                continue;
            }
            for (int b = 0; b < list.blockMinV.length; b++) {
                int first = b * BLOCK;
                int last = Math.min(list.master.length, first + BLOCK) - 1;
                long strongest = Math.max(topicBound(practitioner, need, list.strength[first]),
                        topicBound(practitioner, need, list.strength[last]));
                long bound = strongest + pairBound + list.blockCategory[b];
                if (up + list.blockMinV[b] >= bound) {
                    continue;
                }
                for (int i = first; i <= last; i++) {
                    int m = list.master[i];
                    if (stamp[m] == mark) {
                        continue;
                    }
                    long masterBound = topicBound(practitioner, need, list.strength[i]) + pairBound + categoryPoints[m];
                    if (up + v[m] >= masterBound) {
                        continue;
                    }
                    stamp[m] = mark;
                    price(p, practitioner, m, up + v[m], sink);
                }
            }
        }
    }

    private void price(int p, Practitioner practitioner, int m, long covered, PairSink sink) {
        Master master = masters.get(m);
        if (!master.serves(practitioner)) {
            return;
        }
        List<Need> needs = practitioner.needs();
        int best = -1;
        long bestPoints = Long.MIN_VALUE;
        for (int n = 0; n < needs.size(); n++) {
            Need need = needs.get(n);
            if (scorer.strongOn(master, need)) {
                long points = scorer.topicPoints(practitioner, need, master.strengthOn(need.topicId()));
                if (points > bestPoints) {
                    best = n;
                    bestPoints = points;
                }
            }
        }
        long score = bestPoints + scorer.pairPoints(practitioner, master);
        if (score > covered && scorer.exclusion(practitioner, master, score) == null) {
            sink.accept(p, m, score, best);
        }
    }
}
