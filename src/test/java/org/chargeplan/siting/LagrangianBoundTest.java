package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.chargeplan.solve.HighsBackend;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveResult;
import org.chargeplan.solve.SolveStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LagrangianBoundTest {

    private static final SolveOptions EXACT = new SolveOptions(120, 1e-9, 1);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void boundAtLeastTheOptimum(long seed) {
        SitingProblem problem = KernelSearchTest.midSize(seed);
        SitingModel model = SitingModel.build(problem, SitingModel.Goal.MAX_SERVED, 0);
        HighsBackend highs = new HighsBackend();
        SolveResult exact = highs.solve(model.linearModel(), EXACT);
        SolveResult lp = highs.solve(model.linearModel().relaxation(), EXACT);
        Optional<LagrangianBound> relaxation = LagrangianBound.of(model);
        assertTrue(relaxation.isPresent(), "seed " + seed);
        var outcome = relaxation.get().run(exact.objective(), 20, 1e-9);
        System.out.printf("seed %d: optimum %.3f LP %.3f Lagrangian %.3f (%d steps, %.2f s)%n", seed, exact.objective(),
                lp.objective(), outcome.bound(), outcome.steps(), outcome.seconds());
        assertTrue(exact.status() == SolveStatus.OPTIMAL);
        assertTrue(outcome.bound() >= exact.objective() - 1e-6 * exact.objective(), "seed " + seed);
    }
}
