package ru.masterskaya.matching.solver;

import java.util.Arrays;

/**
 * The dual solution of an optimal flow on the candidate edges: distances to the sink in the residual
 * graph (queue-based Bellman–Ford; there is no negative cycle at an optimum) give each master its
 * potential v, the greatest consistent with the edges; a matched practitioner gets u = score − v, an
 * unmatched one 0. Complementary slackness makes Σu + Σ places·v equal the objective.
 */
final class ResidualPotentials {

    private static final long UNREACHED = Long.MAX_VALUE / 4;

    final long[] practitioner;
    final long[] master;

    /**
     * @param whenFull the potential of a master without places left, which may be anything at no cost to the
     *                 dual objective: at least the greatest score of any pair with it, so it covers them all
     */
    ResidualPotentials(CandidateEdges edges, boolean[] used, int[] remaining, int practitionerCount, long[] whenFull) {
        int masterCount = remaining.length;
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
        master = new long[masterCount];
        for (int m = 0; m < masterCount; m++) {
            master[m] = remaining[m] == 0 ? whenFull[m] : toSinkFromMaster[m];
        }
        practitioner = new long[practitionerCount];
        for (int p = 0; p < practitionerCount; p++) {
            int e = matchedEdge[p];
            practitioner[p] = e < 0 ? 0 : edges.score[e] - master[edges.master[e]];
        }
    }

    /** The greatest score of a candidate edge into each master, enough for {@code whenFull} on the full graph. */
    static long[] greatestScoreInto(CandidateEdges edges, int masterCount) {
        long[] greatest = new long[masterCount];
        for (int e = 0; e < edges.size; e++) {
            greatest[edges.master[e]] = Math.max(greatest[edges.master[e]], edges.score[e]);
        }
        return greatest;
    }
}
