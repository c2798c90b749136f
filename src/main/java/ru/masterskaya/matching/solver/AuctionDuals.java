package ru.masterskaya.matching.solver;

import java.util.Arrays;

/**
 * Approximate duals of the candidate edges from an ε-auction, cheap enough to run before every early
 * pricing round instead of an exact solve. Each place of a master is an object with a price; an unplaced
 * practitioner bids for the master with the greatest score minus price, raising that master's cheapest
 * place by the margin over its second-best option (another master, or staying unmatched at 0) plus ε, and
 * evicting who held it. When nobody bids any more, every practitioner holds a place within ε of its best
 * option, so the prices are near-optimal master potentials. Only the choice of candidates depends on them:
 * the assignment and its certificate always come from the exact flow.
 */
final class AuctionDuals {

    private final int practitionerCount;
    private final int[] slotStart;
    private final long[] slotPrice;
    private final int[] slotHolder;
    private final int[] holding;
    private final long epsilon;

    AuctionDuals(int practitionerCount, int[] places, long epsilon) {
        this.practitionerCount = practitionerCount;
        this.epsilon = epsilon;
        slotStart = new int[places.length + 1];
        for (int m = 0; m < places.length; m++) {
            slotStart[m + 1] = slotStart[m] + places[m];
        }
        slotPrice = new long[slotStart[places.length]];
        slotHolder = new int[slotPrice.length];
        Arrays.fill(slotHolder, -1);
        holding = new int[practitionerCount];
        Arrays.fill(holding, -1);
    }

    /**
     * Runs the auction to its end on the edges, from the prices and places of the last run; practitioners
     * with edges added since bid again.
     */
    void run(CandidateEdges edges, boolean[] locked) {
        int[] start = new int[practitionerCount + 1];
        for (int e = 0; e < edges.size; e++) {
            start[edges.practitioner[e] + 1]++;
        }
        for (int p = 0; p < practitionerCount; p++) {
            start[p + 1] += start[p];
        }
        int[] byPractitioner = new int[edges.size];
        int[] fill = Arrays.copyOf(start, practitionerCount);
        for (int e = 0; e < edges.size; e++) {
            byPractitioner[fill[edges.practitioner[e]]++] = e;
        }
        int[] queue = new int[practitionerCount + 1];
        int head = 0;
        int tail = 0;
        for (int p = 0; p < practitionerCount; p++) {
            if (locked[p] || start[p + 1] == start[p]) {
                continue;
            }
            if (holding[p] >= 0 && !betterElsewhere(p, edges, byPractitioner, start[p], start[p + 1])) {
                continue;
            }
            if (holding[p] >= 0) {
                // a new edge beats the place held: give it up, the place keeping its price
                slotHolder[holding[p]] = -1;
                holding[p] = -1;
            }
            queue[tail++] = p;
        }
        while (head != tail) {
            int p = queue[head];
            head = head == practitionerCount ? 0 : head + 1;
            long best = 0;
            long second = 0;
            int bestMaster = -1;
            for (int i = start[p]; i < start[p + 1]; i++) {
                int e = byPractitioner[i];
                int m = edges.master[e];
                if (slotStart[m] == slotStart[m + 1]) {
                    continue;
                }
                long value = edges.score[e] - price(m);
                if (value > best) {
                    second = best;
                    best = value;
                    bestMaster = m;
                } else if (value > second && m != bestMaster) {
                    second = value;
                }
            }
            if (bestMaster < 0) {
                continue;
            }
            int slot = cheapestSlot(bestMaster);
            slotPrice[slot] += best - second + epsilon;
            int evicted = slotHolder[slot];
            slotHolder[slot] = p;
            holding[p] = slot;
            if (evicted >= 0) {
                holding[evicted] = -1;
                queue[tail] = evicted;
                tail = tail == practitionerCount ? 0 : tail + 1;
            }
        }
    }

    /** Whether one of the practitioner's edges is worth more than ε above the place it holds. */
    private boolean betterElsewhere(int p, CandidateEdges edges, int[] byPractitioner, int from, int to) {
        int held = holding[p];
        long heldValue = Long.MIN_VALUE;
        long best = Long.MIN_VALUE;
        for (int i = from; i < to; i++) {
            int e = byPractitioner[i];
            int m = edges.master[e];
            if (slotStart[m] == slotStart[m + 1]) {
                continue;
            }
            long value = edges.score[e] - price(m);
            best = Math.max(best, value);
            if (held >= slotStart[m] && held < slotStart[m + 1]) {
                heldValue = value;
            }
        }
        return best > heldValue + epsilon;
    }

    /** The potential of each master: the price of its cheapest place. */
    long[] masterPotentials() {
        long[] v = new long[slotStart.length - 1];
        for (int m = 0; m < v.length; m++) {
            v[m] = slotStart[m] == slotStart[m + 1] ? 0 : price(m);
        }
        return v;
    }

    /** Whether a place of the master is held by nobody. */
    boolean hasFreePlace(int m) {
        for (int s = slotStart[m]; s < slotStart[m + 1]; s++) {
            if (slotHolder[s] < 0) {
                return true;
            }
        }
        return false;
    }

    private long price(int m) {
        long least = Long.MAX_VALUE;
        for (int s = slotStart[m]; s < slotStart[m + 1]; s++) {
            least = Math.min(least, slotPrice[s]);
        }
        return least;
    }

    private int cheapestSlot(int m) {
        int cheapest = slotStart[m];
        for (int s = slotStart[m]; s < slotStart[m + 1]; s++) {
            if (slotPrice[s] < slotPrice[cheapest] || (slotPrice[s] == slotPrice[cheapest] && slotHolder[s] < 0)) {
                cheapest = s;
            }
        }
        return cheapest;
    }
}
