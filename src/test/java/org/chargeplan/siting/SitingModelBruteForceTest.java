package org.chargeplan.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chargeplan.scenario.Objective;
import java.util.stream.Stream;
import org.chargeplan.solve.SolveOptions;
import org.chargeplan.solve.SolveStatus;
import org.chargeplan.solve.SolverBackend;
import org.chargeplan.solve.Solvers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The MILP's optimum equals exhaustive enumeration of site subsets and charger counts on random
 * tiny instances (each enumerated combination scored by max flow, see {@link BruteForceSiting}).
 * Seeds are fixed; a failure names its seed. Every backend runs the same instances.
 */
class SitingModelBruteForceTest {

    private static final SolveOptions EXACT = new SolveOptions(60, 1e-9, 1);

    static Stream<Arguments> cases() {
        return Stream.of("highs", "ojalgo").flatMap(solver -> java.util.stream.LongStream.rangeClosed(1, 30)
                .mapToObj(seed -> Arguments.of(solver, seed)));
    }

    private static SolverBackend backend(String name) {
        return Solvers.byName(name).orElseThrow();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void maxCoverageMatchesEnumeration(String solver, long seed) {
        SitingProblem problem = RandomInstances.generate(seed, Objective.Kind.MAX_COVERAGE);
        BruteForceSiting.Best expected = new BruteForceSiting(problem).solve();
        SitingResult result = SitingSolver.solve(problem, backend(solver), EXACT);

        assertEquals(SolveStatus.OPTIMAL, result.status(), solver + " seed " + seed);
        Plan plan = result.plan().orElseThrow();
        assertTrue(PlanChecker.check(problem, plan).isEmpty(), solver + " seed " + seed + ": " + PlanChecker.check(problem, plan));
        PlanMetrics metrics = PlanMetrics.of(problem, plan);
        assertEquals(expected.servedKwh(), metrics.totalServedKwh(), 1e-4 * Math.max(1, expected.servedKwh()),
                "served energy, " + solver + " seed " + seed);
        assertEquals(expected.cost(), metrics.totalCost(), 1e-6 * Math.max(1, expected.cost()),
                "cheapest cost at that coverage, " + solver + " seed " + seed);
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void minCostMatchesEnumeration(String solver, long seed) {
        SitingProblem problem = RandomInstances.generate(seed, Objective.Kind.MIN_COST);
        BruteForceSiting.Best expected = new BruteForceSiting(problem).solve();
        SitingResult result = SitingSolver.solve(problem, backend(solver), EXACT);

        if (!expected.feasible()) {
            assertEquals(SolveStatus.INFEASIBLE, result.status(), solver + " seed " + seed);
            return;
        }
        assertEquals(SolveStatus.OPTIMAL, result.status(), solver + " seed " + seed);
        Plan plan = result.plan().orElseThrow();
        assertTrue(PlanChecker.check(problem, plan).isEmpty(), solver + " seed " + seed + ": " + PlanChecker.check(problem, plan));
        assertEquals(expected.cost(), PlanMetrics.of(problem, plan).totalCost(), 1e-6 * Math.max(1, expected.cost()),
                "minimum cost, " + solver + " seed " + seed);
        assertEquals(expected.cost(), result.objective(), 1e-6 * Math.max(1, expected.cost()),
                "reported objective, " + solver + " seed " + seed);
    }
}
