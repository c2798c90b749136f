package ru.masterskaya.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import org.junit.jupiter.api.Test;

class OrToolsLoadsTest {

    @Test
    void theNativeSolverLoadsAndSolvesATinyFlow() {
        Loader.loadNativeLibraries();
        MinCostFlow flow = new MinCostFlow();
        flow.addArcWithCapacityAndUnitCost(0, 1, 1, 3);
        flow.setNodeSupply(0, 1);
        flow.setNodeSupply(1, -1);

        assertThat(flow.solve()).isEqualTo(MinCostFlowBase.Status.OPTIMAL);
        assertThat(flow.getOptimalCost()).isEqualTo(3);
    }
}
