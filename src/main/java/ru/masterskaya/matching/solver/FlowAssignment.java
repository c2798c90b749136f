package ru.masterskaya.matching.solver;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The exact b-matching on the candidate edges with OR-Tools min-cost flow: each free practitioner with a
 * candidate edge sends one unit to a master or through a bypass to the sink, each master passes at most
 * its remaining places, arc costs are minus the pair scores divided by their common factor. Practitioners
 * without candidate edges stay out of the graph: they can only be unmatched.
 */
final class FlowAssignment {

    static {
        Loader.loadNativeLibraries();
    }

    private FlowAssignment() {}

    private static long gcd(long a, long b) {
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return a;
    }

    /** Which candidate edges carry a pair in an optimal assignment. */
    static boolean[] solve(CandidateEdges edges, boolean[] locked, int[] remaining) {
        int masterCount = remaining.length;
        int[] node = new int[locked.length];
        for (int e = 0; e < edges.size; e++) {
            node[edges.practitioner[e]] = 1;
        }
        int practitionerNodes = 0;
        for (int p = 0; p < locked.length; p++) {
            node[p] = node[p] == 0 || locked[p] ? -1 : practitionerNodes++;
        }
        long unit = 0;
        for (int e = 0; e < edges.size; e++) {
            unit = gcd(unit, Math.abs(edges.score[e]));
        }
        // a common factor of the scores only adds rounds of cost scaling
        unit = Math.max(1, unit);
        int sink = practitionerNodes + masterCount;
        MinCostFlow flow = new MinCostFlow(sink + 1, edges.size + practitionerNodes + masterCount);
        try {
            for (int e = 0; e < edges.size; e++) {
                flow.addArcWithCapacityAndUnitCost(node[edges.practitioner[e]], practitionerNodes + edges.master[e], 1,
                        -edges.score[e] / unit);
            }
            for (int p = 0; p < locked.length; p++) {
                if (node[p] >= 0) {
                    // capacity 2 keeps the bypass in the residual graph, so every practitioner reaches the sink
                    flow.addArcWithCapacityAndUnitCost(node[p], sink, 2, 0);
                    flow.setNodeSupply(node[p], 1);
                }
            }
            for (int m = 0; m < masterCount; m++) {
                flow.addArcWithCapacityAndUnitCost(practitionerNodes + m, sink, remaining[m], 0);
            }
            flow.setNodeSupply(sink, -practitionerNodes);
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
}
