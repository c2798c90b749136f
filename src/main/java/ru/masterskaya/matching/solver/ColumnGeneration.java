package ru.masterskaya.matching.solver;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Column generation for cohorts too large to score every pair.
 *
 * <ol>
 * <li>Seed: practitioners in order of the best points they could reach take their few best masters, but a
 * master stops taking candidates at {@link #SEED_SPREAD} times its places, so later practitioners spread over
 * all masters of their topics instead of crowding the strongest.</li>
 * <li>Auction rounds: an ε-auction on the candidates ({@link AuctionDuals}, milliseconds once warm) gives
 * near-optimal duals; every pair left out is priced against them ({@link PairSearch}) and the few most
 * uncovered per practitioner are offered, pairs within {@link #SLACK} of being uncovered too, so the next
 * duals find fewer surprises. Each master admits the most uncovered {@link #ROUND_SPREAD} times its places,
 * so the uncovered pairs of thousands of unmatched practitioners do not flood the same masters. When few
 * pairs are uncovered, candidates the duals cover by more than {@link #PURGE} are dropped.</li>
 * <li>Exact rounds: OR-Tools solves the candidates exactly ({@link FlowAssignment}), the duals are read from
 * the residual graph ({@link ResidualPotentials}) and every pair left out is priced against them; uncovered
 * pairs are admitted in the same way (candidates only grow now, so the rounds end) until none is left.
 * Then the duals cover every allowed pair and prove the candidates' optimum optimal on the full graph.</li>
 * </ol>
 * Pricing runs in two threads, each on half of the practitioners, from {@link #PARALLEL_FROM} practitioners.
 */
final class ColumnGeneration {

    /** A master takes first candidates up to this many times its places. */
    static final int SEED_SPREAD = 6;
    /** A master admits up to this many times its places of new candidates per pricing round. */
    static final int ROUND_SPREAD = 8;
    /** Pairs offered per practitioner and round, as a multiple of the first candidates per practitioner. */
    static final int OFFERS_PER_CANDIDATE = 3;
    /** Pairs covered by less than this (3 points) are offered as well, after the uncovered ones. */
    static final long SLACK = 3_00;
    /** Before the exact rounds, candidates covered by more than this (6 points) are dropped. */
    static final long PURGE = 6_00;
    /** The most auction rounds; they stop earlier once at most one practitioner in a thousand has an uncovered pair. */
    static final int AUCTION_ROUNDS = 4;
    /** The auction's ε: half a point. */
    static final long EPSILON = 50;
    /** From this many practitioners, pricing runs in two threads, each on half of them. */
    static final int PARALLEL_FROM = 20_000;

    private final ScoreTable table;
    private final PairSearch search;
    /** A second search for a second pricing thread, on cohorts large enough to gain from one. */
    private final @Nullable PairSearch secondSearch;
    private final Offers secondOffers = new Offers();
    private final CandidateEdges edges;
    private final boolean[] locked;
    private final int[] remaining;
    private final int firstCandidates;
    private final Offers offers = new Offers();
    private @Nullable ResidualPotentials potentials;

    ColumnGeneration(ScoreTable table, CandidateEdges edges, boolean[] locked, int[] remaining, int firstCandidates) {
        this.table = table;
        this.search = new PairSearch(table);
        this.secondSearch = table.practitionerCount >= PARALLEL_FROM ? new PairSearch(search) : null;
        this.edges = edges;
        this.locked = locked;
        this.remaining = remaining;
        this.firstCandidates = firstCandidates;
    }

    /** Which candidate edges carry a pair in the optimum; {@link #potentials()} then hold its certificate. */
    boolean[] solve() {
        long[] whenFull = scoreBounds();
        seed();
        auctionRounds(whenFull);
        for (int round = 1; ; round++) {
            long start = System.nanoTime();
            boolean[] used = FlowAssignment.solve(edges, locked, remaining);
            long solved = System.nanoTime();
            ResidualPotentials duals = new ResidualPotentials(edges, used, remaining, locked.length, whenFull);
            potentials = duals;
            int uncovered = price(duals.practitioner, duals.master);
            int before = edges.size;
            if (uncovered > 0) {
                admit();
            }
            MatchingSolver.trace.accept("exact round %d: %,d candidates, flow %,d ms, duals and pricing %,d ms, %,d uncovered, %,d added"
                    .formatted(round, before, millis(start, solved), millis(solved, System.nanoTime()), uncovered,
                            edges.size - before));
            if (uncovered == 0) {
                return used;
            }
        }
    }

    private void auctionRounds(long[] whenFull) {
        AuctionDuals auction = new AuctionDuals(locked.length, remaining, EPSILON);
        int enough = locked.length / 1000;
        for (int round = 1; round <= AUCTION_ROUNDS; round++) {
            long start = System.nanoTime();
            auction.run(edges, locked);
            long[] v = auction.masterPotentials();
            for (int m = 0; m < v.length; m++) {
                v[m] = remaining[m] == 0 ? whenFull[m] : v[m];
            }
            long[] u = new long[locked.length];
            for (int e = 0; e < edges.size; e++) {
                int p = edges.practitioner[e];
                u[p] = Math.max(u[p], edges.score[e] - v[edges.master[e]]);
            }
            long auctioned = System.nanoTime();
            int uncovered = price(u, v);
            int before = edges.size;
            boolean last = round == AUCTION_ROUNDS || uncovered <= enough;
            if (last) {
                purge(u, v, auction);
            }
            int purged = before - edges.size;
            admit();
            MatchingSolver.trace.accept(("auction round %d: %,d candidates, auction %,d ms, pricing %,d ms, %,d uncovered,"
                    + " %,d dropped, %,d added").formatted(round, before, millis(start, auctioned),
                    millis(auctioned, System.nanoTime()), uncovered, purged, edges.size - before + purged));
            if (last) {
                return;
            }
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * Collects each practitioner's few pairs outside the candidates with the greatest score − u − v above
     * −{@link #SLACK}; returns how many of them the duals leave uncovered (above 0).
     */
    private int price(long[] u, long[] v) {
        int[] known = edges.mastersByPractitioner(locked.length);
        PairSearch second = secondSearch;
        if (second == null) {
            price(search, u, v, known, 0, locked.length, offers);
        } else {
            int half = locked.length / 2;
            Thread helper = Thread.ofPlatform().start(() -> price(second, u, v, known, half, locked.length, secondOffers));
            price(search, u, v, known, 0, half, offers);
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pricing", e);
            }
            offers.addAll(secondOffers);
        }
        int uncovered = 0;
        for (int i = 0; i < offers.size; i++) {
            uncovered += offers.key[i] > 0 ? 1 : 0;
        }
        return uncovered;
    }

    private void price(PairSearch pairSearch, long[] u, long[] v, int[] known, int from, int to, Offers found) {
        pairSearch.refresh(v);
        found.clear();
        int[] knownStart = edges.practitionerStart;
        int count = OFFERS_PER_CANDIDATE * firstCandidates;
        for (int p = from; p < to; p++) {
            if (!locked[p]) {
                int practitioner = p;
                pairSearch.best(p, u[p], v, count, -SLACK, known, knownStart[p], knownStart[p + 1],
                        (m, key, score, need) -> found.add(practitioner, m, key, score, need));
            }
        }
    }

    /** The duals of the last solve, which prove it optimal once {@link #solve} has returned. */
    ResidualPotentials potentials() {
        ResidualPotentials duals = potentials;
        if (duals == null) {
            throw new IllegalStateException("not solved yet");
        }
        return duals;
    }

    int[] candidateCounts(int p) {
        return search.candidateCounts(p);
    }

    private void seed() {
        long start = System.nanoTime();
        int[] capacity = new int[remaining.length];
        int[] taken = new int[remaining.length];
        for (int m = 0; m < remaining.length; m++) {
            capacity[m] = SEED_SPREAD * remaining[m];
            if (capacity[m] == 0) {
                search.close(m);
            }
        }
        long[] reach = new long[locked.length];
        for (int p = 0; p < locked.length; p++) {
            reach[p] = search.bestReach(p);
        }
        int[] order = IntStream.range(0, locked.length).filter(p -> !locked[p]).boxed()
                .sorted(Comparator.comparingLong((Integer p) -> reach[p]).reversed().thenComparing(p -> p))
                .mapToInt(Integer::intValue).toArray();
        for (int p : order) {
            search.best(p, 0, null, firstCandidates, Long.MIN_VALUE / 4, (m, key, score, need) -> {
                edges.add(p, m, score, table.needIndex[need]);
                if (++taken[m] >= capacity[m]) {
                    search.close(m);
                }
            });
        }
        search.reopen();
        MatchingSolver.trace.accept("seed: %,d candidates in %,d ms".formatted(edges.size, millis(start, System.nanoTime())));
    }

    /**
     * Drops the candidates the duals cover by more than {@link #PURGE}: they only slow the flow, and pricing
     * finds them again should the exact duals leave them uncovered. A master with a place nobody holds in the
     * auction keeps all its candidates, or it might be left without any.
     */
    private void purge(long[] u, long[] v, AuctionDuals auction) {
        boolean[] keep = new boolean[edges.size];
        boolean[] free = new boolean[remaining.length];
        for (int m = 0; m < remaining.length; m++) {
            free[m] = auction.hasFreePlace(m);
        }
        for (int e = 0; e < edges.size; e++) {
            keep[e] = free[edges.master[e]] || edges.score[e] - u[edges.practitioner[e]] - v[edges.master[e]] >= -PURGE;
        }
        edges.retain(keep);
    }

    /** Per master, the most uncovered of the offered pairs, up to {@link #ROUND_SPREAD} times its places. */
    private void admit() {
        int masterCount = remaining.length;
        int[] start = new int[masterCount + 1];
        for (int i = 0; i < offers.size; i++) {
            start[offers.master[i] + 1]++;
        }
        for (int m = 0; m < masterCount; m++) {
            start[m + 1] += start[m];
        }
        int[] byMaster = new int[offers.size];
        int[] fill = Arrays.copyOf(start, masterCount);
        for (int i = 0; i < offers.size; i++) {
            byMaster[fill[offers.master[i]]++] = i;
        }
        for (int m = 0; m < masterCount; m++) {
            int count = start[m + 1] - start[m];
            int admitted = Math.max(1, ROUND_SPREAD * remaining[m]);
            long threshold = Long.MIN_VALUE;
            if (count > admitted) {
                long[] keys = new long[count];
                for (int i = 0; i < count; i++) {
                    keys[i] = offers.key[byMaster[start[m] + i]];
                }
                Arrays.sort(keys);
                threshold = keys[count - admitted];
            }
            int added = 0;
            for (int i = start[m]; i < start[m + 1] && added < admitted; i++) {
                int o = byMaster[i];
                if (offers.key[o] > threshold) {
                    edges.add(offers.practitioner[o], m, offers.score[o], table.needIndex[offers.need[o]]);
                    added++;
                }
            }
            for (int i = start[m]; i < start[m + 1] && added < admitted; i++) {
                int o = byMaster[i];
                if (offers.key[o] == threshold) {
                    edges.add(offers.practitioner[o], m, offers.score[o], table.needIndex[offers.need[o]]);
                    added++;
                }
            }
        }
    }

    /** A potential for each master without places left: the greatest score any pair with it could have. */
    private long[] scoreBounds() {
        long[] bounds = new long[remaining.length];
        long[] bestNeedPoints = table.bestNeedPointsOnTopic();
        long bestOther = table.bestOtherPoints();
        for (int m = 0; m < remaining.length; m++) {
            if (remaining[m] == 0) {
                bounds[m] = table.scoreBoundOfMaster(m, bestNeedPoints, bestOther);
            }
        }
        return bounds;
    }

    /** The uncovered pairs offered in one round, as parallel primitive arrays. */
    private static final class Offers {
        int size;
        int[] practitioner = new int[1024];
        int[] master = new int[1024];
        long[] key = new long[1024];
        long[] score = new long[1024];
        int[] need = new int[1024];

        void clear() {
            size = 0;
        }

        void addAll(Offers other) {
            for (int i = 0; i < other.size; i++) {
                add(other.practitioner[i], other.master[i], other.key[i], other.score[i], other.need[i]);
            }
        }

        void add(int p, int m, long k, long points, int needSlot) {
            if (size == practitioner.length) {
                int grown = size * 2;
                practitioner = Arrays.copyOf(practitioner, grown);
                master = Arrays.copyOf(master, grown);
                key = Arrays.copyOf(key, grown);
                score = Arrays.copyOf(score, grown);
                need = Arrays.copyOf(need, grown);
            }
            practitioner[size] = p;
            master[size] = m;
            key[size] = k;
            score[size] = points;
            need[size] = needSlot;
            size++;
        }
    }
}
